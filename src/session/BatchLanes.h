#pragma once

#include "MerchantSession.h"

#include <payscore/Mode.h>

#include <QString>

#include <map>
#include <memory>

class QNetworkAccessManager;

namespace psc::session {

// The runners a batch sends through — payscore-cli batch and the console's batch screen alike:
// one MerchantSession per lane, each on its own QNetworkAccessManager (so concurrency is not
// capped by one manager's per-host connection limit).
//
// The batch's own operation decides the journal, never the caller: the lanes of a write batch
// (sync, complete, cancel) journal every row through `options.journal` like a single write —
// a null journal (it could not be opened or reached) refuses every row's write, so nothing
// leaves unjournaled; the lanes of a query batch (and of a mode lookup) have no journal hook
// at all, so they work while the journal is unavailable. apiv3's own 429 retries are off:
// the batch paces itself.
class BatchLanes {
public:
    // `options.network`, `journalWrites` and the 429 retry are the lanes' own; the journal,
    // operator name, timeout and any other client adjustment are the caller's.
    BatchLanes(const QString &profilePath, payscore::Operation operation,
        MerchantSession::Options options);
    ~BatchLanes();
    BatchLanes(const BatchLanes &) = delete;
    BatchLanes &operator=(const BatchLanes &) = delete;

    payscore::Operation operation() const { return m_operation; }
    bool journalsWrites() const { return payscore::isWrite(m_operation); }
    // The runner of `mode` on `lane`; null when the profile cannot be opened (lastError()).
    payscore::OperationRunner *runner(payscore::Mode mode, int lane);
    QString lastError() const { return m_error; }

private:
    struct Lane {
        std::unique_ptr<QNetworkAccessManager> network;
        std::unique_ptr<MerchantSession> session;
    };
    QString m_profilePath;
    payscore::Operation m_operation;
    MerchantSession::Options m_options;
    std::map<int, Lane> m_lanes;
    QString m_error;
};

} // namespace psc::session
