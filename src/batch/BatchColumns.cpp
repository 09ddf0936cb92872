#include "BatchColumns.h"

#include <QRegularExpression>

namespace psc::batch {

namespace {

// Header spellings beyond the two template headers, normalised (see normalised()).
struct Alias {
    const char16_t *text;
    BatchField field;
};
constexpr Alias kAliases[] = {
    { u"订单号", BatchField::OutOrderNo },
    { u"商户单号", BatchField::OutOrderNo },
    { u"orderno", BatchField::OutOrderNo },
    { u"支付时间", BatchField::PaidTime },
    { u"付款时间", BatchField::PaidTime },
    { u"收款序号", BatchField::Seq },
    { u"cancelreason", BatchField::Reason },
    { u"原因", BatchField::Reason },
    { u"paymentname", BatchField::FeeName },
    { u"paymentamount", BatchField::FeeAmount },
    { u"feedesc", BatchField::FeeDescription },
    { u"discountdesc", BatchField::DiscountDescription },
    { u"金额", BatchField::FeeAmount },
    { u"总金额", BatchField::TotalAmount },
    { u"开始时间", BatchField::StartTime },
    { u"结束时间", BatchField::EndTime },
    { u"结束地点", BatchField::EndLocation },
    { u"公众账号id", BatchField::Appid },
    { u"服务id", BatchField::ServiceId },
    { u"子商户号", BatchField::SubMchid },
};

// "Out Order No", "out_order_no", "out-order-no" and "OUT_ORDER_NO" are the same header;
// a unit suffix such as "（元）" or "(yuan)" is dropped.
QString normalised(const QString &header)
{
    static const QRegularExpression unit(QStringLiteral("[(（](元|yuan|cny|rmb|¥)[)）]$"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = header.trimmed().toLower();
    text.remove(unit);
    text.remove(QRegularExpression(QStringLiteral("[\\s_\\-]")));
    return text;
}

} // namespace

const QList<BatchFieldInfo> &batchFields()
{
    static const QList<BatchFieldInfo> fields = {
        { BatchField::OutOrderNo, QStringLiteral("out_order_no"), QStringLiteral("商户订单号") },
        { BatchField::Mode, QStringLiteral("mode"), QStringLiteral("模式") },
        { BatchField::PaidTime, QStringLiteral("paid_time"), QStringLiteral("收款时间") },
        { BatchField::Seq, QStringLiteral("seq"), QStringLiteral("收款序号") },
        { BatchField::PaidAmount, QStringLiteral("paid_amount"), QStringLiteral("收款金额") },
        { BatchField::Reason, QStringLiteral("reason"), QStringLiteral("取消原因") },
        { BatchField::FeeName, QStringLiteral("fee_name"), QStringLiteral("费用名称") },
        { BatchField::FeeAmount, QStringLiteral("fee_amount"), QStringLiteral("费用金额") },
        { BatchField::FeeDescription, QStringLiteral("fee_description"),
            QStringLiteral("费用说明") },
        { BatchField::DiscountName, QStringLiteral("discount_name"), QStringLiteral("优惠名称") },
        { BatchField::DiscountAmount, QStringLiteral("discount_amount"),
            QStringLiteral("优惠金额") },
        { BatchField::DiscountDescription, QStringLiteral("discount_description"),
            QStringLiteral("优惠说明") },
        { BatchField::TotalAmount, QStringLiteral("total_amount"), QStringLiteral("订单总金额") },
        { BatchField::StartTime, QStringLiteral("start_time"), QStringLiteral("服务开始时间") },
        { BatchField::EndTime, QStringLiteral("end_time"), QStringLiteral("服务结束时间") },
        { BatchField::EndLocation, QStringLiteral("end_location"), QStringLiteral("服务结束地点") },
        { BatchField::Appid, QStringLiteral("appid"), QStringLiteral("应用ID") },
        { BatchField::ServiceId, QStringLiteral("service_id"), QStringLiteral("服务ID") },
        { BatchField::SubMchid, QStringLiteral("sub_mchid"), QStringLiteral("子商户号") },
    };
    return fields;
}

const BatchFieldInfo &fieldInfo(BatchField field)
{
    for (const BatchFieldInfo &info : batchFields()) {
        if (info.field == field)
            return info;
    }
    Q_UNREACHABLE();
}

QList<BatchField> fieldsFor(BatchOperation operation)
{
    using F = BatchField;
    QList<F> fields { F::OutOrderNo, F::Mode };
    switch (operation) {
    case BatchOperation::Sync:
        fields << F::PaidTime << F::Seq << F::PaidAmount;
        break;
    case BatchOperation::Complete:
        fields << F::FeeName << F::FeeAmount << F::FeeDescription << F::DiscountName
               << F::DiscountAmount << F::DiscountDescription << F::TotalAmount << F::StartTime
               << F::EndTime << F::EndLocation;
        break;
    case BatchOperation::Cancel:
        fields << F::Reason;
        break;
    case BatchOperation::Query:
        break;
    }
    fields << F::Appid << F::ServiceId << F::SubMchid;
    return fields;
}

QList<BatchField> requiredFieldsFor(BatchOperation operation)
{
    using F = BatchField;
    switch (operation) {
    case BatchOperation::Sync:
        return { F::OutOrderNo, F::PaidTime };
    case BatchOperation::Complete:
        return { F::OutOrderNo, F::FeeName, F::FeeAmount };
    case BatchOperation::Cancel:
        return { F::OutOrderNo, F::Reason };
    case BatchOperation::Query:
        return { F::OutOrderNo };
    }
    return {};
}

std::optional<BatchField> fieldForHeader(const QString &header)
{
    const QString text = normalised(header);
    if (text.isEmpty())
        return std::nullopt;
    for (const BatchFieldInfo &info : batchFields()) {
        if (text == normalised(info.key) || text == normalised(info.chineseHeader))
            return info.field;
    }
    for (const Alias &alias : kAliases) {
        if (text == QStringView(alias.text))
            return alias.field;
    }
    return std::nullopt;
}

ColumnMapping ColumnMapping::match(const QStringList &header, BatchOperation operation)
{
    ColumnMapping mapping;
    mapping.m_operation = operation;
    mapping.m_columnCount = header.size();
    const QList<BatchField> wanted = fieldsFor(operation);
    for (qsizetype column = 0; column < header.size(); ++column) {
        const auto field = fieldForHeader(header.at(column));
        // The first column wins when two headers name the same field.
        if (field && wanted.contains(*field) && !mapping.m_columns.contains(*field))
            mapping.m_columns.insert(*field, column);
    }
    return mapping;
}

std::optional<qsizetype> ColumnMapping::columnOf(BatchField field) const
{
    const auto it = m_columns.constFind(field);
    if (it == m_columns.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<BatchField> ColumnMapping::fieldOf(qsizetype column) const
{
    for (auto it = m_columns.constBegin(); it != m_columns.constEnd(); ++it) {
        if (it.value() == column)
            return it.key();
    }
    return std::nullopt;
}

void ColumnMapping::setColumn(BatchField field, qsizetype column)
{
    clearColumn(column);
    m_columns.insert(field, column);
}

void ColumnMapping::clearColumn(qsizetype column)
{
    if (const auto field = fieldOf(column))
        m_columns.remove(*field);
}

QList<qsizetype> ColumnMapping::unmappedColumns() const
{
    QList<qsizetype> columns;
    for (qsizetype column = 0; column < m_columnCount; ++column) {
        if (!fieldOf(column))
            columns.append(column);
    }
    return columns;
}

QList<BatchField> ColumnMapping::missingRequired() const
{
    QList<BatchField> missing;
    for (const BatchField field : requiredFieldsFor(m_operation)) {
        if (!m_columns.contains(field))
            missing.append(field);
    }
    return missing;
}

} // namespace psc::batch
