#pragma once

#include "OrderKey.h"
#include "ValidationReport.h"

#include <QList>
#include <QPair>
#include <QString>

namespace psc::payscore {

// Looking an order up, by the merchant's order number or (service order families) by the
// query_id WeChat Pay hands back after a redirect. Exactly one of the two is given.
struct OrderQuery {
    OrderKey key; // key.outOrderNo may be empty when queryId is set
    QString queryId;

    ValidationReport validate() const;
    // Query items in the order they are sent (values still raw; apiv3 encodes them).
    QList<QPair<QString, QString>> queryItems() const;
};

} // namespace psc::payscore
