#include "ApiCallPrivate.h"

#include "ApiCall.h"
#include "ApiClient.h"
#include "OneShotBody.h"
#include "RequestSigner.h"

#include <crypto/Codec.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace psc::apiv3 {

namespace {
// The client's messages in ApiClient's translation context, kept to be said again later.
Sentence said(const char *source, QStringList args = {})
{
    return Sentence("psc::apiv3::ApiClient", source, std::move(args));
}
} // namespace

namespace {

// Connection errors that Qt reports before a single request byte could be written.
bool failedBeforeConnecting(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

// Retry-After: delta-seconds or an HTTP date; nullopt when absent or unreadable.
std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray &value, qint64 now)
{
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (ok && seconds >= 0)
        return std::chrono::seconds(seconds);
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (date.isValid())
        return std::chrono::seconds(std::max<qint64>(0, date.toSecsSinceEpoch() - now));
    return std::nullopt;
}

} // namespace

ApiCallPrivate::ApiCallPrivate(ApiCall *call, ApiClient *owner, ApiRequest apiRequest)
    : q(call)
    , client(owner)
    , request(std::move(apiRequest))
{
    m_timeout.setSingleShot(true);
    m_backoff.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer);
    m_backoff.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timeout, &QTimer::timeout, q, [this] { onTimeout(); });
    QObject::connect(&m_backoff, &QTimer::timeout, q, [this] { startAttempt(); });
}

ApiCallPrivate::~ApiCallPrivate()
{
    dropReply();
}

void ApiCallPrivate::start()
{
    m_elapsed.start();
    if (!client->m_configError.isEmpty()) {
        finishLater(Outcome::NotSent,
            ApiError::client(QLatin1String(ClientCode::ConfigError), client->m_configError));
        return;
    }
    startAttempt();
}

