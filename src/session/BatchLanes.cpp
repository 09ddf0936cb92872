#include "BatchLanes.h"

#include <apiv3/KeepAliveNetwork.h>

namespace psc::session {

BatchLanes::BatchLanes(
    const QString &profilePath, payscore::Operation operation, MerchantSession::Options options)
    : m_profilePath(profilePath)
    , m_operation(operation)
    , m_options(std::move(options))
{
    m_options.journalWrites = payscore::isWrite(operation);
    if (!m_options.journalWrites)
        m_options.journal.reset(); // a query batch needs no journal
    m_options.adjustClient
        = [adjust = std::move(m_options.adjustClient)](apiv3::ClientConfig &config) {
              if (adjust)
                  adjust(config);
              config.retry.retryRateLimited = false;
          };
}

BatchLanes::~BatchLanes() = default;

payscore::OperationRunner *BatchLanes::runner(payscore::Mode mode, int lane)
{
    Lane &slot = m_lanes[lane];
    if (!slot.session) {
        slot.network = std::make_unique<apiv3::KeepAliveNetwork>();
        MerchantSession::Options options = m_options;
        options.network = slot.network.get();
        auto opened = MerchantSession::open(m_profilePath, options);
        if (!opened) {
            m_error = opened.error();
            return nullptr;
        }
        slot.session = std::move(opened).value();
    }
    return slot.session->runner(mode);
}

} // namespace psc::session
