#include "ConsoleSession.h"

#include <apiv3/ApiClient.h>
#include <journal/JournalWriteHook.h>
#include <payscore/OperationRunner.h>
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

    session->m_client = std::make_unique<apiv3::ApiClient>(std::move(config.value()), network);
    session->m_runner = std::make_unique<payscore::OperationRunner>(session->m_client.get());
    session->m_runner->setWriteIdentity(operatorName, info.name);
    if (journal) {
        session->m_writeJournal = std::make_unique<journal::JournalWriteHook>(std::move(journal));
        session->m_runner->setJournal(session->m_writeJournal.get());
    }
    return R(std::move(session));
}

} // namespace psc::ui
