#include "BatchTemplate.h"

#include "BatchColumns.h"
#include "BatchExport.h"

namespace psc::batch {

namespace {

// The example row's cell for a field; empty for optional fields the example leaves out.
QString example(BatchOperation operation, BatchField field)
{
    switch (field) {
    case BatchField::OutOrderNo:
        switch (operation) {
        case BatchOperation::Sync:
            return QStringLiteral("DEMO-STAY-COLLECTING-001");
        case BatchOperation::Complete:
        case BatchOperation::Cancel:
            return QStringLiteral("DEMO-RENT-CONFIRMED-001");
        case BatchOperation::Query:
            return QStringLiteral("DEMO-RETAIL-DONE-001");
        }
        break;
    case BatchField::Mode:
        return QStringLiteral("serviceorder");
    case BatchField::PaidTime:
    case BatchField::EndTime:
        return QStringLiteral("2026-11-28 10:00:00");
    case BatchField::StartTime:
        return QStringLiteral("2026-11-28 08:00:00");
    case BatchField::Reason:
        return QStringLiteral("顾客未使用服务");
    case BatchField::FeeName:
        return QStringLiteral("租借费");
    case BatchField::FeeAmount:
        return QStringLiteral("12.34");
    case BatchField::DiscountName:
        return QStringLiteral("新客优惠");
    case BatchField::DiscountAmount:
        return QStringLiteral("1.00");
    case BatchField::DiscountDescription:
        return QStringLiteral("首次租借立减1元");
    case BatchField::TotalAmount:
        return QStringLiteral("11.34");
    default:
        break;
    }
    return {};
}

} // namespace

QByteArray BatchTemplate::csv(BatchOperation operation, const QString &language)
{
    const bool chinese = language.startsWith(QLatin1String("zh"));
    QStringList header;
    QStringList row;
    for (const BatchField field : fieldsFor(operation)) {
        // The merchant ids come from the profile; the template leaves those columns out.
        if (field == BatchField::Appid || field == BatchField::ServiceId
            || field == BatchField::SubMchid || field == BatchField::Seq
            || field == BatchField::PaidAmount)
            continue;
        const BatchFieldInfo &info = fieldInfo(field);
        header.append(chinese ? info.chineseHeader : info.key);
        row.append(BatchExport::csvField(example(operation, field)));
    }
    return QByteArray("\xEF\xBB\xBF") + header.join(u',').toUtf8() + "\r\n"
        + row.join(u',').toUtf8() + "\r\n";
}

} // namespace psc::batch
