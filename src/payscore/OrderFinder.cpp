#include "OrderFinder.h"

#include "OperationRunner.h"
#include "OrderActions.h"
#include "TranslationContexts.h"

#include <apiv3/WeChatPayHosts.h>

#include <QEventLoop>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>

namespace psc::payscore {

namespace {

bool isOrderNotExist(const OperationResult &result)
{
    return result.outcome == OperationResult::Outcome::Rejected
        && result.error.code == QLatin1String("ORDER_NOT_EXIST");
}

// The mode is not open to this merchant: the order cannot be there either.
bool isNotHere(const OperationResult &result)
{
    return isOrderNotExist(result)
        || (result.outcome == OperationResult::Outcome::Rejected
            && result.error.code == QLatin1String("NO_AUTH"));
}

bool isOverseaHost(const QString &host)
{
    return host.compare(apiv3::WeChatPayHosts::oversea(), Qt::CaseInsensitive) == 0;
}

} // namespace

OperationResult::Outcome FindResult::outcome() const
{
    switch (kind) {
    case Kind::Found:
        return OperationResult::Outcome::Succeeded;
    case Kind::NotFound:
        return OperationResult::Outcome::Rejected;
    case Kind::Failed:
        break;
    }
    return query.outcome == OperationResult::Outcome::Succeeded ? OperationResult::Outcome::Unknown
                                                                : query.outcome;
}

QString FindResult::summary() const
{
    QStringList searched;
    for (const OperationResult &attempt : attempts)
        searched.append(modeName(attempt.mode));
    switch (kind) {
    case Kind::Found:
        return PayScoreOperation::tr("Order %1 found in the %2 mode: %3.")
            .arg(outOrderNo, modeName(*mode),
                query.order ? OrderActions::describeState(*query.order) : QString());
    case Kind::NotFound:
        return PayScoreOperation::tr(
            "Order %1 was found nowhere: ORDER_NOT_EXIST in every mode queried (%2).")
            .arg(outOrderNo, searched.join(QStringLiteral(", ")));
    case Kind::Failed:
        break;
    }
    return PayScoreOperation::tr("Order %1 could not be looked up in the %2 mode (%3): %4")
        .arg(outOrderNo, modeName(query.mode),
            query.error.code.isEmpty() ? outcomeName(query.outcome) : query.error.code,
            query.error.message);
}

QJsonObject FindResult::toJson() const
{
    QJsonObject object {
        { QStringLiteral("ok"), found() },
        { QStringLiteral("outcome"), outcomeName(outcome()) },
        { QStringLiteral("out_order_no"), outOrderNo },
        { QStringLiteral("summary"), summary() },
    };
    if (mode)
        object.insert(QStringLiteral("mode"), modeName(*mode));
    if (found() && query.order)
        object.insert(QStringLiteral("order"), query.order->toJson());
    if (!alsoFoundIn.isEmpty()) {
        QJsonArray modes;
        for (const Mode other : alsoFoundIn)
            modes.append(modeName(other));
        object.insert(QStringLiteral("also_found_in"), modes);
    }
    QJsonArray searched;
    for (const OperationResult &attempt : attempts) {
        QJsonObject entry { { QStringLiteral("mode"), modeName(attempt.mode) },
            { QStringLiteral("outcome"), outcomeName(attempt.outcome) },
            { QStringLiteral("http_status"), attempt.httpStatus },
            { QStringLiteral("verified"), attempt.verified } };
        if (!attempt.error.isEmpty()) {
            entry.insert(QStringLiteral("code"), attempt.error.code);
            entry.insert(QStringLiteral("message"), attempt.error.message);
        }
        searched.append(entry);
    }
    object.insert(QStringLiteral("searched"), searched);
    if (!found() && !query.error.isEmpty())
        object.insert(QStringLiteral("error"), query.error.toJson());
    return object;
}

PendingFind::PendingFind(QObject *parent, QString outOrderNo, QList<Mode> modes)
    : QObject(parent)
    , m_modes(std::move(modes))
    , m_attempts(m_modes.size())
{
    m_result.outOrderNo = std::move(outOrderNo);
}

void PendingFind::onAttempt(int index, const OperationResult &result)
{
    if (m_finished)
        return;
    m_attempts[index] = result;
    for (const auto &attempt : std::as_const(m_attempts)) {
        if (!attempt)
            return;
    }
    conclude();
}

void PendingFind::conclude()
{
    FindResult &r = m_result;
    for (const auto &attempt : std::as_const(m_attempts))
        r.attempts.append(*attempt);
    for (const OperationResult &attempt : std::as_const(r.attempts)) {
        if (!attempt.succeeded() || !attempt.order)
            continue;
        if (r.mode) {
            r.alsoFoundIn.append(attempt.mode);
        } else {
            r.kind = FindResult::Kind::Found;
            r.mode = attempt.mode;
            r.query = attempt;
        }
    }
    if (!r.mode) {
        const auto failed = std::find_if(r.attempts.cbegin(), r.attempts.cend(),
            [](const OperationResult &attempt) { return !isNotHere(attempt); });
        const bool anyNotExist
            = std::any_of(r.attempts.cbegin(), r.attempts.cend(), isOrderNotExist);
        if (failed == r.attempts.cend() && anyNotExist) {
            r.kind = FindResult::Kind::NotFound;
            r.query = r.attempts.constFirst();
        } else {
            r.kind = FindResult::Kind::Failed;
            if (failed != r.attempts.cend())
                r.query = *failed;
            else if (!r.attempts.isEmpty())
                r.query = r.attempts.constFirst();
        }
    }
    m_finished = true;
    emit finished(m_result);
}

void PendingFind::cancel()
{
    if (m_finished)
        return;
    const QList<PendingOperation *> queries = m_queries;
    for (PendingOperation *query : queries)
        query->cancel(); // each finishes at once and reports its attempt
}

OrderFinder::OrderFinder(
    QList<Mode> modes, RunnerForMode runnerFor, OrderDefaults defaults, QObject *parent)
    : QObject(parent)
    , m_modes(std::move(modes))
    , m_runnerFor(std::move(runnerFor))
    , m_defaults(std::move(defaults))
{
    qRegisterMetaType<psc::payscore::FindResult>();
}

QList<Mode> OrderFinder::modesFor(const OrderDefaults &defaults, const QUrl &baseUrl)
{
    const QString host = baseUrl.host();
    if (isOverseaHost(host))
        return { Mode::Oversea };
    if (apiv3::WeChatPayHosts::isMainland(host)) {
        if (!defaults.subMchid.isEmpty())
            return { Mode::Partner };
        return { Mode::ServiceOrder, Mode::PayAfter };
    }
    QList<Mode> modes;
    if (!defaults.appid.isEmpty())
        modes << Mode::ServiceOrder << Mode::PayAfter;
    if (!defaults.subMchid.isEmpty())
        modes << Mode::Partner << Mode::Oversea;
    return modes;
}

PendingFind *OrderFinder::find(const QString &outOrderNo)
{
    auto *pending = new PendingFind(this, outOrderNo, m_modes);
    if (m_modes.isEmpty()) {
        // No mode to search: the profile has neither appid nor sub_mchid.
        OperationResult nothing
            = OperationRunner::invalidResult(Mode::ServiceOrder, Operation::Query, [] {
                  ValidationReport report;
                  report.addError(QStringLiteral("/appid"),
                      PayScoreOperation::tr("The profile has neither appid nor sub_mchid: there is "
                                            "no mode to search."));
                  return report;
              }());
        QTimer::singleShot(0, pending, [pending, nothing] {
            pending->m_result.query = nothing;
            pending->m_finished = true;
            emit pending->finished(pending->m_result);
        });
        return pending;
    }
    for (int i = 0; i < m_modes.size(); ++i) {
        OrderQuery query;
        query.key.mode = m_modes.at(i);
        query.key.outOrderNo = outOrderNo;
        query.key.applyDefaults(m_defaults);
        PendingOperation *operation = m_runnerFor(m_modes.at(i)).query(query);
        pending->m_queries.append(operation);
        connect(operation, &PendingOperation::finished, pending,
            [pending, operation, i](const OperationResult &result) {
                pending->m_queries.removeOne(operation);
                operation->deleteLater();
                pending->onAttempt(i, result);
            });
    }
    return pending;
}

FindResult OrderFinder::wait(PendingFind *find)
{
    if (!find->isFinished()) {
        QEventLoop loop;
        connect(find, &PendingFind::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return find->result();
}

} // namespace psc::payscore
