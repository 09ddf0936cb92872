#pragma once

#include "RefundRequest.h"

#include <apiv3/ApiRequest.h>

namespace psc::refund {

// WeChat Pay's domestic refund API (the mainland host; partner requests add sub_mchid).
class RefundEndpoints {
public:
    static QByteArray collectionPath() { return QByteArrayLiteral("/v3/refund/domestic/refunds"); }
    // POST /v3/refund/domestic/refunds
    static apiv3::ApiRequest create(const RefundRequest &request);
    // GET /v3/refund/domestic/refunds/{out_refund_no}[?sub_mchid=…]
    static apiv3::ApiRequest query(const QString &outRefundNo, const QString &subMchid = {});
};

} // namespace psc::refund
