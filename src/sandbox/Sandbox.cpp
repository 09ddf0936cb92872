#include "Sandbox.h"

#include "DemoOrders.h"
#include "HttpServer.h"
#include "OrderBook.h"
#include "SandboxIdentity.h"
#include "SandboxRouter.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace psc::sandbox {

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
{
}

Sandbox::~Sandbox()
{
    stop();
}

bool Sandbox::isRunning() const
{
    return m_server != nullptr;
}

QString Sandbox::profilePath() const
{
    return QDir(m_options.dir).filePath(profileFileName());
}

QString Sandbox::ordersPath() const
{
    return QDir(m_options.dir).filePath(ordersFileName());
}

const SandboxIdentity &Sandbox::identity() const
{
    return *m_identity;
}

OrderBook &Sandbox::orderBook()
{
    return *m_book;
}

qint64 Sandbox::refundedFen(const QString &transactionId) const
{
    return m_router ? m_router->refunds().refundedFen(transactionId) : 0;
}

int Sandbox::requestCount() const
{
    return m_router ? m_router->requestCount() : 0;
}

void Sandbox::setRateLimit(int perSecond)
{
    m_options.rateLimitPerSecond = perSecond;
    if (m_router)
        m_router->setRateLimit(perSecond);
}

int Sandbox::rateLimitedCount() const
{
    return m_router ? m_router->rateLimitedCount() : 0;
}

QList<SandboxRequestRecord> Sandbox::requestLog() const
{
    return m_router ? m_router->requestLog() : QList<SandboxRequestRecord>();
}

void Sandbox::setLatencyMs(int latencyMs)
{
    m_options.latencyMs = latencyMs;
    if (m_router)
        m_router->setLatencyMs(latencyMs);
}

Result<QUrl> Sandbox::start(const SandboxOptions &options)
{
    using R = Result<QUrl>;
    stop();
    m_options = options;
    if (m_options.dir.isEmpty())
        return R::failure(tr("the sandbox needs a folder"));
    m_options.dir = QDir(m_options.dir).absolutePath();

    auto identity = SandboxIdentity::loadOrCreate(
        m_options.dir, m_options.tlsCertificateFile, m_options.tlsKeyFile);
    if (!identity)
        return R::failure(identity.error());
    m_identity = std::make_unique<SandboxIdentity>(std::move(identity).value());

    const QDir dir(m_options.dir);
    m_book = std::make_unique<OrderBook>(
        dir.filePath(QStringLiteral("server/state.json")), dir.filePath(ordersFileName()));
    auto loaded = m_book->load();
    if (!loaded)
        return R::failure(loaded.error());
    if (!*loaded) {
        for (const Order &order : demoOrders(*m_identity))
            m_book->insert(order);
    }
    if (auto saved = m_book->save(); !saved)
        return R::failure(saved.error());

    m_router = std::make_unique<SandboxRouter>(*m_book, *m_identity, m_options.latencyMs);
    m_router->refunds().setSettleMs(m_options.refundSettleMs);
    m_router->setRateLimit(m_options.rateLimitPerSecond);
    m_server = std::make_unique<HttpServer>(m_router.get(), m_options.limits);
    std::optional<QSslConfiguration> tls;
    if (m_options.tls) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(m_identity->tlsCertificate.toPem()));
        const crypto::SecureBytes keyPem = m_identity->tlsKey.toPkcs8Pem();
        configuration.setPrivateKey(QSslKey(keyPem.view().toByteArray(), QSsl::Rsa));
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls = configuration;
    }
    auto listening = m_server->listen(m_options.address, m_options.port, tls);
    if (!listening) {
        m_server.reset();
        return R::failure(listening.error());
    }
    m_url = QUrl();
    m_url.setScheme(m_options.tls ? QStringLiteral("https") : QStringLiteral("http"));
    m_url.setHost(m_server->address().toString());
    m_url.setPort(m_server->port());
    if (auto written = writeProfile(); !written) {
        stop();
        return R::failure(written.error());
    }
    return m_url;
}

void Sandbox::stop()
{
    if (m_server) {
        m_server->close();
        m_server.reset();
    }
    if (m_book)
        m_book->save();
}

Result<bool> Sandbox::save() const
{
    if (!m_book)
        return true;
    return m_book->save();
}

Result<bool> Sandbox::writeProfile() const
{
    const SandboxIdentity &id = *m_identity;
    QJsonArray platformFiles;
    for (int i = 0; i < id.platformCertificates.size(); ++i)
        platformFiles.append(SandboxIdentity::platformCertificateFile(i));
    const QString baseUrl = m_url.toString(QUrl::FullyEncoded);
    // The client trusts the certificate the server presents: a given one, or the generated one.
    QString caFile;
    if (m_options.tls)
        caFile = m_options.tlsCertificateFile.isEmpty()
            ? SandboxIdentity::tlsCertificateFile()
            : QFileInfo(m_options.tlsCertificateFile).absoluteFilePath();
    const QJsonObject profile {
        { QStringLiteral("name"), QStringLiteral("Sandbox") },
        { QStringLiteral("environment"), QStringLiteral("sandbox") },
        { QStringLiteral("base_url"), baseUrl },
        { QStringLiteral("mchid"), id.mchid },
        { QStringLiteral("merchant_serial"), id.merchantSerial() },
        { QStringLiteral("private_key_file"), SandboxIdentity::merchantKeyFile() },
        { QStringLiteral("wechatpay_public_key_id"), id.wechatpayPublicKeyId },
        { QStringLiteral("wechatpay_public_key_file"), SandboxIdentity::wechatpayPublicKeyFile() },
        { QStringLiteral("platform_certificate_files"), platformFiles },
        { QStringLiteral("appid"), id.appid },
        { QStringLiteral("service_id"), id.serviceId },
        { QStringLiteral("sub_mchid"), id.subMchid },
        { QStringLiteral("ca_certificates_file"), caFile },
        { QStringLiteral("apiv3_key_file"), SandboxIdentity::apiv3KeyFile() },
    };
    QSaveFile file(profilePath());
    if (!file.open(QIODevice::WriteOnly))
        return Result<bool>::failure(
            tr("cannot write %1: %2").arg(profilePath(), file.errorString()));
    file.write(QJsonDocument(profile).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Result<bool>::failure(
            tr("cannot write %1: %2").arg(profilePath(), file.errorString()));
    return true;
}

} // namespace psc::sandbox
