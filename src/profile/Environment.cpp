#include "Environment.h"

#include <apiv3/WeChatPayHosts.h>

namespace psc::profile {

Environment environmentOf(const QUrl &baseUrl)
{
    return apiv3::WeChatPayHosts::isLoopback(baseUrl.host()) ? Environment::Sandbox
                                                             : Environment::Production;
}

} // namespace psc::profile
