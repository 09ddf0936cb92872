#include "BatchLanes.h"

#include <QNetworkAccessManager>

namespace psc::ui {

BatchLanes::BatchLanes(const QString &profilePath, std::shared_ptr<journal::Journal> journal,
    const QString &operatorName, bool journalWrites)
    : m_profilePath(profilePath)
    , m_journal(std::move(journal))
    , m_operatorName(operatorName)
    , m_journalWrites(journalWrites)
{
}

BatchLanes::~BatchLanes() = default;

payscore::OperationRunner *BatchLanes::runner(payscore::Mode mode, int lane)
{
    Lane &slot = m_lanes[lane];
    if (!slot.session) {
        slot.network = std::make_unique<QNetworkAccessManager>();
        session::MerchantSession::Options options;
        options.network = slot.network.get();
        options.journalWrites = m_journalWrites;
        options.journal = m_journal;
        options.operatorName = m_operatorName;
        options.adjustClient
            = [](apiv3::ClientConfig &config) { config.retry.retryRateLimited = false; };
        auto opened = session::MerchantSession::open(m_profilePath, options);
        if (!opened) {
            m_error = opened.error();
            return nullptr;
        }
        slot.session = std::move(opened).value();
    }
    return slot.session->runner(mode);
}

} // namespace psc::ui
