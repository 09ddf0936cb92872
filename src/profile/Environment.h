#pragma once

#include <QUrl>

namespace psc::profile {

// Where a profile's requests go. Production moves real money, so everything that shows it
// (badge, window title, confirmations) is red.
enum class Environment { Sandbox, Production };

// Loopback hosts (apiv3::WeChatPayHosts::isLoopback) are the sandbox; anything else may move
// real money.
Environment environmentOf(const QUrl &baseUrl);

} // namespace psc::profile
