#pragma once

#include "Money.h"
#include "OrderKey.h"
#include "ValidationReport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace psc::payscore {

struct PayAfterFee {
    QString name; // fee_name
    std::optional<qint64> count; // fee_count
    std::optional<Money> amount; // fee_amount: the row's total
    QString description; // fee_desc
};

struct PayAfterDiscount {
    QString name; // discount_name
    std::optional<Money> amount; // discount_amount
    QString description; // discount_desc
};

// Completing a 先享后付 order. finish_type tells how the order ends:
//   2 = the service was used (完结): fees, and total_amount = Σ fee_amount − Σ discount_amount;
//   1 = the service was not used (取消): cancel_reason required, no fees, total_amount 0.
// (The public pages only say "1 | 2"; this reading follows payscore-api.md §5.2.)
struct PayAfterCompletion {
    static constexpr qint64 kFinishCancelled = 1;
    static constexpr qint64 kFinishServiceUsed = 2;

    OrderKey key;
    ValidationReport readIssues; // from fromJson(): a body file's type errors
    std::optional<qint64> finishType;
    QString cancelReason;
    QString realServiceStartTime; // as typed
    QString realServiceEndTime;
    QString realServiceEndLocation;
    QList<PayAfterFee> fees;
    QList<PayAfterDiscount> discounts;
    std::optional<Money> totalAmount;
    QString finishTicket;
    std::optional<bool> profitSharing;

    // Wrong JSON types and unknown fields land in readIssues, which validate() reports.
    static PayAfterCompletion fromJson(const QByteArray &json, const OrderKey &key);

    std::optional<Money>
    expectedTotal() const; // Σ fee_amount − Σ discount_amount; nullopt: overflow
    ValidationReport validate(const QDateTime &now) const;
    QJsonObject toJson() const;
};

} // namespace psc::payscore
