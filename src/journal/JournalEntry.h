#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace psc::journal {

// What became of a write request. Pending is what a crash leaves behind: the entry was
// committed before the request left, and nobody recorded what happened next.
enum class Outcome { Pending, Succeeded, Rejected, Unknown, Invalid };

QString outcomeName(Outcome outcome); // "pending", "succeeded", ... (stable: stored, exported)
std::optional<Outcome> outcomeFromName(QStringView name);

// How an unknown outcome was settled: by querying the order, or by an operator who saw the
// query and chose to send again anyway.
enum class ReconciliationKind { Query, Override };
QString reconciliationKindName(ReconciliationKind kind); // "query", "override"

// Everything known before the request leaves. The body must already be free of secrets; the
// journal redacts it again anyway (see BodyRedactor).
struct PendingWrite {
    QString operatorName;
    QString profileName;
    QString mode; // payafter, serviceorder, oversea, partner
    QString operation; // sync, complete, ...
    QString outOrderNo;
    QByteArray requestBody; // JSON as sent
    std::optional<qint64> amountFen; // total_amount / paid_amount, when the write carries one
    // Where it was sent from: the OS account and the PC's host name. Empty: this process's
    // (the journal fills them in), so a team journal tells whose PC holds an unknown outcome.
    QString osAccount;
    QString hostName;
};

// What the answer said (or why there was none).
struct WriteResult {
    Outcome outcome = Outcome::Unknown;
    int httpStatus = 0; // 0: no answer
    QString requestId;
    QString errorCode; // the server's code, or the client's (TIMEOUT, VERIFICATION_FAILED, ...)
    QString errorMessage;
    QString orderId;
    QString state; // the order's state when the answer (or the follow-up query) carried one
    qint64 elapsedMs = -1;
};

struct Reconciliation {
    ReconciliationKind kind = ReconciliationKind::Query;
    QString operatorName;
    QString orderState; // e.g. "DONE", "DOING/MCH_COMPLETE", "ORDER_NOT_EXIST"
    QString orderId;
    QString note; // one human-readable line: what the query found, or why it was overridden
};

struct JournalEntry {
    qint64 id = 0;
    QDateTime startedAt; // UTC
    PendingWrite write;
    WriteResult result; // result.outcome is Pending until recorded
    QDateTime finishedAt; // invalid while pending
    std::optional<Reconciliation> reconciliation;
    QDateTime reconciledAt;
    // Set on entries copied from another journal ("sqlite:<journal id>:<entry id>"): the same
    // entry is never copied twice.
    QString origin;

    // Pending or unknown and not yet reconciled: the order must be queried before this write
    // may be sent again.
    bool isOutcomeUnknown() const
    {
        return (result.outcome == Outcome::Pending || result.outcome == Outcome::Unknown)
            && !reconciliation.has_value();
    }
};

} // namespace psc::journal
