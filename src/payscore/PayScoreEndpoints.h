#pragma once

#include "CancelRequest.h"
#include "CollectRequest.h"
#include "Mode.h"
#include "ModifyRequest.h"
#include "OrderQuery.h"
#include "PayAfterCompletion.h"
#include "ServiceOrderCompletion.h"
#include "SyncRequest.h"

#include <apiv3/ApiRequest.h>
#include <apiv3/ClientConfig.h>

#include <QByteArray>
#include <QUrl>

namespace psc::payscore {

// The cells of the operations table (issue 3): which method, path and query each operation
// of each mode uses. Order numbers go through apiv3's path-segment encoder ('|' -> %7C) and
// query values stay raw for ApiRequest to encode, so what is signed is what is sent.
class PayScoreEndpoints {
public:
    static QByteArray collectionPath(Mode mode); // "/v3/payscore/serviceorder", …
    static apiv3::ApiRequest sync(const SyncRequest &request);
    static apiv3::ApiRequest complete(const ServiceOrderCompletion &completion);
    static apiv3::ApiRequest complete(const PayAfterCompletion &completion);
    static apiv3::ApiRequest query(const OrderQuery &query);
    static apiv3::ApiRequest cancel(const CancelRequest &request); // POST …/{no}/cancel
    static apiv3::ApiRequest modify(const ModifyRequest &request); // POST …/{no}/modify
    static apiv3::ApiRequest collect(const CollectRequest &request); // POST …/{no}/pay

    // Oversea orders live on the apihk host: a profile pointing at an official mainland host
    // is redirected there; any other base URL (the sandbox, a proxy) is used as it is.
    static QUrl baseUrlFor(Mode mode, const QUrl &profileBaseUrl);
    // The profile's client configuration aimed at the host of `mode` (the one place the CLI
    // and the console choose hosts): when oversea is redirected to apihk, the mainland backup
    // host (api2) is dropped, since a resend there would reach the wrong region.
    static apiv3::ClientConfig clientConfigFor(Mode mode, apiv3::ClientConfig profileConfig);
};

} // namespace psc::payscore
