#pragma once

#include "FormPage.h"

#include <payscore/OrderDefaults.h>
#include <payscore/OrderQuery.h>

#include <memory>

namespace Ui {
class QueryPage;
}

namespace psc::ui {

// 查询订单: look an order up by its number (or query_id). Always safe: it changes nothing.
class QueryPage : public FormPage {
    Q_OBJECT
public:
    explicit QueryPage(QWidget *parent = nullptr);
    ~QueryPage() override;

    void setDefaults(const payscore::OrderDefaults &defaults) override;
    // Fills mode and order number (the results pane's "Query this order now").
    void setOrder(payscore::Mode mode, const QString &outOrderNo);

    payscore::OrderQuery query() const;
    bool checkBeforeSending() override;

    Ui::QueryPage *form() const { return m_ui.get(); }

signals:
    void queryRequested(const psc::payscore::OrderQuery &query);

protected:
    void changeEvent(QEvent *event) override;
    void emitRequest() override { emit queryRequested(query()); }

private:
    void updateModeFields();
    void revalidate() override;

    std::unique_ptr<Ui::QueryPage> m_ui;
};

} // namespace psc::ui