void ApiCallPrivate::startAttempt()
{
    const ClientConfig &config = client->m_config;
    const QUrl &baseUrl = m_useBackupHost ? config.backupBaseUrl : config.baseUrl;

    // The base URL may carry a path prefix (a proxy, the sandbox); it is part of what is signed.
    QByteArray basePath = baseUrl.path(QUrl::FullyEncoded).toUtf8();
    while (basePath.endsWith('/'))
        basePath.chop(1);
    const QByteArray target = basePath + request.target();
    const QByteArray origin = baseUrl
                                  .adjusted(QUrl::RemovePath | QUrl::RemoveQuery
                                      | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
                                  .toEncoded();
    const QByteArray urlBytes = origin + target;
    // StrictMode refuses anything that is not already properly encoded, and the round trip
    // proves that Qt will put exactly these bytes on the wire: what is signed is what is sent.
    const QUrl url = QUrl::fromEncoded(urlBytes, QUrl::StrictMode);
    if (!url.isValid() || url.toEncoded() != urlBytes || !target.startsWith('/')) {
        finishLater(Outcome::NotSent,
            ApiError::client(QLatin1String(ClientCode::ConfigError),
                tr("The request URL %1 is not fully percent-encoded; it would not be sent as "
                   "signed.")
                    .arg(QString::fromUtf8(urlBytes))));
        return;
    }

    const qint64 timestamp = config.clock();
    const QByteArray nonce = crypto::randomNonce().toLatin1();
    const auto signedMessage
        = RequestSigner(config.credentials)
              .sign(request.method(), target, timestamp, nonce, request.body());
    if (!signedMessage) {
        finishLater(Outcome::NotSent,
            ApiError::client(QLatin1String(ClientCode::ConfigError), signedMessage.error()));
        return;
    }

    QNetworkRequest networkRequest(url);
    RawHeaders headers;
    auto setHeader = [&](const QByteArray &name, const QByteArray &value, const QByteArray &shown) {
        networkRequest.setRawHeader(name, value);
        headers.append({ name, shown });
    };
    setHeader("Accept", "application/json", "application/json");
    if (request.hasBody())
        setHeader("Content-Type", "application/json", "application/json");
    setHeader("User-Agent", ApiClient::userAgent(), ApiClient::userAgent());
    if (!config.wechatpaySerial.isEmpty())
        setHeader(
            "Wechatpay-Serial", config.wechatpaySerial.toUtf8(), config.wechatpaySerial.toUtf8());
    setHeader(
        "Authorization", signedMessage->authorization, signedMessage->redactedAuthorization());

    // A redirect would send the signed request somewhere else: never follow one.
    networkRequest.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    networkRequest.setAttribute(
        QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    networkRequest.setAttribute(
        QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // HTTP/1.1 only: one request per exchange, headers exactly as listed above.
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (url.scheme() == QLatin1String("https"))
        networkRequest.setSslConfiguration(client->m_ssl);

    result.request.method = request.method();
    result.request.url = urlBytes;
    result.request.canonicalMessage = signedMessage->canonicalMessage;
    result.request.authorization = signedMessage->redactedAuthorization();
    result.request.headers = headers;
    result.request.body = request.body();

    // This attempt's answer, if any, replaces the previous one (kept in m_lastAnswer).
    result.httpStatus = 0;
    result.headers.clear();
    result.body.clear();
    result.verdict = Verdict::NotChecked;
    result.verified = false;
    result.requestId.clear();
    ++result.attempts;
    m_requestLeft = false;
    // Handed to Qt only once the event loop runs: a cancel() before that is certain to have
    // sent nothing (Qt's own start is queued and does not notice an abort that precedes it).
    QTimer::singleShot(0, q, [this, networkRequest] {
        if (!finished)
            launch(networkRequest);
    });
}

void ApiCallPrivate::launch(QNetworkRequest networkRequest)
{
    const ClientConfig &config = client->m_config;
    QNetworkReply *reply = nullptr;
    if (request.hasBody()) {
        // Unbuffered and not resettable: Qt cannot quietly write this body a second time.
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader, request.body().size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(request.body());
        reply = client->m_network->sendCustomRequest(networkRequest, request.method(), body);
        body->setParent(reply);
    } else {
        reply = client->m_network->sendCustomRequest(networkRequest, request.method());
    }
    m_reply = reply;
    // Qt stops reading from the connection once one byte more than the largest answer we
    // accept is waiting: an endless answer costs no more memory than that.
    reply->setReadBufferSize(config.answerLimits.maxBodyBytes + 1);
    QObject::connect(reply, &QNetworkReply::requestSent, q, [this] { m_requestLeft = true; });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, q, [this] { stopIfOverLimits(); });
    QObject::connect(reply, &QNetworkReply::readyRead, q, [this] { stopIfOverLimits(); });
    QObject::connect(reply, &QNetworkReply::finished, q, [this] { onReplyFinished(); });
    m_timeout.start(
        std::max<std::chrono::milliseconds>(config.transferTimeout, std::chrono::milliseconds(1)));
}

void ApiCallPrivate::onReplyFinished()
{
    m_timeout.stop();
    if (!m_reply || stopIfOverLimits())
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && status.toInt() > 0)
        handleAnswer(status.toInt());
    else
        handleNoAnswer();
}

void ApiCallPrivate::handleAnswer(int status)
{
    const ClientConfig &config = client->m_config;
    result.httpStatus = status;
    result.headers = m_reply->rawHeaderPairs();
    result.body = m_reply->readAll();
    result.requestId = QString::fromUtf8(headerValue(result.headers, "Request-ID"));
    dropReply();

    const AnswerVerifier verifier(config.keyRing, config.clock);
    result.verdict = verifier.verify(result.headers, result.body);
    result.verified = result.verdict == Verdict::Verified;

    if (status >= 200 && status < 300) {
        if (result.verified) {
            finish(Outcome::Succeeded, {});
        } else if (result.verdict == Verdict::ClockSkew) {
            finish(Outcome::Unknown,
                ApiError::client(QLatin1String(ClientCode::ClockSkew),
                    said(QT_TR_NOOP("The answer's timestamp is more than 5 minutes away from "
                                    "this computer's clock; the answer was not believed."))));
        } else {
            finish(Outcome::Unknown,
                ApiError::client(QLatin1String(ClientCode::VerificationFailed),
                    said(QT_TR_NOOP(
                             "The answer's signature did not verify (%1); it was not believed."),
                        { verdictName(result.verdict) })));
        }
        return;
    }
    if (status >= 300 && status < 400) {
        finish(Outcome::Rejected,
            ApiError::client(QLatin1String(ClientCode::UnexpectedRedirect),
                tr("The server answered HTTP %1 (a redirect to %2); it was not followed.")
                    .arg(status)
                    .arg(QString::fromUtf8(headerValue(result.headers, "Location")))));
        return;
    }
    if ((status == 429 && config.retry.retryRateLimited) || status >= 500) {
        const auto retryAfter = status == 429
            ? parseRetryAfter(headerValue(result.headers, "Retry-After"), config.clock())
            : std::nullopt;
        m_lastAnswer = result;
        if (scheduleRetry(retryAfter.value_or(std::chrono::milliseconds(-1))))
            return;
    }
    finish(Outcome::Rejected, answerError());
}

ApiError ApiCallPrivate::answerError() const
{
    if (const auto decoded = ApiError::fromBody(result.body))
        return *decoded;
    return ApiError::client(QLatin1String(ClientCode::UnexpectedAnswer),
        tr("The server answered HTTP %1 without an error description.").arg(result.httpStatus));
}

void ApiCallPrivate::finishNotSent(ApiError error)
{
    if (!m_lastAnswer) {
        finish(Outcome::NotSent, std::move(error));
        return;
    }
    result.httpStatus = m_lastAnswer->httpStatus;
    result.headers = m_lastAnswer->headers;
    result.body = m_lastAnswer->body;
    result.verdict = m_lastAnswer->verdict;
    result.verified = m_lastAnswer->verified;
    result.requestId = m_lastAnswer->requestId;
    finish(Outcome::Rejected, answerError());
}

void ApiCallPrivate::handleNoAnswer()
{
    const QNetworkReply::NetworkError error = m_reply->error();
    const QString detail = m_reply->errorString();
    const bool left = m_requestLeft;
    dropReply();

    if (error == QNetworkReply::SslHandshakeFailedError) {
        finishNotSent(ApiError::client(QLatin1String(ClientCode::TlsError),
            said(QT_TR_NOOP("The server's TLS certificate was not accepted: %1"), { detail })));
        return;
    }
    if (!left || failedBeforeConnecting(error)) {
        // Nothing was written: resending cannot create a duplicate, and the backup host may
        // be reachable when the main one is not.
        useBackupHost();
        if (scheduleRetry(std::chrono::milliseconds(-1)))
            return;
        finishNotSent(ApiError::client(QLatin1String(ClientCode::ConnectionFailed),
            said(QT_TR_NOOP("Could not connect to the server: %1"), { detail })));
        return;
    }
    finish(Outcome::Unknown,
        ApiError::client(QLatin1String(ClientCode::ConnectionLost),
            said(
                QT_TR_NOOP("The connection was lost after the request was sent: %1"), { detail })));
}

std::optional<QString> ApiCallPrivate::overLimits() const
{
    const AnswerLimits &limits = client->m_config.answerLimits;
    const QList<QNetworkReply::RawHeaderPair> &headers = m_reply->rawHeaderPairs();
    if (headers.size() > limits.maxHeaderCount)
        return tr("The answer has %1 header lines; at most %2 are accepted.")
            .arg(headers.size())
            .arg(limits.maxHeaderCount);
    qint64 headerBytes = 0;
    for (const auto &[name, value] : headers)
        headerBytes += name.size() + value.size();
    if (headerBytes > limits.maxHeaderBytes)
        return tr("The answer's headers are %1 bytes long; at most %2 are accepted.")
            .arg(headerBytes)
            .arg(limits.maxHeaderBytes);
    const QVariant announced = m_reply->header(QNetworkRequest::ContentLengthHeader);
    const qint64 body
        = std::max(announced.isValid() ? announced.toLongLong() : 0, m_reply->bytesAvailable());
    if (body > limits.maxBodyBytes)
        return tr("The answer's body is at least %1 bytes long; at most %2 are accepted.")
            .arg(body)
            .arg(limits.maxBodyBytes);
    return std::nullopt;
}

bool ApiCallPrivate::stopIfOverLimits()
{
    if (!m_reply || finished)
        return false;
    const std::optional<QString> why = overLimits();
    if (!why)
        return false;
    // Something came back, so the request left; what the server did with it is not known.
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.httpStatus = status.isValid() ? status.toInt() : 0;
    dropReply();
    finish(Outcome::Unknown,
        ApiError::client(QLatin1String(ClientCode::AnswerTooLarge),
            *why + QLatin1Char(' ') + tr("The answer was not read further and not believed.")));
    return true;
}

void ApiCallPrivate::onTimeout()
{
    if (!m_reply)
        return;
    const bool left = m_requestLeft;
    dropReply();
    const auto seconds = static_cast<double>(client->m_config.transferTimeout.count()) / 1000.0;
    if (!left) {
        useBackupHost();
        if (scheduleRetry(std::chrono::milliseconds(-1)))
            return;
        finishNotSent(ApiError::client(QLatin1String(ClientCode::ConnectionFailed),
            said(QT_TR_NOOP("Could not reach the server within %1 s."),
                { QString::number(seconds) })));
        return;
    }
    // The server may have processed the request: never resend, the order must be queried.
    finish(Outcome::Unknown,
        ApiError::client(QLatin1String(ClientCode::Timeout),
            said(QT_TR_NOOP("No answer within %1 s after the request was sent."),
                { QString::number(seconds) })));
}

void ApiCallPrivate::useBackupHost()
{
    if (!client->m_config.backupBaseUrl.isEmpty())
        m_useBackupHost = true;
}

bool ApiCallPrivate::scheduleRetry(std::chrono::milliseconds retryAfter)
{
    const RetryPolicy &policy = client->m_config.retry;
    const int retriesDone = result.attempts - 1;
    if (retriesDone >= policy.maxRetries)
        return false;
    std::chrono::milliseconds delay = retryAfter;
    if (delay.count() < 0)
        delay = policy.backoff * (qint64(1) << std::min(retriesDone, 20));
    delay = std::clamp(delay, std::chrono::milliseconds(0), policy.maxDelay);
    m_backoff.start(delay);
    return true;
}

void ApiCallPrivate::cancel()
{
    if (finished)
        return;
    const ApiError cancelled = ApiError::client(
        QLatin1String(ClientCode::Cancelled), said(QT_TR_NOOP("Cancelled by the operator.")));
    // Once handed to Qt the request may be on the wire: Qt sends from its own HTTP thread, and
    // its requestSent() reaches this thread later (seen under load: the server had the write,
    // requestSent had not arrived). Only an attempt not yet handed over has certainly not left.
    const bool left = m_reply != nullptr;
    m_backoff.stop();
    m_timeout.stop();
    dropReply();
    if (left)
        finish(Outcome::Unknown, cancelled);
    else
        finishNotSent(cancelled); // waiting to resend, or this attempt had not left yet
}

void ApiCallPrivate::finish(Outcome outcome, ApiError error)
{
    if (finished)
        return;
    finished = true;
    m_timeout.stop();
    m_backoff.stop();
    result.outcome = outcome;
    result.error = std::move(error);
    result.elapsedMs = m_elapsed.elapsed();
    emit q->finished(result);
}

void ApiCallPrivate::finishLater(Outcome outcome, ApiError error)
{
    // finished() is never emitted from inside send(): callers connect after it returns.
    QMetaObject::invokeMethod(
        q, [this, outcome, error = std::move(error)] { finish(outcome, error); },
        Qt::QueuedConnection);
}

void ApiCallPrivate::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    QObject::disconnect(reply, nullptr, q, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

} // namespace psc::apiv3
