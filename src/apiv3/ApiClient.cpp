#include "ApiClient.h"

#include "ApiCallPrivate.h"
#include "WeChatPayHosts.h"

#include <payscore/Version.h>

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QSysInfo>

#include <openssl/crypto.h>

namespace psc::apiv3 {

ApiClient::ApiClient(ClientConfig config, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_network(network)
{
    if (!m_config.clock)
        m_config.clock = systemClock;

    // Every check here happens before any connection: a failure makes each send() NotSent.
    m_configError = checkBaseUrl(m_config.baseUrl);
    if (m_configError.isEmpty() && !m_config.backupBaseUrl.isEmpty())
        m_configError = checkBaseUrl(m_config.backupBaseUrl);
    if (m_network == nullptr)
        m_configError = tr("No network access manager was given.");

    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (m_configError.isEmpty() && !m_config.extraCaFile.isEmpty()) {
        const auto certificates = QSslCertificate::fromPath(
            m_config.extraCaFile, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (certificates.isEmpty())
            m_configError = tr("The CA certificates file %1 is missing or holds no PEM "
                               "certificate.")
                                .arg(m_config.extraCaFile);
        else
            m_ssl.addCaCertificates(certificates);
    }
}

ApiClient::~ApiClient() = default;

QString ApiClient::checkBaseUrl(const QUrl &base)
{
    const QString scheme = base.scheme();
    if (!base.isValid() || base.host().isEmpty())
        return tr("The base URL \"%1\" is not a valid URL.").arg(base.toString());
    if (scheme == QLatin1String("http")) {
        if (!WeChatPayHosts::isLoopback(base.host()))
            return tr("Plain http:// is only allowed to this computer (127.0.0.1, localhost); "
                      "use https:// for %1.")
                .arg(base.host());
    } else if (scheme != QLatin1String("https")) {
        return tr("The base URL must start with https://, not %1://.").arg(scheme);
    }
    if (base.hasQuery() || base.hasFragment())
        return tr("The base URL must not carry a query or fragment.");
    return {};
}

ApiCall *ApiClient::send(const ApiRequest &request)
{
    auto *call = new ApiCall(this);
    call->d = std::make_unique<ApiCallPrivate>(call, this, request);
    call->d->start();
    return call;
}

ApiResult ApiClient::sendAndWait(const ApiRequest &request)
{
    ApiCall *call = send(request);
    if (!call->isFinished()) {
        QEventLoop loop;
        connect(call, &ApiCall::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    ApiResult result = call->result();
    call->deleteLater();
    return result;
}

QByteArray ApiClient::userAgent()
{
    static const QByteArray agent = QByteArrayLiteral("PayScoreConsole/" PAYSCORE_VERSION " (")
        + QSysInfo::prettyProductName().toUtf8() + "; "
        + QSysInfo::currentCpuArchitecture().toUtf8() + ") Qt/" + qVersion() + " OpenSSL/"
        + OpenSSL_version(OPENSSL_VERSION_STRING);
    return agent;
}

} // namespace psc::apiv3
