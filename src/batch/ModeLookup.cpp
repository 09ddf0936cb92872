#include "ModeLookup.h"

#include "BatchText.h"

#include <apiv3/RawHeaders.h>
#include <payscore/OperationRunner.h>
#include <payscore/OrderFinder.h>

#include <algorithm>

namespace psc::batch {

using payscore::FindResult;
using payscore::Mode;

namespace {

constexpr qint64 kDefaultHoldMs = 1000;
constexpr qint64 kMaximumHoldMs = 60'000;

QString modeList(const QList<Mode> &modes)
{
    QStringList names;
    for (const Mode mode : modes)
        names.append(payscore::modeName(mode));
    return names.join(QStringLiteral(", "));
}

} // namespace

ModeLookup::ModeLookup(QList<payscore::Mode> modes, BatchRunner::RunnerSource runners,
    payscore::OrderDefaults defaults, QObject *parent)
    : QObject(parent)
    , m_modes(std::move(modes))
    , m_runners(std::move(runners))
    , m_defaults(std::move(defaults))
{
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &ModeLookup::pump);
}

ModeLookup::~ModeLookup() = default;

ModeFinding ModeLookup::findingOf(const FindResult &result)
{
    ModeFinding finding;
    QList<Mode> searched;
    for (const payscore::OperationResult &attempt : result.attempts)
        searched.append(attempt.mode);
    switch (result.kind) {
    case FindResult::Kind::Found:
        finding.mode = result.mode;
        if (result.alsoFoundIn.isEmpty()) {
            finding.kind = ModeFinding::Kind::Found;
        } else {
            finding.kind = ModeFinding::Kind::Ambiguous;
            finding.detail = modeList(QList<Mode> { *result.mode } + result.alsoFoundIn);
        }
        break;
    case FindResult::Kind::NotFound:
        finding.kind = ModeFinding::Kind::NotFound;
        finding.detail = modeList(searched);
        break;
    case FindResult::Kind::Failed:
        finding.kind = ModeFinding::Kind::Failed;
        finding.detail = result.summary();
        break;
    }
    return finding;
}

void ModeLookup::start(const QStringList &orders)
{
    m_queue.assign(orders.cbegin(), orders.cend());
    m_total = orders.size();
    m_running = true;
    m_clock.start();
    m_nextStartMs = 0;
    m_laneBusy = QList<bool>(m_concurrency, false);
    m_finders.resize(size_t(m_concurrency));
    emit progressChanged(0, m_total);
    pump();
    finishIfDone();
}

void ModeLookup::pump()
{
    while (m_running && !m_queue.empty()) {
        const auto lane = m_laneBusy.indexOf(false);
        if (lane < 0)
            return;
        const qint64 now = m_clock.elapsed();
        if (m_nextStartMs > now) {
            m_pumpTimer.start(int(m_nextStartMs - now));
            return;
        }
        // One order costs one query per mode.
        m_nextStartMs = std::max(m_nextStartMs, now)
            + qint64(1000.0 * double(std::max<qsizetype>(1, m_modes.size())) / m_rate);
        const QString order = m_queue.front();
        m_queue.pop_front();
        const auto missing = std::find_if(m_modes.cbegin(), m_modes.cend(),
            [&](Mode mode) { return m_runners(mode, int(lane)) == nullptr; });
        if (missing != m_modes.cend()) {
            ModeFinding failed;
            failed.detail = PayScoreBatch::tr("No client for the %1 mode in this profile.")
                                .arg(payscore::modeName(*missing));
            m_findings.insert(order, failed);
            emit progressChanged(m_findings.size(), m_total);
            continue;
        }
        auto &finder = m_finders[size_t(lane)];
        if (!finder) {
            finder = std::make_unique<payscore::OrderFinder>(
                m_modes,
                [runners = m_runners, lane](
                    Mode mode) -> payscore::OperationRunner & { return *runners(mode, int(lane)); },
                m_defaults);
        }
        m_laneBusy[lane] = true;
        payscore::PendingFind *find = finder->find(order);
        connect(find, &payscore::PendingFind::finished, this,
            [this, find, lane](const FindResult &result) {
                find->deleteLater();
                onFound(int(lane), result);
            });
    }
}

void ModeLookup::onFound(int lane, const FindResult &result)
{
    m_laneBusy[lane] = false;
    const bool rateLimited
        = result.kind == FindResult::Kind::Failed && result.query.httpStatus == 429;
    if (rateLimited && m_running
        && ++m_attempts[result.outOrderNo] < BatchRunner::kMaxRateLimitedAttempts) {
        bool ok = false;
        const qint64 seconds
            = apiv3::headerValue(result.query.api.headers, "Retry-After").trimmed().toLongLong(&ok);
        const qint64 holdMs
            = ok && seconds >= 0 ? std::min(seconds * 1000, kMaximumHoldMs) : kDefaultHoldMs;
        m_nextStartMs = std::max(m_nextStartMs, m_clock.elapsed() + holdMs);
        m_queue.push_front(result.outOrderNo); // not failed: asked again after the hold
    } else {
        m_findings.insert(result.outOrderNo, findingOf(result));
        emit progressChanged(m_findings.size(), m_total);
    }
    pump();
    finishIfDone();
}

void ModeLookup::finishIfDone()
{
    if (!m_running || !m_queue.empty() || m_laneBusy.contains(true))
        return;
    m_running = false;
    emit finished();
}

} // namespace psc::batch
