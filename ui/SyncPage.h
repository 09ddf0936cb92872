#pragma once

#include "FormPage.h"

#include <payscore/Clock.h>
#include <payscore/OrderDefaults.h>
#include <payscore/SyncRequest.h>

#include <memory>
#include <optional>

namespace Ui {
class SyncPage;
}

namespace psc::ui {

// 同步订单: record that an order was paid outside WeChat Pay (type Order_Paid). Each mode
// shows only its fields; the request is checked live by payscore's own validation.
class SyncPage : public FormPage {
    Q_OBJECT
public:
    explicit SyncPage(QWidget *parent = nullptr);
    ~SyncPage() override;

    // The profile's merchant ids, prefilled and editable.
    void setDefaults(const payscore::OrderDefaults &defaults) override;
    void setClock(payscore::Clock clock);
    // Handed over from the order workspace: the order and what it says was paid; the paid time
    // is left for the operator, who gets the focus there.
    void prefill(payscore::Mode mode, const QString &outOrderNo,
        const std::optional<payscore::Money> &paidAmount);

    payscore::SyncRequest request() const;
    payscore::ValidationReport validate() const;
    bool checkBeforeSending() override;

    Ui::SyncPage *form() const { return m_ui.get(); }

signals:
    void syncRequested(const psc::payscore::SyncRequest &request);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void emitRequest() override { emit syncRequested(request()); }

private:
    void retranslate();
    void updateModeFields();
    void revalidate() override;
    // The paid time, until the operator types one, is "now" as of the form's last use.
    void fillNowUnlessTyped();
    void fillNow();

    std::unique_ptr<Ui::SyncPage> m_ui;
    payscore::Clock m_clock = payscore::systemClock();
    bool m_timeTyped = false;
};

} // namespace psc::ui
