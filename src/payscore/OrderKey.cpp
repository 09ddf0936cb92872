#include "OrderKey.h"

#include "FieldRules.h"
#include "JsonFieldReader.h"

namespace psc::payscore {

void OrderKey::applyDefaults(const OrderDefaults &defaults)
{
    if (appid.isEmpty())
        appid = defaults.appid;
    if (serviceId.isEmpty())
        serviceId = defaults.serviceId;
    if (subMchid.isEmpty())
        subMchid = defaults.subMchid;
}

void OrderKey::validate(ValidationReport &report, bool withOrderNo) const
{
    if (withOrderNo)
        rules::checkOutOrderNo(report, QStringLiteral("/out_order_no"), outOrderNo);
    if (!usesSubMerchant(mode))
        rules::checkIdentifier(report, QStringLiteral("/appid"), appid);
    rules::checkIdentifier(report, QStringLiteral("/service_id"), serviceId);
    if (usesSubMerchant(mode))
        rules::checkIdentifier(report, QStringLiteral("/sub_mchid"), subMchid);
}

void OrderKey::writeIds(QJsonObject &body) const
{
    if (!usesSubMerchant(mode))
        body.insert(QStringLiteral("appid"), appid);
    body.insert(QStringLiteral("service_id"), serviceId);
    if (usesSubMerchant(mode))
        body.insert(QStringLiteral("sub_mchid"), subMchid);
}

void OrderKey::overrideFrom(JsonFieldReader &reader)
{
    const auto take = [&reader](const QString &name, QString &target) {
        const QString value = reader.string(name);
        if (!value.isEmpty())
            target = value;
    };
    if (!usesSubMerchant(mode))
        take(QStringLiteral("appid"), appid);
    take(QStringLiteral("service_id"), serviceId);
    if (usesSubMerchant(mode))
        take(QStringLiteral("sub_mchid"), subMchid);
}

QList<QPair<QString, QString>> OrderKey::idQueryItems() const
{
    QList<QPair<QString, QString>> items;
    items.append({ QStringLiteral("service_id"), serviceId });
    if (usesSubMerchant(mode))
        items.append({ QStringLiteral("sub_mchid"), subMchid });
    else
        items.append({ QStringLiteral("appid"), appid });
    return items;
}

} // namespace psc::payscore
