#include "WeChatPayHosts.h"

#include <QHostAddress>

namespace psc::apiv3::WeChatPayHosts {

QString mainland()
{
    return QStringLiteral("api.mch.weixin.qq.com");
}

QString backup()
{
    return QStringLiteral("api2.mch.weixin.qq.com");
}

QString oversea()
{
    return QStringLiteral("apihk.mch.weixin.qq.com");
}

QUrl urlOf(const QString &host)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    return url;
}

QUrl backupFor(const QUrl &baseUrl)
{
    if (baseUrl.host().compare(mainland(), Qt::CaseInsensitive) != 0)
        return {};
    QUrl url = baseUrl;
    url.setHost(backup());
    return url;
}

bool isMainland(const QString &host)
{
    return host.compare(mainland(), Qt::CaseInsensitive) == 0
        || host.compare(backup(), Qt::CaseInsensitive) == 0;
}

bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace psc::apiv3::WeChatPayHosts
