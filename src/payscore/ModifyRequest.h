#pragma once

#include "Money.h"
#include "OrderKey.h"
#include "OrderView.h"
#include "PostItems.h"
#include "ValidationReport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace psc::payscore {

// 修改订单金额: lowers the total of a completed order that is still collecting (DOING /
// MCH_COMPLETE, USER_PAYING). The new lines replace the old ones; total_amount must equal
// Σ post_payments.amount − Σ post_discounts.amount and be lower than the order's current
// total (checkAgainst). Serviceorder and partner modes.
struct ModifyRequest {
    OrderKey key;
    ValidationReport readIssues; // from fromJson(): a body file's type errors, unknown keys
    QList<PostItem> postPayments;
    QList<PostItem> postDiscounts;
    std::optional<Money> totalAmount;
    QString reason; // 1–50 characters

    // The body fields of a --body file {post_payments, post_discounts, total_amount, reason};
    // ids in it override `key`'s.
    static ModifyRequest fromJson(const QByteArray &json, const OrderKey &key);

    // Σ payments − Σ discounts; nullopt when the sum overflows.
    std::optional<Money> expectedTotal() const;
    // The rules that need no order: ids, item limits (as complete), the total formula, reason.
    ValidationReport validate() const;
    // The rule that needs the order's fresh state: the new total must be lower than its total.
    ValidationReport checkAgainst(const OrderView &order) const;
    QJsonObject toJson() const;
};

} // namespace psc::payscore
