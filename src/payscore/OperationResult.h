#pragma once

#include <core/Sentence.h>

#include "Mode.h"
#include "OrderView.h"
#include "ValidationReport.h"

#include <apiv3/ApiResult.h>

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>

namespace psc::payscore {

// The error part of a result: what the server (or the client) said, plus the catalogue's
// advice. For invalid input: code INVALID_INPUT and the first failing field.
struct OperationError {
    QString code;
    QString message;
    QString field; // JSON pointer of the field at fault, when known
    QString issue;
    QString hint; // what to do (error catalogue, in the user's language)
    // The client's own message and hint again, for a screen whose language has changed since
    // (empty: `message` / `hint` are the server's words or the catalogue's).
    Sentence sentence;
    Sentence hintSentence;
    bool retryable = false; // safe to resend unchanged (after a pause)

    bool isEmpty() const { return code.isEmpty(); }
    QJsonObject toJson() const; // {code, message, field, issue, hint, retryable}
};

// Everything one PayScore operation produced. This is what the console shows, what the CLI
// prints (toJson) and what the journal records.
struct OperationResult {
    // The CLI's exit codes follow this order: 0 succeeded, 1 rejected, 2 invalid,
    // 3 unknown, 4 config_error.
    enum class Outcome {
        Succeeded, // answered 2xx and the answer verified
        Rejected, // the server answered with an error
        Invalid, // refused before sending (validation, journal): nothing was sent
        Unknown, // may or may not have happened (timeout, lost answer, unverified answer)
        ConfigError, // could not be sent: profile, key, TLS, plain http to a remote host, …
    };

    Mode mode = Mode::ServiceOrder;
    Operation operation = Operation::Query;
    Outcome outcome = Outcome::Invalid;
    int httpStatus = 0;
    QString requestId;
    bool verified = false;
    QString verdict; // apiv3 verdict name ("verified", "signature_mismatch", …)
    std::optional<OrderView> order; // from the answer, or from the follow-up query
    QJsonObject response; // the answer's JSON object, when it had one
    bool hasResponse = false;
    OperationError error;
    ValidationReport validation; // errors (Invalid) and warnings of the pre-send checks
    QStringList warnings; // human-readable, translated (validation warnings are in `validation`)
    std::shared_ptr<const OperationResult> followUp; // the query after a write, when one ran
    // The fresh query a state-dependent write (cancel, modify, collect) was judged against.
    std::shared_ptr<const OperationResult> stateCheck;
    apiv3::ApiResult api; // the raw exchange (signed request info, headers, timings)

    bool succeeded() const { return outcome == Outcome::Succeeded; }
    int exitCode() const { return static_cast<int>(outcome); }
    // {ok, outcome, http_status, request_id, verified, order?, response?, error?, warnings?,
    //  validation?, follow_up?, state_check?}: the CLI's --output json object.
    QJsonObject toJson() const;
};

QString outcomeName(OperationResult::Outcome outcome); // "succeeded", "config_error", …

} // namespace psc::payscore

Q_DECLARE_METATYPE(psc::payscore::OperationResult)
