#include "ConnectionCheck.h"

#include <apiv3/ApiClient.h>
#include <apiv3/RawHeaders.h>
#include <crypto/Codec.h>
#include <payscore/OperationRunner.h>
#include <profile/ClientConfigFactory.h>

#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimer>

namespace psc::ui {

namespace {

QString clockText(qint64 offset)
{
    return offset > 0
        ? ConnectionCheck::tr("This computer's clock is %n second(s) ahead of the server. "
                              "Requests more than 5 minutes off are refused: set the clock "
                              "right (enable network time).",
            nullptr, int(offset))
        : ConnectionCheck::tr("This computer's clock is %n second(s) behind the server. "
                              "Requests more than 5 minutes off are refused: set the clock "
                              "right (enable network time).",
            nullptr, int(-offset));
}

// Which made-up order to query: with an AppID the merchant service-order query (appid +
// service_id); without one the partner or oversea query (service_id + sub_mchid).
std::optional<payscore::OrderQuery> madeUpQuery(const profile::Profile &profile)
{
    payscore::OrderQuery query;
    query.key.outOrderNo
        = QStringLiteral("PSCTEST") + QString::fromLatin1(crypto::randomBytes(8).toHex().toUpper());
    query.key.appid = profile.appid;
    query.key.serviceId = profile.serviceId;
    query.key.subMchid = profile.subMchid;
    if (profile.serviceId.isEmpty())
        return std::nullopt;
    if (!profile.appid.isEmpty()) {
        query.key.mode = payscore::Mode::ServiceOrder; // a direct merchant: appid + service_id
    } else if (!profile.subMchid.isEmpty()) {
        query.key.mode = profile.baseUrl.contains(QLatin1String("apihk."))
            ? payscore::Mode::Oversea
            : payscore::Mode::Partner;
    } else {
        return std::nullopt;
    }
    return query;
}

} // namespace

ConnectionCheck::ConnectionCheck(QObject *parent)
    : QObject(parent)
{
}

ConnectionCheck::~ConnectionCheck() = default;

QDateTime ConnectionCheck::serverTime(const QByteArray &dateHeader)
{
    if (dateHeader.isEmpty())
        return {};
    // RFC 7231 IMF-fixdate, "Sun, 22 Nov 2026 10:15:00 GMT": English names whatever the
    // locale, always GMT.
    QDateTime time = QLocale::c().toDateTime(QString::fromLatin1(dateHeader).trimmed(),
        QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!time.isValid())
        return {};
    time.setTimeSpec(Qt::UTC);
    return time;
}

ConnectionCheck::Verdict ConnectionCheck::interpret(
    const payscore::OperationResult &result, const QDateTime &localNow)
{
    using O = payscore::OperationResult::Outcome;
    Verdict v;
    v.requestId = result.requestId;
    const QDateTime server = serverTime(apiv3::headerValue(result.api.headers, "Date"));
    if (server.isValid())
        v.clockOffsetSeconds = server.secsTo(localNow);
    const QString code = result.error.code;
    const QString serverSaid = result.error.message.isEmpty()
        ? QString()
        : tr("The server said: %1").arg(result.error.message);

    if (result.outcome == O::Rejected && code == QLatin1String("ORDER_NOT_EXIST")) {
        if (result.verified) {
            v.ok = true;
            v.headline = tr("Connection works: the signature, the keys and the clock are right.");
            v.advice = tr("The server answered ORDER_NOT_EXIST for a made-up order number, as "
                          "expected, and its answer verified with the WeChat Pay key.");
        } else {
            v.headline = tr("The server accepted the signature, but its answer could not be "
                            "verified.");
            v.advice = tr("Check the WeChat Pay public key ID and file, or the platform "
                          "certificates: the answer's signature did not match them.");
        }
    } else if (code == QLatin1String("SIGN_ERROR")) {
        v.headline = tr("The server refused the signature (SIGN_ERROR).");
        v.advice = tr("Check that the certificate serial belongs to the private key file (pick "
                      "apiclient_cert.pem again to read it), that the merchant number is right, "
                      "and that this computer's clock is right.");
    } else if (code == QLatin1String("NO_AUTH")) {
        v.headline = tr("No permission (NO_AUTH).");
        v.advice = tr("The signature was accepted, but this merchant may not use PayScore with "
                      "these IDs: check the AppID, the service ID and the sub-merchant number, "
                      "and that they are bound to the merchant number.");
    } else if (result.outcome == O::Rejected) {
        v.headline = tr("The server answered %1.").arg(code);
        v.advice = tr("The request reached WeChat Pay, but it was refused: see the message and "
                      "check the profile's IDs.");
    } else if (code == QLatin1String("TLS_ERROR")) {
        v.headline = tr("The secure (TLS) connection failed.");
        v.advice = tr("The server's certificate is not trusted. Behind a company proxy or for a "
                      "private test server, set the extra CA file; otherwise check the URL.");
    } else if (code == QLatin1String("CONNECTION_FAILED")) {
        v.headline = tr("Could not connect to the server.");
        v.advice = tr("Check the environment or URL, the network, a proxy or a firewall.");
    } else if (code == QLatin1String("TIMEOUT")) {
        v.headline = tr("The server did not answer in time.");
        v.advice = tr("Check the network and try again.");
    } else if (code == QLatin1String("CLOCK_SKEW")
        || result.verdict == QLatin1String("clock_skew")) {
        v.headline = tr("The answer's time is more than 5 minutes off this computer's clock.");
        v.advice = tr("Set this computer's clock right (enable network time).");
    } else if (result.outcome == O::Unknown) {
        v.headline = tr("The server's answer failed verification (%1).")
                         .arg(result.verdict.isEmpty() ? code : result.verdict);
        v.advice = tr("Check the WeChat Pay public key ID and file, or the platform "
                      "certificates. Never trust an answer that does not verify.");
    } else if (result.outcome == O::ConfigError || result.outcome == O::Invalid) {
        v.headline = tr("The profile cannot be used yet.");
        v.advice = result.error.message;
    } else {
        v.headline = tr("Unexpected answer (%1).").arg(payscore::outcomeName(result.outcome));
    }
    if (!serverSaid.isEmpty() && !v.ok)
        v.advice += QLatin1Char('\n') + serverSaid;
    if (v.clockOffsetSeconds && qAbs(*v.clockOffsetSeconds) > 60)
        v.advice += QLatin1Char('\n') + clockText(*v.clockOffsetSeconds);
    if (!v.requestId.isEmpty())
        v.advice += QLatin1Char('\n') + tr("Request-ID: %1").arg(v.requestId);
    return v;
}

void ConnectionCheck::start(const profile::Profile &profile, profile::SecretSource *secrets)
{
    if (m_running)
        return;
    m_running = true;
    Verdict refused;
    refused.headline = tr("The profile cannot be used yet.");
    const auto query = madeUpQuery(profile);
    if (!query) {
        refused.advice = tr("Enter the service ID and the AppID (or, for partner and oversea "
                            "merchants, the sub-merchant number): the test queries an order.");
        QTimer::singleShot(0, this, [this, refused] { finish(refused); });
        return;
    }
    auto config = profile::ClientConfigFactory(secrets).create(profile);
    if (!config) {
        refused.advice = config.error();
        QTimer::singleShot(0, this, [this, refused] { finish(refused); });
        return;
    }
    config->retry.maxRetries = 0;
    config->transferTimeout = std::chrono::seconds(15);
    m_runner.reset();
    m_client.reset();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<apiv3::ApiClient>(*config, m_network.get());
    m_runner = std::make_unique<payscore::OperationRunner>(m_client.get());
    payscore::PendingOperation *operation = m_runner->query(*query);
    connect(operation, &payscore::PendingOperation::finished, this,
        [this](const payscore::OperationResult &result) {
            finish(interpret(result, QDateTime::currentDateTimeUtc()));
        });
}

void ConnectionCheck::finish(const Verdict &verdict)
{
    m_running = false;
    emit finished(verdict);
}

} // namespace psc::ui
