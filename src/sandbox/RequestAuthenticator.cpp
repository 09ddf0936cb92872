#include "RequestAuthenticator.h"

#include "crypto/Codec.h"

#include <QJsonObject>

namespace psc::sandbox {

namespace {

// What WeChat Pay puts in detail.sign_information: what it signed, so the caller can compare.
QJsonObject signInformation(const HttpRequest &request, const QByteArray &message)
{
    constexpr int kShown = 256;
    QString shown = QString::fromUtf8(message);
    if (shown.size() > kShown)
        shown = shown.left(kShown) + QStringLiteral("...");
    return QJsonObject { { QStringLiteral("method"), QString::fromLatin1(request.method) },
        { QStringLiteral("url"), QString::fromLatin1(request.target) },
        { QStringLiteral("truncated_sign_message"), shown },
        { QStringLiteral("sign_message_length"), qint64(message.size()) } };
}

} // namespace

QByteArray RequestAuthenticator::canonicalMessage(const QByteArray &method, const QByteArray &url,
    const QByteArray &timestamp, const QByteArray &nonce, const QByteArray &body)
{
    return method + '\n' + url + '\n' + timestamp + '\n' + nonce + '\n' + body + '\n';
}

std::optional<ApiError> RequestAuthenticator::judge(
    const HttpRequest &request, qint64 nowSeconds) const
{
    if (request.header("Accept").isEmpty() || request.header("User-Agent").isEmpty())
        return ApiError::invalidRequest(QStringLiteral("Http头缺少Accept或User-Agent"));

    const QByteArray authorization = request.header("Authorization");
    if (authorization.isEmpty())
        return ApiError::signError(QStringLiteral("Http头缺少Authorization"),
            { { QStringLiteral("field"), QStringLiteral("Authorization") },
                { QStringLiteral("location"), QStringLiteral("header") } });
    QString why;
    const auto auth = AuthorizationHeader::parse(authorization, &why);
    if (!auth)
        return ApiError::signError(why);

    if (QString::fromUtf8(auth->mchid) != m_merchant.mchid)
        return ApiError::signError(QStringLiteral("商户号%1不存在或未开通APIv3")
                                       .arg(QString::fromUtf8(auth->mchid.left(32))));
    if (QString::fromLatin1(auth->serialNo).compare(m_merchant.serial, Qt::CaseInsensitive) != 0)
        return ApiError::signError(
            QStringLiteral("商户证书序列号有误。请使用签名私钥匹配的证书序列号"),
            { { QStringLiteral("field"), QStringLiteral("serial_no") },
                { QStringLiteral("value"), QString::fromLatin1(auth->serialNo.left(64)) },
                { QStringLiteral("location"), QStringLiteral("authorization") } });

    bool numeric = false;
    const qint64 timestamp = auth->timestamp.toLongLong(&numeric);
    if (!numeric || auth->timestamp.size() > 10)
        return ApiError::signError(
            QStringLiteral("Http头Authorization值格式错误：timestamp应为Unix秒"));
    if (qAbs(nowSeconds - timestamp) > m_maxSkewSeconds)
        return ApiError::signError(
            QStringLiteral("请求的时间戳与服务器时间相差超过5分钟（服务器时间 %1）")
                .arg(nowSeconds),
            { { QStringLiteral("field"), QStringLiteral("timestamp") },
                { QStringLiteral("value"), QString::fromLatin1(auth->timestamp) },
                { QStringLiteral("location"), QStringLiteral("authorization") } });

    const QByteArray message = canonicalMessage(
        request.method, request.target, auth->timestamp, auth->nonce, request.body);
    const auto signature = crypto::decodeBase64Strict(auth->signature);
    if (!signature || !m_merchant.key.verifySha256(message, *signature)) {
        QJsonObject detail { { QStringLiteral("field"), QStringLiteral("signature") },
            { QStringLiteral("location"), QStringLiteral("authorization") },
            { QStringLiteral("detail"),
                QJsonObject { { QStringLiteral("issue"),
                    signature ? QStringLiteral("sign not match")
                              : QStringLiteral("signature is not valid Base64") } } },
            { QStringLiteral("sign_information"), signInformation(request, message) } };
        return ApiError::signError(QStringLiteral("签名错误，请检查后再试"), detail);
    }
    return std::nullopt;
}

} // namespace psc::sandbox
