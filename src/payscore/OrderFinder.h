#pragma once

#include "Mode.h"
#include "OperationResult.h"
#include "OrderDefaults.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace psc::payscore {

class OperationRunner;
class PendingOperation;

// Where an order number was found, after querying every mode the profile can use.
struct FindResult {
    enum class Kind {
        Found, // a verified answer with the order in `mode`
        NotFound, // ORDER_NOT_EXIST (or NO_AUTH: the mode is not open to this merchant) everywhere
        Failed, // some mode gave no usable answer (invalid number, timeout, SIGN_ERROR, …)
    };
    Kind kind = Kind::Failed;
    QString outOrderNo;
    std::optional<Mode> mode; // where it was found
    QList<Mode> alsoFoundIn; // the same number in another mode as well (rare; shown, not used)
    // The found mode's query (its order), or for Failed the first attempt that failed, or for
    // NotFound the first mode's answer.
    OperationResult query;
    QList<OperationResult> attempts; // one per mode queried, in the order searched

    bool found() const { return kind == Kind::Found; }
    // Found: succeeded (0); NotFound: rejected (1); Failed: the failing attempt's outcome.
    OperationResult::Outcome outcome() const;
    int exitCode() const { return static_cast<int>(outcome()); }
    // One line for people, in the user's language.
    QString summary() const;
    // payscore-cli find's object: {ok, outcome, out_order_no, mode?, order?, also_found_in?,
    // searched:[{mode, outcome, http_status, code?, message?}], error?}.
    QJsonObject toJson() const;
};

// One lookup in flight. finished() is emitted exactly once, after the caller could connect.
class PendingFind : public QObject {
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    const FindResult &result() const { return m_result; } // valid after finished()
    void cancel(); // aborts the queries still running; finished() follows at once

signals:
    void finished(const psc::payscore::FindResult &result);

private:
    friend class OrderFinder;
    PendingFind(QObject *parent, QString outOrderNo, QList<Mode> modes);
    void onAttempt(int index, const OperationResult &result);
    void conclude();

    QList<Mode> m_modes;
    QList<std::optional<OperationResult>> m_attempts;
    QList<PendingOperation *> m_queries;
    FindResult m_result;
    bool m_finished = false;
};

// Finds an order from its number alone (the console's order workspace, `payscore-cli find` and
// every CLI command run without --mode): it queries, in parallel, each mode the profile can
// use through that mode's runner (oversea talks to its own host) and reports where the order
// is. Usage:
//   OrderFinder finder(OrderFinder::modesFor(defaults, baseUrl), runnerFor, defaults);
//   PendingFind *find = finder.find(QStringLiteral("DEMO-RENT-CONFIRMED-001"));
//   connect(find, &PendingFind::finished, this, &Page::showOrder);
class OrderFinder : public QObject {
    Q_OBJECT
public:
    using RunnerForMode = std::function<OperationRunner &(Mode)>;
    OrderFinder(QList<Mode> modes, RunnerForMode runnerFor, OrderDefaults defaults,
        QObject *parent = nullptr);

    // The modes a profile can use, from its ids and host:
    //  - the official apihk host: oversea;
    //  - the official mainland hosts: partner when sub_mchid is set, else serviceorder and
    //    payafter;
    //  - any other host (the sandbox, a proxy): serviceorder and payafter when appid is set,
    //    partner and oversea when sub_mchid is set.
    static QList<Mode> modesFor(const OrderDefaults &defaults, const QUrl &baseUrl);

    const QList<Mode> &modes() const { return m_modes; }
    PendingFind *find(const QString &outOrderNo);
    // Blocks (local event loop) until `find` finished (payscore-cli).
    static FindResult wait(PendingFind *find);

private:
    QList<Mode> m_modes;
    RunnerForMode m_runnerFor;
    OrderDefaults m_defaults;
};

} // namespace psc::payscore

Q_DECLARE_METATYPE(psc::payscore::FindResult)
