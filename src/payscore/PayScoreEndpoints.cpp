#include "PayScoreEndpoints.h"

#include <apiv3/WeChatPayHosts.h>

#include <QJsonDocument>

namespace psc::payscore {

namespace {

QByteArray orderPath(Mode mode, const QString &outOrderNo, const char *action)
{
    QByteArray path = PayScoreEndpoints::collectionPath(mode) + '/'
        + apiv3::ApiRequest::encodePathSegment(outOrderNo);
    if (action)
        path += QByteArray("/") + action;
    return path;
}

QByteArray compact(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray PayScoreEndpoints::collectionPath(Mode mode)
{
    switch (mode) {
    case Mode::ServiceOrder:
        return QByteArrayLiteral("/v3/payscore/serviceorder");
    case Mode::PayAfter:
        return QByteArrayLiteral("/v3/payscore/payafter-orders");
    case Mode::Oversea:
        return QByteArrayLiteral("/v3/payscore/oversea/partner/serviceorder");
    case Mode::Partner:
        return QByteArrayLiteral("/v3/payscore/partner/serviceorder");
    }
    return {};
}

apiv3::ApiRequest PayScoreEndpoints::sync(const SyncRequest &request)
{
    return apiv3::ApiRequest::post(
        orderPath(request.key.mode, request.key.outOrderNo, "sync"), compact(request.toJson()));
}

apiv3::ApiRequest PayScoreEndpoints::complete(const ServiceOrderCompletion &completion)
{
    return apiv3::ApiRequest::post(
        orderPath(completion.key.mode, completion.key.outOrderNo, "complete"),
        compact(completion.toJson()));
}

apiv3::ApiRequest PayScoreEndpoints::complete(const PayAfterCompletion &completion)
{
    return apiv3::ApiRequest::post(
        orderPath(completion.key.mode, completion.key.outOrderNo, "complete"),
        compact(completion.toJson()));
}

apiv3::ApiRequest PayScoreEndpoints::cancel(const CancelRequest &request)
{
    return apiv3::ApiRequest::post(
        orderPath(request.key.mode, request.key.outOrderNo, "cancel"), compact(request.toJson()));
}

apiv3::ApiRequest PayScoreEndpoints::modify(const ModifyRequest &request)
{
    return apiv3::ApiRequest::post(
        orderPath(request.key.mode, request.key.outOrderNo, "modify"), compact(request.toJson()));
}

apiv3::ApiRequest PayScoreEndpoints::collect(const CollectRequest &request)
{
    return apiv3::ApiRequest::post(
        orderPath(request.key.mode, request.key.outOrderNo, "pay"), compact(request.toJson()));
}

apiv3::ApiRequest PayScoreEndpoints::query(const OrderQuery &query)
{
    QList<apiv3::ApiRequest::QueryItem> items;
    if (query.key.mode == Mode::PayAfter) {
        // GET …/payafter-orders/{no}?appid=…&service_id=… (the documented order)
        items.append({ QStringLiteral("appid"), query.key.appid });
        items.append({ QStringLiteral("service_id"), query.key.serviceId });
        return apiv3::ApiRequest::get(
            orderPath(Mode::PayAfter, query.key.outOrderNo, nullptr), items);
    }
    for (const auto &[key, value] : query.queryItems())
        items.append({ key, value });
    return apiv3::ApiRequest::get(collectionPath(query.key.mode), items);
}

QUrl PayScoreEndpoints::baseUrlFor(Mode mode, const QUrl &profileBaseUrl)
{
    if (mode != Mode::Oversea)
        return profileBaseUrl;
    if (apiv3::WeChatPayHosts::isMainland(profileBaseUrl.host()))
        return apiv3::WeChatPayHosts::urlOf(apiv3::WeChatPayHosts::oversea());
    return profileBaseUrl;
}

apiv3::ClientConfig PayScoreEndpoints::clientConfigFor(Mode mode, apiv3::ClientConfig profileConfig)
{
    const QUrl base = baseUrlFor(mode, profileConfig.baseUrl);
    if (base != profileConfig.baseUrl) {
        profileConfig.baseUrl = base;
        profileConfig.backupBaseUrl.clear();
    }
    return profileConfig;
}

} // namespace psc::payscore
