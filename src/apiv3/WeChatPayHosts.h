#pragma once

#include <QString>
#include <QUrl>

namespace psc::apiv3 {

// The one table of WeChat Pay API hosts (payscore-api.md §1) and the one test for "this
// computer". Everything that names a host — the profile's defaults, the backup domain, the
// oversea host, the profile dialog's choices, plain-http refusal, the sandbox/production
// badge — asks here. Host names compare case-insensitively, as DNS does.
namespace WeChatPayHosts {

QString mainland(); // api.mch.weixin.qq.com
QString backup(); // api2.mch.weixin.qq.com: the mainland host in another city
QString oversea(); // apihk.mch.weixin.qq.com

// "https://<host>"
QUrl urlOf(const QString &host);
// The backup of a mainland base URL (same scheme, path and port on the backup host); an
// empty URL for any other host.
QUrl backupFor(const QUrl &baseUrl);
// True for the mainland host and its backup.
bool isMainland(const QString &host);
// localhost (any case) or a loopback address (127.0.0.0/8, ::1). Plain http is allowed only
// here, and a profile pointing here is the sandbox.
bool isLoopback(const QString &host);

} // namespace WeChatPayHosts

} // namespace psc::apiv3
