#include "SandboxRouter.h"

#include "FaultPlan.h"
#include "OrderBook.h"
#include "SandboxIdentity.h"

#include "crypto/Codec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QTimeZone>

#include <cctype>

namespace psc::sandbox {

namespace {

// RFC 3986 allows these bytes unencoded in a request target; `|`, spaces, quotes and non-ASCII
// must arrive percent-encoded (the client signs the encoded form).
bool isValidTarget(QByteArrayView target)
{
    for (qsizetype i = 0; i < target.size(); ++i) {
        const char c = target[i];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            continue;
        if (c == '%') {
            if (i + 2 >= target.size() || !isxdigit(static_cast<unsigned char>(target[i + 1]))
                || !isxdigit(static_cast<unsigned char>(target[i + 2])))
                return false;
            i += 2;
            continue;
        }
        if (!QByteArrayView("-._~!$&'()*+,;=:@/?").contains(c))
            return false;
    }
    return true;
}

QString decodeComponent(const QByteArray &raw)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(raw));
}

QMap<QString, QString> parseQuery(const QByteArray &query)
{
    QMap<QString, QString> values;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        values.insert(decodeComponent(equals < 0 ? pair : pair.left(equals)),
            equals < 0 ? QString() : decodeComponent(pair.mid(equals + 1)));
    }
    return values;
}

// UTF-8 with only 1–3-byte characters, as the API accepts.
bool isAcceptedUtf8(const QByteArray &body)
{
    for (char c : body) {
        if ((static_cast<unsigned char>(c) & 0xF8) == 0xF0)
            return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(body);
    return !decoder.hasError();
}

QString rfc3339Beijing(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone(8 * 3600)).toString(Qt::ISODate);
}

AnswerSigner::Tamper tamperFor(const FaultPlan &plan)
{
    switch (plan.kind) {
    case FaultPlan::Kind::BadSignature:
        return AnswerSigner::Tamper::BadSignature;
    case FaultPlan::Kind::SignTest:
        return AnswerSigner::Tamper::SignTest;
    case FaultPlan::Kind::Skew:
        return AnswerSigner::Tamper::Skew;
    default:
        return AnswerSigner::Tamper::None;
    }
}

} // namespace

SandboxRouter::SandboxRouter(OrderBook &book, const SandboxIdentity &identity, int latencyMs)
    : m_identity(identity)
    , m_service(book, identity)
    , m_refunds(book, identity)
    , m_authenticator({ identity.mchid, identity.merchantSerial(),
          crypto::PublicKey::fromPem(identity.merchantKey.publicKeyPem()).value() })
    , m_signer(identity)
    , m_latencyMs(latencyMs)
{
}

