#pragma once

#include "BatchColumns.h"
#include "BatchOperation.h"

#include <payscore/CancelRequest.h>
#include <payscore/OrderDefaults.h>
#include <payscore/OrderQuery.h>
#include <payscore/PayAfterCompletion.h>
#include <payscore/ServiceOrderCompletion.h>
#include <payscore/SyncRequest.h>

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <variant>

namespace psc::payscore {
class OperationRunner;
class PendingOperation;
} // namespace psc::payscore

namespace psc::batch {

// Where a row's order was found when the file has no mode column: each order number is looked
// up as `payscore-cli find` does (payscore::OrderFinder, through ModeLookup) before its row can
// be checked and sent.
struct ModeFinding {
    enum class Kind {
        Found, // in exactly one mode
        NotFound, // ORDER_NOT_EXIST in every mode the profile can use
        Ambiguous, // the same number in more than one mode: the row must name its mode
        Failed, // some mode gave no usable answer
    };
    Kind kind = Kind::Failed;
    std::optional<payscore::Mode> mode; // Found, Ambiguous: the finder's first find
    QString detail; // NotFound: the modes searched; Ambiguous: every mode; Failed: the reason
};

// One spreadsheet row as the single request it stands for. The row's cells are read into
// payscore's own request models (SyncRequest, ServiceOrderCompletion, PayAfterCompletion,
// CancelRequest, OrderQuery), so validate() applies exactly the rules a single request from
// the console or the CLI gets; only what a model cannot hold (an amount that is not yuan, a
// mode nobody knows) is found while reading the cells.
struct BatchRequest {
    using Model
        = std::variant<std::monostate, payscore::SyncRequest, payscore::ServiceOrderCompletion,
            payscore::PayAfterCompletion, payscore::OrderQuery, payscore::CancelRequest>;

    BatchOperation operation = BatchOperation::Query;
    std::optional<payscore::Mode> mode;
    QString outOrderNo;
    QString reason; // cancel (also in the CancelRequest model, which validates it)
    Model model;
    payscore::ValidationReport readIssues;
    bool usedLocalTime = false; // a time without offset was read as the PC's local time
    bool modeFound = false; // the mode is where the lookup found the order, not a cell

    // Without a mode column, `found` is what the lookup found for the row's order (null: not
    // looked up yet, and the row cannot be sent).
    static BatchRequest fromRow(BatchOperation operation, const QStringList &cells,
        const ColumnMapping &mapping, const payscore::OrderDefaults &defaults,
        const QTimeZone &zone = QTimeZone::systemTimeZone(), const ModeFinding *found = nullptr);

    payscore::ValidationReport validate(const QDateTime &now) const;
    // What the row moves, in fen: paid_amount (sync) or total_amount (complete).
    std::optional<qint64> amountFen() const;
    // Starts the row on `runner` (journaled like a single write; cancel first queries the
    // order's fresh state and refuses with INVALID_ORDER_STATE when it cannot be cancelled).
    payscore::PendingOperation *start(payscore::OperationRunner &runner) const;
    // A query for the row's order (resume settles unknown rows with it).
    payscore::OrderQuery orderQuery() const;

private:
    void readMode(const QString &modeText); // the mode column's cell
    void adoptFinding(const ModeFinding *found); // no mode column: the lookup's finding
};

} // namespace psc::batch
