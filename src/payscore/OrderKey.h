#pragma once

#include "Mode.h"
#include "OrderDefaults.h"
#include "ValidationReport.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace psc::payscore {

class JsonFieldReader;

// Which order a request is about: the mode, the merchant's order number and the merchant ids.
// Domestic merchant modes identify by appid + service_id, the oversea and partner modes by
// service_id + sub_mchid (payscore-api.md §5).
struct OrderKey {
    Mode mode = Mode::ServiceOrder;
    QString outOrderNo;
    QString appid;
    QString serviceId;
    QString subMchid;

    // Empty ids take the profile's values.
    void applyDefaults(const OrderDefaults &defaults);
    // The ids this mode sends; out_order_no only when `withOrderNo`.
    void validate(ValidationReport &report, bool withOrderNo = true) const;
    // Adds the mode's ids to a request body.
    void writeIds(QJsonObject &body) const;
    // appid / service_id / sub_mchid given in a body file win over the defaults. Only the ids
    // this mode sends are read; any other is left for the reader to report as unknown.
    void overrideFrom(JsonFieldReader &reader);
    // The mode's ids as query items, in the documented order.
    QList<QPair<QString, QString>> idQueryItems() const;
};

} // namespace psc::payscore
