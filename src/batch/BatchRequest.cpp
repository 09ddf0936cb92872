#include "BatchRequest.h"

#include "BatchText.h"
#include "SpreadsheetTime.h"

#include <payscore/FieldRules.h>
#include <payscore/OperationRunner.h>

namespace psc::batch {

using payscore::Mode;
using payscore::Money;

namespace {

// Reads the cells of one row by field, noting what cannot be read.
class RowReader {
public:
    RowReader(const QStringList &cells, const ColumnMapping &mapping, const QTimeZone &zone,
        payscore::ValidationReport &issues)
        : m_cells(cells)
        , m_mapping(mapping)
        , m_zone(zone)
        , m_issues(issues)
    {
    }

    QString text(BatchField field) const
    {
        const auto column = m_mapping.columnOf(field);
        return column && *column < m_cells.size() ? m_cells.at(*column).trimmed() : QString();
    }

    std::optional<Money> yuan(BatchField field, const QString &pointer)
    {
        const QString cell = text(field);
        if (cell.isEmpty())
            return std::nullopt;
        const auto money = Money::parseYuan(cell);
        if (!money) {
            m_issues.addError(pointer,
                PayScoreBatch::tr("%1: \"%2\" is not an amount in yuan (write it like 12.34).")
                    .arg(payscore::rules::displayName(pointer), cell));
        }
        return money;
    }

    std::optional<qint64> integer(BatchField field, const QString &pointer)
    {
        const QString cell = text(field);
        if (cell.isEmpty())
            return std::nullopt;
        bool ok = false;
        const qint64 value = cell.toLongLong(&ok);
        if (!ok) {
            m_issues.addError(pointer,
                PayScoreBatch::tr("%1: \"%2\" is not a whole number.")
                    .arg(payscore::rules::displayName(pointer), cell));
            return std::nullopt;
        }
        return value;
    }

