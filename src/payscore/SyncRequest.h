#pragma once

#include "Money.h"
#include "OrderKey.h"
#include "ValidationReport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace psc::payscore {

// "The customer paid this order another way": type Order_Paid with the time it was paid.
// The oversea mode also needs the collection's seq and paid_amount; the partner mode takes
// them optionally; the domestic merchant modes have no such fields.
struct SyncRequest {
    static inline const QString kOrderPaid = QStringLiteral("Order_Paid");

    OrderKey key;
    QString type = kOrderPaid;
    QString paidTime; // as typed: ISO 8601 with offset, or yyyyMMddHHmmss Beijing time
    std::optional<qint64> seq;
    std::optional<Money> paidAmount;

    ValidationReport validate(const QDateTime &now) const;
    // The body as sent: paid_time normalised for the mode. Only meaningful once validate()
    // found no error.
    QJsonObject toJson() const;
};

} // namespace psc::payscore
