#pragma once

#include "OrderKey.h"
#include "ValidationReport.h"

#include <QJsonObject>
#include <QString>

namespace psc::payscore {

// Cancelling an order that is not completed yet (CREATED, or DOING/USER_CONFIRM), in every
// mode: {appid|sub_mchid, service_id, reason}. The reason is shown to the user.
struct CancelRequest {
    OrderKey key;
    QString reason; // 1–30 characters (limits::kCancelReasonMaxLength: the stricter source)

    ValidationReport validate() const;
    QJsonObject toJson() const;
};

} // namespace psc::payscore
