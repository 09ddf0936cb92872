#pragma once

#include "OrderKey.h"
#include "ValidationReport.h"

#include <QJsonObject>

namespace psc::payscore {

// 催收扣款 (`/pay`): asks WeChat Pay to charge the user again for a completed order whose
// collection is still USER_PAYING. Serviceorder and partner modes; the body is the ids only.
struct CollectRequest {
    OrderKey key;

    ValidationReport validate() const;
    QJsonObject toJson() const;
};

} // namespace psc::payscore
