#pragma once

#include <payscore/ModifyRequest.h>
#include <payscore/Money.h>
#include <payscore/PostItems.h>

#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace psc::ui {

class LineItemEditor;
class LineItemTableModel;

// The workspace's "modify amount" form: the order's fee and discount lines, for the operator
// to lower, and a footer with the new total against the current one and the reason. The
// workspace keeps the footer in sight under the scrolled lines. Built the first time the
// operator opens it: its tables are not part of the console's first frame.
class ModifyForm : public QWidget {
    Q_OBJECT
public:
    explicit ModifyForm(QWidget *parent = nullptr);

    // The order's current lines and total; the reason starts empty.
    void setOrder(const QList<payscore::PostItem> &payments,
        const QList<payscore::PostItem> &discounts, const std::optional<payscore::Money> &total);
    // What would be sent for the order `key` names, as typed.
    payscore::ModifyRequest request(const payscore::OrderKey &key) const;
    // The field a finding points at: the reason, else the fee lines.
    void focusField(const QString &pointer);

    QWidget *footer() const { return m_footer; }
    LineItemEditor *feeEditor() const { return m_feeEditor; }
    LineItemEditor *discountEditor() const { return m_discountEditor; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *totalLabel() const { return m_total; }

signals:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateTotal();

    std::optional<payscore::Money> m_currentTotal;
    LineItemTableModel *m_fees;
    LineItemTableModel *m_discounts;
    QLabel *m_feesLabel;
    LineItemEditor *m_feeEditor;
    QLabel *m_discountsLabel;
    LineItemEditor *m_discountEditor;
    QWidget *m_footer;
    QLabel *m_total;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
};

} // namespace psc::ui
