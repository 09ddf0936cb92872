#pragma once

#include <QString>

namespace psc::sandbox {

// Fault injection chosen by the merchant order number's prefix, for training and tests:
//   FAULT-500-        500 SYSTEM_ERROR, order untouched
//   FAULT-429-        429 FREQUENCY_LIMITED with Retry-After, order untouched
//   FAULT-SLOW-<ms>-  the answer comes <ms> milliseconds late (queries too)
//   FAULT-HANG-       the write is applied, the answer never comes
//   FAULT-RESET-      the write is applied, the connection is dropped instead of answering
//   FAULT-BADSIG-     the write is applied, the answer's signature does not verify
//   FAULT-SIGNTEST-   the write is applied, the answer carries a WECHATPAY/SIGNTEST/ probe
//   signature FAULT-SKEW-       the write is applied, Wechatpay-Timestamp is 10 minutes old
// Only FAULT-SLOW- touches queries, so an operator can always find out what really happened.
struct FaultPlan {
    enum class Kind {
        None,
        ServerError,
        RateLimited,
        Slow,
        Hang,
        Reset,
        BadSignature,
        SignTest,
        Skew,
        Declined
    };
    Kind kind = Kind::None;
    int slowMs = 0;

    static FaultPlan fromOrderNumber(const QString &outOrderNo);
    bool appliesTo(bool isQuery) const
    {
        return isQuery ? kind == Kind::Slow : kind != Kind::None && kind != Kind::Declined;
    }
    // The server never got as far as the order: 500 and 429.
    bool rejectsBeforeProcessing() const
    {
        return kind == Kind::ServerError || kind == Kind::RateLimited;
    }
};

} // namespace psc::sandbox
