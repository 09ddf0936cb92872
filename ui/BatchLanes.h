#pragma once

#include <session/MerchantSession.h>

#include <QString>

#include <map>
#include <memory>
#include <utility>

class QNetworkAccessManager;

namespace psc::ui {

// The runners a console batch sends through: one MerchantSession per lane, each on its own
// QNetworkAccessManager (so concurrency is not capped by one manager's per-host connection
// limit), all journaling into the console's journal. apiv3's own 429 retries are off: the
// BatchRunner paces the whole batch itself.
class BatchLanes {
public:
    BatchLanes(const QString &profilePath, std::shared_ptr<journal::Journal> journal,
        const QString &operatorName, bool journalWrites);
    ~BatchLanes();

    payscore::OperationRunner *runner(payscore::Mode mode, int lane);
    QString lastError() const { return m_error; }

private:
    struct Lane {
        std::unique_ptr<QNetworkAccessManager> network;
        std::unique_ptr<session::MerchantSession> session;
    };
    QString m_profilePath;
    std::shared_ptr<journal::Journal> m_journal;
    QString m_operatorName;
    bool m_journalWrites;
    std::map<int, Lane> m_lanes;
    QString m_error;
};

} // namespace psc::ui
