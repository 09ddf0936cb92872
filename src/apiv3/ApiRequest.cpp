#include "ApiRequest.h"

namespace psc::apiv3 {

ApiRequest::ApiRequest(QByteArray method, QByteArray path, QList<QueryItem> query, QByteArray body)
    : m_method(std::move(method))
    , m_path(std::move(path))
    , m_query(std::move(query))
    , m_body(std::move(body))
{
}

ApiRequest ApiRequest::get(const QByteArray &path, const QList<QueryItem> &query)
{
    return ApiRequest(QByteArrayLiteral("GET"), path, query);
}

ApiRequest ApiRequest::post(const QByteArray &path, const QByteArray &jsonBody)
{
    return ApiRequest(QByteArrayLiteral("POST"), path, {}, jsonBody);
}

ApiRequest ApiRequest::fromTarget(
    const QByteArray &method, const QByteArray &target, const QByteArray &body)
{
    const qsizetype question = target.indexOf('?');
    ApiRequest request(method, question < 0 ? target : target.left(question), {}, body);
    request.m_rawTarget = target;
    return request;
}

QByteArray ApiRequest::encodePathSegment(QStringView text)
{
    // QByteArray::toPercentEncoding keeps exactly the unreserved set [A-Za-z0-9-._~] and
    // writes upper-case hex, which is what the server expects to see signed.
    return text.toUtf8().toPercentEncoding();
}

QByteArray ApiRequest::target() const
{
    if (!m_rawTarget.isEmpty())
        return m_rawTarget;
    QByteArray target = m_path;
    for (qsizetype i = 0; i < m_query.size(); ++i) {
        target += i == 0 ? '?' : '&';
        target += encodeQueryValue(m_query[i].first);
        target += '=';
        target += encodeQueryValue(m_query[i].second);
    }
    return target;
}

} // namespace psc::apiv3
