#pragma once

#include "BatchOperation.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace psc::batch {

// The fields a batch row can carry. Each maps to one field of the single request.
enum class BatchField {
    OutOrderNo,
    Mode,
    PaidTime, // sync: detail.paid_time
    Seq, // sync (oversea, partner): detail.seq
    PaidAmount, // sync (oversea, partner): detail.paid_amount, yuan
    Reason, // cancel: reason
    FeeName, // complete: post_payments[0].name / fees[0].fee_name
    FeeAmount, // complete: its amount, yuan
    FeeDescription, // complete: post_payments[0].description / fees[0].fee_desc
    DiscountName, // complete: post_discounts[0].name / discounts[0].discount_name
    DiscountAmount, // complete: its amount, yuan
    DiscountDescription, // complete: post_discounts[0].description / discounts[0].discount_desc
    TotalAmount, // complete: total_amount, yuan (Σ fees − Σ discounts when left empty)
    StartTime, // complete: time_range.start_time / real_service_start_time
    EndTime, // complete: time_range.end_time / real_service_end_time
    EndLocation, // complete: location.end_location / real_service_end_location
    Appid,
    ServiceId,
    SubMchid,
};

struct BatchFieldInfo {
    BatchField field;
    QString key; // the English header: "out_order_no"
    QString chineseHeader; // the Chinese header: "商户订单号"
};

// Every field, in template order.
const QList<BatchFieldInfo> &batchFields();
const BatchFieldInfo &fieldInfo(BatchField field);
// The fields a batch of this operation reads, and which of them must have a column.
QList<BatchField> fieldsFor(BatchOperation operation);
QList<BatchField> requiredFieldsFor(BatchOperation operation);
// A header as an operator writes it ("商户订单号", "Out Order No", "fee_amount（元）") to the
// field it names; nullopt when it names none.
std::optional<BatchField> fieldForHeader(const QString &header);

// Which spreadsheet column feeds which field. match() reads the header row; a header it does
// not know stays unmapped until the operator maps it (setColumn) or leaves it ignored: its
// cells still travel into the results file.
class ColumnMapping {
public:
    static ColumnMapping match(const QStringList &header, BatchOperation operation);

    std::optional<qsizetype> columnOf(BatchField field) const;
    std::optional<BatchField> fieldOf(qsizetype column) const;
    // The mapping step: column → field (replaces any other column mapped to that field).
    void setColumn(BatchField field, qsizetype column);
    void clearColumn(qsizetype column);

    QList<qsizetype> unmappedColumns() const; // headers that named no field of this operation
    QList<BatchField> missingRequired() const; // required fields without a column
    BatchOperation operation() const { return m_operation; }
    qsizetype columnCount() const { return m_columnCount; }

private:
    BatchOperation m_operation = BatchOperation::Query;
    qsizetype m_columnCount = 0;
    QMap<BatchField, qsizetype> m_columns;
};

} // namespace psc::batch
