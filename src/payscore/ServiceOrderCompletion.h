#pragma once

#include "JsonFieldReader.h"
#include "Money.h"
#include "OrderKey.h"
#include "PostItems.h"
#include "ValidationReport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace psc::payscore {

// Completing a service order (serviceorder and partner modes): the fees actually charged.
// total_amount must equal Σ post_payments.amount − Σ post_discounts.amount.
struct ServiceOrderCompletion {
    OrderKey key;
    ValidationReport readIssues; // from fromJson(): a body file's type errors
    QList<PostItem> postPayments;
    QList<PostItem> postDiscounts;
    std::optional<Money> totalAmount;
    QString startTime; // time_range.*: as typed (ISO 8601 with offset or yyyyMMddHHmmss)
    QString endTime;
    QString startTimeRemark;
    QString endTimeRemark;
    QString endLocation; // location.end_location
    std::optional<bool> profitSharing;
    QString goodsTag;
    QString startDeviceId; // device.* (serviceorder mode only)
    QString endDeviceId;
    QString materielNo;

    // The body fields of a --body file. `key` (mode, order number, defaults) comes from the
    // caller; appid/service_id/sub_mchid in the file override it. Type errors go to `report`.
    // Wrong JSON types and unknown fields land in readIssues, which validate() reports.
    static ServiceOrderCompletion fromJson(const QByteArray &json, const OrderKey &key);

    std::optional<Money> expectedTotal() const; // Σ payments − Σ discounts; nullopt: overflow
    ValidationReport validate(const QDateTime &now) const;
    QJsonObject toJson() const;
};

} // namespace psc::payscore