HttpResponse SandboxRouter::errorResponse(const ApiError &error) const
{
    HttpResponse response;
    response.status = error.status;
    response.body = error.toJson();
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

HttpResponse SandboxRouter::protocolError(int status, const QByteArray &message)
{
    ApiError error = ApiError::invalidRequest(QString::fromUtf8(message));
    error.status = status;
    HttpResponse response = errorResponse(error);
    m_signer.sign(
        response, {}, false, AnswerSigner::Tamper::None, QDateTime::currentSecsSinceEpoch());
    return response;
}

SandboxReply SandboxRouter::answerError(
    const ApiError &error, const QByteArray &requestedSerial, qint64 now)
{
    SandboxReply reply;
    reply.response = errorResponse(error);
    m_signer.sign(reply.response, requestedSerial, false, AnswerSigner::Tamper::None, now);
    return reply;
}

std::optional<RequestBody> SandboxRouter::readWriteBody(const HttpRequest &request, ApiError *error)
{
    if (!request.header("Content-Type").toLower().startsWith("application/json")) {
        *error = ApiError::invalidRequest(QStringLiteral("Content-Type应为application/json"));
        return std::nullopt;
    }
    if (!isAcceptedUtf8(request.body)) {
        *error = ApiError::paramError(QStringLiteral("/"), QJsonValue::Undefined,
            QStringLiteral("请求体须为UTF-8编码，且不能包含4字节字符（如emoji）"));
        return std::nullopt;
    }
    QString why;
    auto body = RequestBody::parse(request.body, &why);
    if (!body)
        *error = ApiError::paramError(QStringLiteral("/"), QJsonValue::Undefined, why);
    return body;
}

SandboxReply SandboxRouter::answerWrite(const FaultPlan &plan, const QByteArray &requestedSerial,
    qint64 now, const std::function<ServiceAnswer()> &apply)
{
    if (plan.kind == FaultPlan::Kind::ServerError)
        return answerError(ApiError::systemError(), requestedSerial, now);
    if (plan.kind == FaultPlan::Kind::RateLimited) {
        SandboxReply reply = answerError({ 429, QStringLiteral("FREQUENCY_LIMITED"),
                                             QStringLiteral("请求频率超限，请降低频率后重试"), {} },
            requestedSerial, now);
        reply.response.setHeader("Retry-After", "1");
        return reply;
    }
    const ServiceAnswer answer = apply();
    SandboxReply reply;
    if (answer.error) {
        reply.response = errorResponse(*answer.error);
    } else {
        reply.response.status = answer.status;
        reply.response.body = answer.body;
        if (!answer.body.isEmpty())
            reply.response.setHeader("Content-Type", "application/json; charset=utf-8");
    }
    m_signer.sign(reply.response, requestedSerial, false, tamperFor(plan), now);
    switch (plan.kind) {
    case FaultPlan::Kind::Slow:
        reply.delayMs = plan.slowMs;
        break;
    case FaultPlan::Kind::Hang:
        reply.delivery = SandboxReply::Delivery::Hang;
        break;
    case FaultPlan::Kind::Reset:
        reply.delivery = SandboxReply::Delivery::Reset;
        break;
    default:
        break;
    }
    return reply;
}

SandboxReply SandboxRouter::routeRefunds(
    const HttpRequest &request, const QStringList &rest, qint64 now)
{
    const QByteArray requestedSerial = request.header("Wechatpay-Serial");
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (rest.isEmpty()) { // POST /v3/refund/domestic/refunds
        if (request.method != "POST")
            return answerError({ 405, QStringLiteral("METHOD_NOT_ALLOWED"),
                                   QStringLiteral("请使用POST申请退款"), {} },
                requestedSerial, now);
        ApiError error;
        const auto body = readWriteBody(request, &error);
        if (!body)
            return answerError(error, requestedSerial, now);
        const FaultPlan plan = FaultPlan::fromOrderNumber(
            body->json.value(QStringLiteral("out_refund_no")).toString());
        return answerWrite(
            plan, requestedSerial, now, [&] { return m_refunds.create(*body, nowMs); });
    }
    if (rest.size() != 1)
        return answerError(
            { 404, QStringLiteral("NOT_FOUND"), QStringLiteral("请求的URL不存在"), {} },
            requestedSerial, now);
    if (request.method != "GET") // GET /v3/refund/domestic/refunds/{out_refund_no}
        return answerError(
            { 405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("请使用GET查询退款"), {} },
            requestedSerial, now);
    const ServiceAnswer answer = m_refunds.query(rest.first(), parseQuery(request.query()), nowMs);
    if (answer.error)
        return answerError(*answer.error, requestedSerial, now);
    SandboxReply reply;
    reply.response.body = answer.body;
    reply.response.setHeader("Content-Type", "application/json; charset=utf-8");
    m_signer.sign(reply.response, requestedSerial, false, AnswerSigner::Tamper::None, now);
    const FaultPlan plan = FaultPlan::fromOrderNumber(rest.first());
    if (plan.appliesTo(true))
        reply.delayMs = plan.slowMs;
    return reply;
}

bool SandboxRouter::overRateLimit()
{
    if (m_rateLimit <= 0)
        return false;
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    if (nowMs - m_windowStartMs >= 1000) {
        m_windowStartMs = nowMs;
        m_inWindow = 0;
    }
    if (++m_inWindow <= m_rateLimit)
        return false;
    ++m_rateLimited;
    return true;
}

SandboxReply SandboxRouter::handle(const HttpRequest &request)
{
    ++m_requestCount;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    SandboxReply reply = route(request, now);
    reply.delayMs += m_latencyMs;
    return reply;
}

HttpResponse SandboxRouter::certificates() const
{
    QJsonArray data;
    for (const auto &platform : m_identity.platformCertificates) {
        const QByteArray nonce = crypto::randomNonce(12).toLatin1();
        const auto sealed = crypto::encryptAes256Gcm(
            m_identity.apiv3Key, nonce, "certificate", platform.certificate.toPem());
        data.append(QJsonObject { { QStringLiteral("serial_no"), platform.certificate.serialHex() },
            { QStringLiteral("effective_time"), rfc3339Beijing(platform.certificate.notBefore()) },
            { QStringLiteral("expire_time"), rfc3339Beijing(platform.certificate.notAfter()) },
            { QStringLiteral("encrypt_certificate"),
                QJsonObject { { QStringLiteral("algorithm"), QStringLiteral("AEAD_AES_256_GCM") },
                    { QStringLiteral("nonce"), QString::fromLatin1(nonce) },
                    { QStringLiteral("associated_data"), QStringLiteral("certificate") },
                    { QStringLiteral("ciphertext"),
                        QString::fromLatin1(sealed ? sealed->toBase64() : QByteArray()) } } } });
    }
    HttpResponse response;
    response.body = QJsonDocument(
        QJsonObject { { QStringLiteral("data"),
            data } }).toJson(QJsonDocument::Compact);
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

SandboxReply SandboxRouter::route(const HttpRequest &request, qint64 now)
{
    SandboxReply reply;
    const QByteArray requestedSerial = request.header("Wechatpay-Serial");
    auto answerError = [&](const ApiError &error) {
        reply.response = errorResponse(error);
        m_signer.sign(reply.response, requestedSerial, false, AnswerSigner::Tamper::None, now);
        return reply;
    };

    if (!isValidTarget(request.target))
        return answerError(ApiError::invalidRequest(QStringLiteral(
            "URL含有未编码的字符：路径参数和查询参数须先做百分号编码（如 | 应为 %7C）再签名")));
    if (auto refused = m_authenticator.judge(request, now))
        return answerError(*refused);
    if (overRateLimit()) {
        answerError({ 429, QStringLiteral("FREQUENCY_LIMITED"),
            QStringLiteral("请求频率超限，请降低频率后重试"), {} });
        reply.response.setHeader("Retry-After", "1");
        return reply;
    }

    // Route on the decoded path segments: /v3/payscore/<family…>/{out_order_no}/<action>.
    QStringList segments;
    for (const QByteArray &raw : request.path().split('/'))
        segments.append(decodeComponent(raw));
    if (!segments.isEmpty() && segments.first().isEmpty())
        segments.removeFirst();
    const bool isGet = request.method == "GET";
    const bool isPost = request.method == "POST";

    if (segments == QStringList { QStringLiteral("v3"), QStringLiteral("certificates") }) {
        if (!isGet)
            return answerError(
                { 405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("请使用GET"), {} });
        reply.response = certificates();
        m_signer.sign(reply.response, requestedSerial, true, AnswerSigner::Tamper::None, now);
        return reply;
    }

    const QStringList refundPrefix { QStringLiteral("v3"), QStringLiteral("refund"),
        QStringLiteral("domestic"), QStringLiteral("refunds") };
    if (segments.mid(0, refundPrefix.size()) == refundPrefix)
        return routeRefunds(request, segments.mid(refundPrefix.size()), now);

    struct Family {
        QStringList prefix;
        OrderMode mode;
    };
    static const Family families[] = {
        { { "v3", "payscore", "serviceorder" }, OrderMode::ServiceOrder },
        { { "v3", "payscore", "payafter-orders" }, OrderMode::PayAfter },
        { { "v3", "payscore", "oversea", "partner", "serviceorder" }, OrderMode::Oversea },
        { { "v3", "payscore", "partner", "serviceorder" }, OrderMode::Partner },
    };
    const Family *family = nullptr;
    for (const Family &candidate : families) {
        if (segments.mid(0, candidate.prefix.size()) == candidate.prefix
            && (!family || candidate.prefix.size() > family->prefix.size()))
            family = &candidate;
    }
    const ApiError notFound { 404, QStringLiteral("NOT_FOUND"), QStringLiteral("请求的URL不存在"),
        {} };
    if (!family)
        return answerError(notFound);
    const QStringList rest = segments.mid(family->prefix.size());
    const OrderMode mode = family->mode;

    // Queries: GET on the family (query string) or, for pay-after, on /{out_order_no}.
    const bool payAfterQuery = mode == OrderMode::PayAfter && rest.size() == 1;
    if (rest.isEmpty() || payAfterQuery) {
        if (rest.isEmpty() && mode == OrderMode::PayAfter)
            return answerError(notFound);
        if (!isGet)
            return answerError({ 405, QStringLiteral("METHOD_NOT_ALLOWED"),
                QStringLiteral("请使用GET查询订单"), {} });
        const QMap<QString, QString> query = parseQuery(request.query());
        const QString outOrderNo
            = payAfterQuery ? rest.first() : query.value(QStringLiteral("out_order_no"));
        const FaultPlan plan = FaultPlan::fromOrderNumber(outOrderNo);
        if (plan.kind != FaultPlan::Kind::None)
            m_service.ensureTrainingOrder(mode, outOrderNo, false);
        m_service.ensurePaidTrainingOrder(mode, outOrderNo);
        const ServiceAnswer answer
            = m_service.query(mode, payAfterQuery ? rest.first() : QString(), query);
        m_log.append({ QStringLiteral("query"), outOrderNo,
            answer.error ? answer.error->status : answer.status });
        if (answer.error)
            return answerError(*answer.error);
        reply.response.status = answer.status;
        reply.response.body = answer.body;
        reply.response.setHeader("Content-Type", "application/json; charset=utf-8");
        m_signer.sign(reply.response, requestedSerial, false, AnswerSigner::Tamper::None, now);
        if (plan.appliesTo(true))
            reply.delayMs = plan.slowMs;
        return reply;
    }

    // Writes: POST /{out_order_no}/{sync|complete|cancel|modify|pay}.
    if (rest.size() != 2)
        return answerError(notFound);
    const QString &outOrderNo = rest.at(0);
    const QString &action = rest.at(1);
    const bool serviceOrderFamily = mode == OrderMode::ServiceOrder || mode == OrderMode::Partner;
    const bool known = action == QLatin1String("sync") || action == QLatin1String("cancel")
        || (action == QLatin1String("complete") && mode != OrderMode::Oversea)
        || ((action == QLatin1String("modify") || action == QLatin1String("pay"))
            && serviceOrderFamily);
    if (!known)
        return answerError(notFound);
    if (!isPost)
        return answerError(
            { 405, QStringLiteral("METHOD_NOT_ALLOWED"), QStringLiteral("请使用POST"), {} });
    ApiError bodyError;
    const auto body = readWriteBody(request, &bodyError);
    if (!body)
        return answerError(bodyError);

    m_log.append({ action, outOrderNo, 0 });
    const FaultPlan plan = FaultPlan::fromOrderNumber(outOrderNo);
    const bool needsCollecting = action == QLatin1String("sync")
        || action == QLatin1String("modify") || action == QLatin1String("pay");
    if (plan.kind != FaultPlan::Kind::None && !plan.rejectsBeforeProcessing())
        m_service.ensureTrainingOrder(mode, outOrderNo, needsCollecting);
    return answerWrite(plan, requestedSerial, now, [&] {
        if (action == QLatin1String("sync"))
            return m_service.sync(mode, outOrderNo, *body);
        if (action == QLatin1String("complete"))
            return m_service.complete(mode, outOrderNo, *body);
        if (action == QLatin1String("modify"))
            return m_service.modify(mode, outOrderNo, *body);
        if (action == QLatin1String("pay"))
            return m_service.collect(
                mode, outOrderNo, *body, plan.kind == FaultPlan::Kind::Declined);
        return m_service.cancel(mode, outOrderNo, *body);
    });
}

} // namespace psc::sandbox
