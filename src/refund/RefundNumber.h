#pragma once

#include <payscore/ValidationReport.h>

#include <QDateTime>
#include <QString>

namespace psc::refund {

// out_refund_no: the merchant's own number for one refund, 1–64 characters of
// 0-9 A-Z a-z _ - | * @, unique per merchant. WeChat Pay treats a second request with the same
// number as the same refund, which is what makes a resend after an unknown outcome safe.
class RefundNumber {
public:
    static constexpr int kMaxLength = 64;

    // "RF" + yyyyMMddHHmmss (Beijing time) + 16 random characters of 0-9 A-Z: 32 characters,
    // sortable by time, nothing that needs percent-encoding in the query URL.
    static QString generate(const QDateTime &now = QDateTime::currentDateTimeUtc());
    static bool isAllowed(QChar c);
    // Appends a translated error naming `pointer` and returns false when `value` breaks the rule.
    static bool check(
        payscore::ValidationReport &report, const QString &pointer, const QString &value);
};

} // namespace psc::refund
