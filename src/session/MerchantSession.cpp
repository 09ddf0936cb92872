#include "MerchantSession.h"

#include <apiv3/ApiClient.h>
#include <journal/JournalWriteHook.h>
#include <payscore/OperationRunner.h>
#include <payscore/PayScoreEndpoints.h>
#include <profile/ClientConfigFactory.h>
#include <profile/StoredSecretSource.h>

#include <QFileInfo>

namespace psc::session {

MerchantSession::~MerchantSession() = default;

Result<std::unique_ptr<MerchantSession>> MerchantSession::open(
    const QString &profilePath, const Options &options)
{
    using R = Result<std::unique_ptr<MerchantSession>>;
    auto loaded = profile::Profile::load(profilePath);
    if (!loaded)
        return R::failure(loaded.error());
    profile::StoredSecretSource stored;
    profile::SecretSource *secrets = options.secrets ? options.secrets : &stored;
    auto config = profile::ClientConfigFactory(secrets).create(loaded.value());
    if (!config)
        return R::failure(config.error());
    if (options.transferTimeout)
        config->transferTimeout = *options.transferTimeout;

    std::unique_ptr<MerchantSession> session(new MerchantSession);
    session->m_profile = std::move(loaded).value();
    const profile::Profile &profile = session->m_profile;
    Info &info = session->m_info;
    info.name = profile.name.isEmpty() ? QFileInfo(profilePath).completeBaseName() : profile.name;
    info.path = profilePath;
    info.baseUrl = QUrl(profile.baseUrl);
    info.environment = profile::environmentOf(info.baseUrl);
    info.defaults = { profile.appid, profile.serviceId, profile.subMchid };

    // A journaled session always has the hook: without a journal (it could not be opened or
    // reached) the hook refuses every write, so no write ever leaves without its entry.
    if (options.journalWrites)
        session->m_writeJournal = std::make_unique<journal::JournalWriteHook>(options.journal);
    for (const payscore::Mode mode : { payscore::Mode::ServiceOrder, payscore::Mode::PayAfter,
             payscore::Mode::Oversea, payscore::Mode::Partner }) {
        if (session->runner(mode))
            continue; // this host has its client already
        apiv3::ClientConfig modeConfig
            = payscore::PayScoreEndpoints::clientConfigFor(mode, config.value());
        if (options.adjustClient)
            options.adjustClient(modeConfig);
        Channel channel;
        channel.client = std::make_unique<apiv3::ApiClient>(std::move(modeConfig), options.network);
        channel.runner = std::make_unique<payscore::OperationRunner>(channel.client.get());
        channel.runner->setWriteIdentity(options.operatorName, info.name);
        if (session->m_writeJournal)
            channel.runner->setJournal(session->m_writeJournal.get());
        session->m_channels.push_back(std::move(channel));
    }
    return R(std::move(session));
}

const MerchantSession::Channel *MerchantSession::channel(payscore::Mode mode) const
{
    if (m_channels.empty())
        return nullptr;
    // The first channel is the profile's own host (ServiceOrder never leaves it).
    const QUrl base = payscore::PayScoreEndpoints::baseUrlFor(
        mode, m_channels.front().client->config().baseUrl);
    for (const Channel &channel : m_channels) {
        if (channel.client->config().baseUrl == base)
            return &channel;
    }
    return nullptr;
}

payscore::OperationRunner *MerchantSession::runner(payscore::Mode mode) const
{
    const Channel *found = channel(mode);
    return found ? found->runner.get() : nullptr;
}

apiv3::ApiClient *MerchantSession::client(payscore::Mode mode) const
{
    const Channel *found = channel(mode);
    return found ? found->client.get() : nullptr;
}

void MerchantSession::setOperatorName(const QString &operatorName)
{
    for (const Channel &channel : m_channels)
        channel.runner->setWriteIdentity(operatorName, m_info.name);
}

} // namespace psc::session
