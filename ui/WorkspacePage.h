#pragma once

#include "WorkspaceModel.h"

#include <payscore/CancelRequest.h>
#include <payscore/CollectRequest.h>
#include <payscore/ModifyRequest.h>
#include <payscore/Money.h>
#include <payscore/OrderDefaults.h>
#include <refund/RefundRunner.h>

#include <QWidget>
#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QVBoxLayout;

namespace psc::ui {

class ModifyForm;
class RefundForm;

// 订单工作台, the console's first screen: the operator types an order number and presses
// Enter; the model finds the order in every mode the profile can use; the panel shows its
// state, amounts, lines, times, collection and the journal's writes for it; the buttons offer
// exactly what the state allows (the others say why not). Cancel, modify, collect and refund
// open a form here; their requests go to whoever sends them (OperationFlow: fresh query,
// confirmation, journaled write). Sync and complete hand over to their own screens.
class WorkspacePage : public QWidget {
    Q_OBJECT
    // The key that sends from the open form, named on the empty results pane; none while no
    // form is open (the first step here is an order number and Enter).
    Q_PROPERTY(QString sendKey READ sendKey NOTIFY sendKeyChanged)
public:
    using Action = WorkspaceModel::Action;

    explicit WorkspacePage(WorkspaceModel *model, QWidget *parent = nullptr);

    WorkspaceModel *model() const { return m_model; }
    void setDefaults(const payscore::OrderDefaults &defaults) { m_defaults = defaults; }
    // While a request is in flight nothing else can be started.
    void setBusy(bool busy);

    QLineEdit *orderEdit() const { return m_orderEdit; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *panel() const { return m_panel; }
    QPushButton *button(Action action) const { return m_buttons.at(std::size_t(action)); }
    QLineEdit *cancelReasonEdit() const { return m_cancelReason; }
    QComboBox *commonReasons() const { return m_commonReasons; }
    // The modify form, built the first time it is asked for.
    ModifyForm *modifyForm();
    QLabel *collectAmountLabel() const { return m_collectAmount; }
    QLabel *formProblem() const { return m_problem; }
    QPushButton *submitButton() const { return m_submit; }
    // "Review and send…"'s Alt key, with the button's name: "Alt+V (Review and send)".
    QString sendKey() const;
    // The refund form, built the first time it is asked for.
    RefundForm *refundForm();

    // What the open form would send (built from what was typed, for the order on screen).
    payscore::CancelRequest cancelRequest() const;
    payscore::ModifyRequest modifyRequest() const;
    payscore::CollectRequest collectRequest() const;

signals:
    void sendKeyChanged();
    void cancelRequested(const psc::payscore::CancelRequest &request);
    void modifyRequested(const psc::payscore::ModifyRequest &request);
    void collectRequested(const psc::payscore::CollectRequest &request);
    // The order should be synced / completed on its own screen, pre-filled.
    void syncRequested(psc::payscore::Mode mode, const QString &outOrderNo,
        const std::optional<psc::payscore::Money> &paidAmount);
    void completeRequested(psc::payscore::Mode mode, const QString &outOrderNo);
    // A paid order's payment should be refunded (as the refund form was filled in).
    void refundRequested(const psc::refund::RefundInput &input);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Form { None, Cancel, Modify, Collect, Refund }; // the stack's pages, in order

    static const QList<Action> &actions(); // in the order shown
    void build();
    void retranslate();
    void lookUp();
    void showModel();
    void showStale();
    void updateButtons();
    void trigger(Action action);
    void openForm(Form form);
    void placeForm(Form form, QWidget *widget);
    void submit();
    payscore::OrderKey key() const;
    QString panelHtml() const;
    QString actionText(Action action) const;

    WorkspaceModel *m_model;
    payscore::OrderDefaults m_defaults;
    bool m_busy = false;
    Form m_form = Form::None;

    QLabel *m_orderLabel;
    QLineEdit *m_orderEdit;
    QPushButton *m_lookUp;
    QLabel *m_status;
    QLabel *m_panel;
    std::array<QPushButton *, 6> m_buttons {}; // by Action
    QStackedWidget *m_forms;
    QLabel *m_formTitle;
    QLabel *m_cancelReasonLabel;
    QLineEdit *m_cancelReason;
    QLabel *m_commonReasonsLabel;
    QComboBox *m_commonReasons;
    ModifyForm *m_modifyForm = nullptr;
    QLabel *m_collectAmount;
    RefundForm *m_refundForm = nullptr;
    QLabel *m_problem;
    QPushButton *m_submit;
    QWidget *m_formBox; // under the panel: title, scrolled fields, fixed bar
    QScrollArea *m_formScroll; // the form's fields (m_forms)
    QVBoxLayout *m_footerSlot; // in the fixed bar: modify's new total and reason
    QSplitter *m_splitter; // the panel above, the open form below
};

} // namespace psc::ui
