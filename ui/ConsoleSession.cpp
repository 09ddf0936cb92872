#include "ConsoleSession.h"

#include <apiv3/ApiClient.h>
#include <journal/JournalWriteHook.h>
#include <payscore/OperationRunner.h>
#include <payscore/PayScoreEndpoints.h>
#include <profile/ClientConfigFactory.h>
#include <profile/Profile.h>
#include <profile/StoredSecretSource.h>

#include <QFileInfo>
#include <QHostAddress>

namespace psc::ui {

ConsoleSession::~ConsoleSession() = default;

Environment ConsoleSession::environmentOf(const QUrl &baseUrl)
{
    const QString host = baseUrl.host();
    if (host == QLatin1String("localhost"))
        return Environment::Sandbox;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback() ? Environment::Sandbox
                                                     : Environment::Production;
}

Result<std::unique_ptr<ConsoleSession>> ConsoleSession::open(const QString &profilePath,
    QNetworkAccessManager *network, std::shared_ptr<journal::Journal> journal,
    const QString &operatorName)
{
    using R = Result<std::unique_ptr<ConsoleSession>>;
    auto profile = profile::Profile::load(profilePath);
    if (!profile)
        return R::failure(profile.error());
    profile::StoredSecretSource secrets;
    auto config = profile::ClientConfigFactory(&secrets).create(profile.value());
    if (!config)
        return R::failure(config.error());

    std::unique_ptr<ConsoleSession> session(new ConsoleSession);
    Info &info = session->m_info;
    info.name = profile->name.isEmpty() ? QFileInfo(profilePath).completeBaseName() : profile->name;
    info.path = profilePath;
    info.baseUrl = QUrl(profile->baseUrl);
    info.environment = environmentOf(info.baseUrl);
    info.defaults = { profile->appid, profile->serviceId, profile->subMchid };

    // Without a journal the hook refuses every write: never a write without its entry.
    session->m_writeJournal = std::make_unique<journal::JournalWriteHook>(std::move(journal));
    for (const payscore::Mode mode : { payscore::Mode::ServiceOrder, payscore::Mode::PayAfter,
             payscore::Mode::Oversea, payscore::Mode::Partner }) {
        apiv3::ClientConfig modeConfig
            = payscore::PayScoreEndpoints::clientConfigFor(mode, config.value());
        if (session->runner(mode))
            continue; // this host has its client already
        Channel channel;
        channel.client = std::make_unique<apiv3::ApiClient>(std::move(modeConfig), network);
        channel.runner = std::make_unique<payscore::OperationRunner>(channel.client.get());
        channel.runner->setWriteIdentity(operatorName, info.name);
        if (session->m_writeJournal)
            channel.runner->setJournal(session->m_writeJournal.get());
        session->m_channels.push_back(std::move(channel));
    }
    return R(std::move(session));
}

payscore::OperationRunner *ConsoleSession::runner(payscore::Mode mode) const
{
    if (m_channels.empty())
        return nullptr;
    // The first channel is the profile's own host (ServiceOrder never leaves it).
    const QUrl base = payscore::PayScoreEndpoints::baseUrlFor(
        mode, m_channels.front().client->config().baseUrl);
    for (const Channel &channel : m_channels) {
        if (channel.client->config().baseUrl == base)
            return channel.runner.get();
    }
    return nullptr;
}

void ConsoleSession::setOperatorName(const QString &operatorName)
{
    for (const Channel &channel : m_channels)
        channel.runner->setWriteIdentity(operatorName, m_info.name);
}

} // namespace psc::ui
