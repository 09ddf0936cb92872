#pragma once

// The limits the server enforces, checked before anything is sent. The console's editors
// enforce the same row limits, so they read them from here rather than repeating numbers.
namespace psc::payscore::limits {

inline constexpr int kOutOrderNoMaxLength = 32;
inline constexpr int kIdentifierMaxLength = 32; // service_id, appid, sub_mchid, query_id
inline constexpr int kServiceOrderMaxPostPayments = 100;
inline constexpr int kServiceOrderMaxPostDiscounts = 30;
inline constexpr int kPayAfterMaxFees = 100;
inline constexpr int kPayAfterMaxDiscounts = 5;
inline constexpr int kNameMaxLength
    = 20; // post_payments/post_discounts name, fee_name, discount_name
inline constexpr int kDescriptionMaxLength = 30; // description, fee_desc, discount_desc
inline constexpr int kCountMin = 1;
inline constexpr int kCountMax = 100;
inline constexpr int kReasonMaxLength = 50; // modify reason, pay-after cancel_reason
// cancel's reason: public sources say 30 (seed 003's table) or 50 (other pages); the stricter
// one is enforced so that a reason accepted here is accepted by either reading.
inline constexpr int kCancelReasonMaxLength = 30;
inline constexpr int kRemarkMaxLength = 20; // time_range.*_remark
inline constexpr int kLocationMaxLength = 50; // location.end_location, real_service_end_location
inline constexpr int kFreeTextMaxLength = 64; // goods_tag, device ids, finish_ticket
// seq of an oversea/partner sync: the collection's payment number.
inline constexpr int kSeqMin = 1;
inline constexpr int kSeqMax = 100;
// No business time (paid_time, time_range) before 2010-01-01 00:00 Beijing time: PayScore did
// not exist, and such a date is a typing slip (0001, 1970) that would be applied to an order.
inline constexpr qint64 kEarliestBusinessTime = 1262275200; // 2009-12-31T16:00:00Z
// A business time may be at most this far ahead of the local clock (clocks drift a little).
inline constexpr int kFutureToleranceSeconds = 60;

} // namespace psc::payscore::limits
