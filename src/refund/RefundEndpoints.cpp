#include "RefundEndpoints.h"

#include <QJsonDocument>

namespace psc::refund {

apiv3::ApiRequest RefundEndpoints::create(const RefundRequest &request)
{
    return apiv3::ApiRequest::post(
        collectionPath(), QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
}

apiv3::ApiRequest RefundEndpoints::query(const QString &outRefundNo, const QString &subMchid)
{
    QList<apiv3::ApiRequest::QueryItem> items;
    if (!subMchid.isEmpty())
        items.append({ QStringLiteral("sub_mchid"), subMchid });
    // '|', '*' and '@' are allowed in refund numbers: the path segment is percent-encoded
    // before signing, so what is signed is what is sent.
    return apiv3::ApiRequest::get(
        collectionPath() + '/' + apiv3::ApiRequest::encodePathSegment(outRefundNo), items);
}

} // namespace psc::refund
