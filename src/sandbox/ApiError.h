#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace psc::sandbox {

// An error answer in WeChat Pay's shape:
// {"code":"PARAM_ERROR","message":"…","detail":{"field":"/total_amount","value":…,"issue":"…","location":"body"}}
struct ApiError {
    int status = 400;
    QString code;
    QString message;
    QJsonObject detail; // empty: no "detail" member

    static ApiError paramError(const QString &field, const QJsonValue &value, const QString &issue,
        const QString &location = QStringLiteral("body"));
    static ApiError invalidRequest(const QString &message);
    static ApiError signError(const QString &message, const QJsonObject &detail = {});
    static ApiError noAuth(const QString &message);
    static ApiError orderNotExist();
    static ApiError invalidOrderState(const QString &message);
    static ApiError orderDone();
    static ApiError orderCanceled();
    static ApiError systemError();

    QByteArray toJson() const;
};

} // namespace psc::sandbox
