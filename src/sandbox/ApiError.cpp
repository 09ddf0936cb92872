#include "ApiError.h"

#include <QJsonDocument>

namespace psc::sandbox {

ApiError ApiError::paramError(
    const QString &field, const QJsonValue &value, const QString &issue, const QString &location)
{
    QJsonObject detail { { QStringLiteral("field"), field }, { QStringLiteral("issue"), issue },
        { QStringLiteral("location"), location } };
    if (!value.isUndefined())
        detail.insert(QStringLiteral("value"), value);
    return { 400, QStringLiteral("PARAM_ERROR"),
        QStringLiteral("输入源“%1”映射到值字段“%2”时出错：%3").arg(location, field, issue),
        detail };
}

ApiError ApiError::invalidRequest(const QString &message)
{
    return { 400, QStringLiteral("INVALID_REQUEST"), message, {} };
}

ApiError ApiError::signError(const QString &message, const QJsonObject &detail)
{
    return { 401, QStringLiteral("SIGN_ERROR"), message, detail };
}

ApiError ApiError::noAuth(const QString &message)
{
    return { 403, QStringLiteral("NO_AUTH"), message, {} };
}

ApiError ApiError::orderNotExist()
{
    return { 404, QStringLiteral("ORDER_NOT_EXIST"), QStringLiteral("订单不存在"), {} };
}

ApiError ApiError::invalidOrderState(const QString &message)
{
    return { 400, QStringLiteral("INVALID_ORDER_STATE"), message, {} };
}

ApiError ApiError::orderDone()
{
    return { 400, QStringLiteral("ORDER_DONE"), QStringLiteral("订单已完成，无需重复操作"), {} };
}

ApiError ApiError::orderCanceled()
{
    return { 400, QStringLiteral("ORDER_CANCELED"), QStringLiteral("订单已取消，无法操作"), {} };
}

ApiError ApiError::systemError()
{
    return { 500, QStringLiteral("SYSTEM_ERROR"), QStringLiteral("系统异常，请稍后重试"), {} };
}

QByteArray ApiError::toJson() const
{
    QJsonObject body { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    if (!detail.isEmpty())
        body.insert(QStringLiteral("detail"), detail);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace psc::sandbox