    QString time(BatchField field)
    {
        const SpreadsheetTime time = SpreadsheetTime::normalise(text(field), m_zone);
        m_usedLocalTime = m_usedLocalTime || time.readAsLocal;
        return time.text;
    }
    bool usedLocalTime() const { return m_usedLocalTime; }

private:
    const QStringList &m_cells;
    const ColumnMapping &m_mapping;
    const QTimeZone &m_zone;
    payscore::ValidationReport &m_issues;
    bool m_usedLocalTime = false;
};

payscore::OrderKey keyFrom(const RowReader &reader, Mode mode, const QString &outOrderNo,
    const payscore::OrderDefaults &defaults)
{
    payscore::OrderKey key;
    key.mode = mode;
    key.outOrderNo = outOrderNo;
    key.appid = reader.text(BatchField::Appid);
    key.serviceId = reader.text(BatchField::ServiceId);
    key.subMchid = reader.text(BatchField::SubMchid);
    key.applyDefaults(defaults);
    return key;
}

BatchRequest::Model completion(RowReader &reader, const payscore::OrderKey &key)
{
    const QString feeName = reader.text(BatchField::FeeName);
    const QString feeDescription = reader.text(BatchField::FeeDescription);
    const QString discountName = reader.text(BatchField::DiscountName);
    const QString discountDescription = reader.text(BatchField::DiscountDescription);
    if (key.mode == Mode::PayAfter) {
        payscore::PayAfterCompletion completion;
        completion.key = key;
        completion.finishType = payscore::PayAfterCompletion::kFinishServiceUsed;
        completion.fees.append(
            { feeName, {}, reader.yuan(BatchField::FeeAmount, QStringLiteral("/fees/0/fee_amount")),
                feeDescription });
        const auto discount = reader.yuan(
            BatchField::DiscountAmount, QStringLiteral("/discounts/0/discount_amount"));
        if (!discountName.isEmpty() || discount)
            completion.discounts.append({ discountName, discount, discountDescription });
        completion.totalAmount
            = reader.yuan(BatchField::TotalAmount, QStringLiteral("/total_amount"));
        completion.realServiceStartTime = reader.time(BatchField::StartTime);
        completion.realServiceEndTime = reader.time(BatchField::EndTime);
        completion.realServiceEndLocation = reader.text(BatchField::EndLocation);
        if (!completion.totalAmount)
            completion.totalAmount = completion.expectedTotal();
        return completion;
    }
    payscore::ServiceOrderCompletion completion;
    completion.key = key;
    completion.postPayments.append(
        { feeName, reader.yuan(BatchField::FeeAmount, QStringLiteral("/post_payments/0/amount")),
            feeDescription, {} });
    const auto discount
        = reader.yuan(BatchField::DiscountAmount, QStringLiteral("/post_discounts/0/amount"));
    if (!discountName.isEmpty() || discount)
        completion.postDiscounts.append({ discountName, discount, discountDescription, {} });
    completion.totalAmount = reader.yuan(BatchField::TotalAmount, QStringLiteral("/total_amount"));
    completion.startTime = reader.time(BatchField::StartTime);
    completion.endTime = reader.time(BatchField::EndTime);
    completion.endLocation = reader.text(BatchField::EndLocation);
    if (!completion.totalAmount)
        completion.totalAmount = completion.expectedTotal();
    return completion;
}

} // namespace

BatchRequest BatchRequest::fromRow(BatchOperation operation, const QStringList &cells,
    const ColumnMapping &mapping, const payscore::OrderDefaults &defaults, const QTimeZone &zone,
    const ModeFinding *found)
{
    BatchRequest request;
    request.operation = operation;
    RowReader reader(cells, mapping, zone, request.readIssues);
    request.outOrderNo = reader.text(BatchField::OutOrderNo);

    if (mapping.columnOf(BatchField::Mode))
        request.readMode(reader.text(BatchField::Mode));
    else
        request.adoptFinding(found);
    const Mode mode = request.mode.value_or(Mode::ServiceOrder);
    const payscore::OrderKey key = keyFrom(reader, mode, request.outOrderNo, defaults);

    switch (operation) {
    case BatchOperation::Sync: {
        payscore::SyncRequest sync;
        sync.key = key;
        sync.paidTime = reader.time(BatchField::PaidTime);
        sync.seq = reader.integer(BatchField::Seq, QStringLiteral("/detail/seq"));
        sync.paidAmount
            = reader.yuan(BatchField::PaidAmount, QStringLiteral("/detail/paid_amount"));
        request.model = sync;
        break;
    }
    case BatchOperation::Complete:
        if (request.mode && !payscore::supports(mode, payscore::Operation::Complete)) {
            request.readIssues.addError(QStringLiteral("/mode"),
                PayScoreBatch::tr("The %1 mode has no complete operation.")
                    .arg(payscore::modeName(mode)));
        }
        request.model = completion(reader, key);
        break;
    case BatchOperation::Cancel: {
        payscore::CancelRequest cancel;
        cancel.key = key;
        cancel.reason = reader.text(BatchField::Reason);
        request.reason = cancel.reason;
        request.model = cancel;
        break;
    }
    case BatchOperation::Query: {
        payscore::OrderQuery query;
        query.key = key;
        request.model = query;
        break;
    }
    }
    request.usedLocalTime = reader.usedLocalTime();
    return request;
}

void BatchRequest::readMode(const QString &modeText)
{
    mode = modeFromSpreadsheet(modeText);
    if (modeText.isEmpty()) {
        readIssues.addError(QStringLiteral("/mode"),
            PayScoreBatch::tr("mode is required: serviceorder, payafter, oversea or partner "
                              "(服务订单, 先享后付, 机构模式, 服务商)."));
    } else if (!mode) {
        readIssues.addError(QStringLiteral("/mode"),
            PayScoreBatch::tr("mode \"%1\" is unknown: use serviceorder, payafter, oversea or "
                              "partner (服务订单, 先享后付, 机构模式, 服务商).")
                .arg(modeText));
    }
}

void BatchRequest::adoptFinding(const ModeFinding *found)
{
    if (outOrderNo.isEmpty())
        return; // the order number's own rule names the problem
    const QString pointer = QStringLiteral("/mode");
    if (!found) {
        readIssues.addError(pointer,
            PayScoreBatch::tr("The file has no mode column and order %1 has not been looked up "
                              "yet.")
                .arg(outOrderNo));
        return;
    }
    switch (found->kind) {
    case ModeFinding::Kind::Found:
        mode = found->mode;
        modeFound = true;
        return;
    case ModeFinding::Kind::NotFound:
        readIssues.addError(pointer,
            PayScoreBatch::tr("Order %1 was found in no mode (searched %2): check the number, or "
                              "write the mode in a mode column.")
                .arg(outOrderNo, found->detail));
        return;
    case ModeFinding::Kind::Ambiguous:
        readIssues.addError(pointer,
            PayScoreBatch::tr("Order %1 exists in more than one mode (%2): write the mode in a "
                              "mode column for this row.")
                .arg(outOrderNo, found->detail));
        return;
    case ModeFinding::Kind::Failed:
        readIssues.addError(pointer,
            PayScoreBatch::tr("Order %1 could not be looked up: %2")
                .arg(outOrderNo, found->detail));
        return;
    }
}

payscore::ValidationReport BatchRequest::validate(const QDateTime &now) const
{
    payscore::ValidationReport report = readIssues;
    std::visit(
        [&](const auto &model) {
            using T = std::decay_t<decltype(model)>;
            if constexpr (requires { model.validate(now); })
                report.merge(model.validate(now));
            else if constexpr (!std::is_same_v<T, std::monostate>)
                report.merge(model.validate()); // OrderQuery, CancelRequest: no time rules
        },
        model);
    return report;
}

std::optional<qint64> BatchRequest::amountFen() const
{
    if (const auto *sync = std::get_if<payscore::SyncRequest>(&model))
        return sync->paidAmount ? std::optional(sync->paidAmount->fen()) : std::nullopt;
    if (const auto *service = std::get_if<payscore::ServiceOrderCompletion>(&model))
        return service->totalAmount ? std::optional(service->totalAmount->fen()) : std::nullopt;
    if (const auto *payAfter = std::get_if<payscore::PayAfterCompletion>(&model))
        return payAfter->totalAmount ? std::optional(payAfter->totalAmount->fen()) : std::nullopt;
    return std::nullopt;
}

payscore::PendingOperation *BatchRequest::start(payscore::OperationRunner &runner) const
{
    switch (operation) {
    case BatchOperation::Sync:
        return runner.sync(std::get<payscore::SyncRequest>(model));
    case BatchOperation::Complete:
        if (const auto *payAfter = std::get_if<payscore::PayAfterCompletion>(&model))
            return runner.complete(*payAfter);
        return runner.complete(std::get<payscore::ServiceOrderCompletion>(model));
    case BatchOperation::Query:
        return runner.query(std::get<payscore::OrderQuery>(model));
    case BatchOperation::Cancel:
        return runner.cancel(std::get<payscore::CancelRequest>(model));
    }
    return nullptr;
}

payscore::OrderQuery BatchRequest::orderQuery() const
{
    payscore::OrderQuery query;
    std::visit(
        [&](const auto &m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (!std::is_same_v<T, std::monostate>)
                query.key = m.key;
        },
        model);
    return query;
}

} // namespace psc::batch
