#pragma once

#include <journal/JournalEntry.h>
#include <payscore/Mode.h>
#include <payscore/OrderFinder.h>
#include <payscore/OrderView.h>
#include <payscore/PostItems.h>
#include <refund/RefundLedger.h>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace psc::ui {

class ConsoleContext;

// What the order workspace knows about the order on screen: the lookup of its number across
// the modes the open profile can use (payscore::OrderFinder, asynchronous), the order as that
// fresh query answered it, which corrections its state allows (payscore::OrderActions: the
// one home of that rule; the workspace only asks) and the journal's writes for the number.
class WorkspaceModel : public QObject {
    Q_OBJECT
public:
    enum class Status { Empty, Searching, Found, NotFound, Failed };
    // The workspace's buttons, in the order they are shown. Refund is not a PayScore call.
    enum class Action { Sync, Complete, Cancel, Modify, Collect, Refund };

    explicit WorkspaceModel(ConsoleContext &context, QObject *parent = nullptr);
    ~WorkspaceModel() override;

    // Looks `outOrderNo` up in every mode the profile can use; changed() when the answer came.
    void lookUp(const QString &outOrderNo);
    // The same number again (after a write): the panel shows the order's fresh state.
    void refresh() { lookUp(m_outOrderNo); }
    // Forgets the order (the profile changed).
    void clear();

    Status status() const { return m_status; }
    QString outOrderNo() const { return m_outOrderNo; }
    const payscore::FindResult &findResult() const { return m_result; }
    std::optional<payscore::Mode> mode() const { return m_result.mode; }
    // The order as the lookup's query answered it, and that answer's JSON.
    payscore::OrderView order() const;
    QJsonObject answer() const;
    // The fee and discount lines of the answer (service orders: post_payments and
    // post_discounts; pay-after: fees and discounts), for the panel and the modify form.
    QList<payscore::PostItem> payments() const;
    QList<payscore::PostItem> discounts() const;

    // Whether the button may be pressed, and why not (empty when it may).
    bool allows(Action action) const { return refusal(action).isEmpty(); }
    QString refusal(Action action) const;
    static std::optional<payscore::Operation> operationOf(Action action);

    // Every write the journal holds for this number (console and CLI), newest first.
    QList<journal::JournalEntry> writes() const;
    // The refunds the journal recorded for the order on screen (this profile, this mode): what
    // was already refunded on each payment, and a refund whose outcome is still unknown.
    refund::RefundLedger refundLedger() const;

signals:
    void changed();

private:
    void finished(const payscore::FindResult &result);

    ConsoleContext &m_context;
    std::unique_ptr<payscore::OrderFinder> m_finder;
    QPointer<payscore::PendingFind> m_pending;
    Status m_status = Status::Empty;
    QString m_outOrderNo;
    payscore::FindResult m_result;
};

} // namespace psc::ui
