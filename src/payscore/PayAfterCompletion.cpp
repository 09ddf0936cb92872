#include "PayAfterCompletion.h"

#include "BusinessTime.h"
#include "FieldRules.h"
#include "JsonFieldReader.h"
#include "Limits.h"
#include "MoneyLimits.h"
#include "TranslationContexts.h"

#include <QJsonArray>

#include <algorithm>

namespace psc::payscore {

namespace {
const QString kFees = QStringLiteral("/fees");
const QString kDiscounts = QStringLiteral("/discounts");
const QString kTotal = QStringLiteral("/total_amount");
const QString kFinishType = QStringLiteral("/finish_type");
const QString kCancelReason = QStringLiteral("/cancel_reason");
} // namespace

PayAfterCompletion PayAfterCompletion::fromJson(const QByteArray &json, const OrderKey &key)
{
    PayAfterCompletion completion;
    completion.key = key;
    std::optional<JsonFieldReader> reader
        = JsonFieldReader::fromBytes(json, &completion.readIssues);
    if (!reader)
        return completion;
    completion.key.overrideFrom(*reader);
    completion.finishType = reader->integer(QStringLiteral("finish_type"));
    completion.cancelReason = reader->string(QStringLiteral("cancel_reason"));
    completion.realServiceStartTime = reader->string(QStringLiteral("real_service_start_time"));
    completion.realServiceEndTime = reader->string(QStringLiteral("real_service_end_time"));
    completion.realServiceEndLocation = reader->string(QStringLiteral("real_service_end_location"));
    for (JsonFieldReader &row : reader->objectList(QStringLiteral("fees"))) {
        PayAfterFee fee;
        fee.name = row.string(QStringLiteral("fee_name"));
        fee.count = row.integer(QStringLiteral("fee_count"));
        fee.amount = row.money(QStringLiteral("fee_amount"));
        fee.description = row.string(QStringLiteral("fee_desc"));
        row.rejectUnknownKeys();
        completion.fees.append(fee);
    }
    for (JsonFieldReader &row : reader->objectList(QStringLiteral("discounts"))) {
        PayAfterDiscount discount;
        discount.name = row.string(QStringLiteral("discount_name"));
        discount.amount = row.money(QStringLiteral("discount_amount"));
        discount.description = row.string(QStringLiteral("discount_desc"));
        row.rejectUnknownKeys();
        completion.discounts.append(discount);
    }
    completion.totalAmount = reader->money(QStringLiteral("total_amount"));
    completion.finishTicket = reader->string(QStringLiteral("finish_ticket"));
    completion.profitSharing = reader->boolean(QStringLiteral("profit_sharing"));
    reader->rejectUnknownKeys();
    return completion;
}

std::optional<Money> PayAfterCompletion::expectedTotal() const
{
    std::optional<Money> total = Money();
    for (const PayAfterFee &fee : fees) {
        if (total)
            total = checkedPlus(*total, fee.amount.value_or(Money()));
    }
    for (const PayAfterDiscount &discount : discounts) {
        if (total)
            total = checkedMinus(*total, discount.amount.value_or(Money()));
    }
    return total;
}

ValidationReport PayAfterCompletion::validate(const QDateTime &now) const
{
    ValidationReport report = readIssues;
    if (key.mode != Mode::PayAfter) {
        report.addError(QStringLiteral("/mode"),
            PayScoreValidation::tr("This completion is for the payafter mode."));
    }
    key.validate(report);

    rules::checkRowCount(report, kFees, fees.size(), limits::kPayAfterMaxFees);
    QStringList feeNames;
    for (qsizetype i = 0; i < fees.size(); ++i) {
        const PayAfterFee &fee = fees.at(i);
        const QString row = kFees + u'/' + QString::number(i);
        rules::checkText(
            report, row + QStringLiteral("/fee_name"), fee.name, limits::kNameMaxLength, true);
        if (fee.count)
            rules::checkCount(report, row + QStringLiteral("/fee_count"), *fee.count);
        rules::checkAmount(report, row + QStringLiteral("/fee_amount"), fee.amount);
        rules::checkText(report, row + QStringLiteral("/fee_desc"), fee.description,
            limits::kDescriptionMaxLength, false);
        feeNames.append(fee.name);
    }
    rules::checkUniqueNames(report, kFees, QStringLiteral("fee_name"), feeNames);

    rules::checkRowCount(report, kDiscounts, discounts.size(), limits::kPayAfterMaxDiscounts);
    QStringList discountNames;
    for (qsizetype i = 0; i < discounts.size(); ++i) {
        const PayAfterDiscount &discount = discounts.at(i);
        const QString row = kDiscounts + u'/' + QString::number(i);
        rules::checkText(report, row + QStringLiteral("/discount_name"), discount.name,
            limits::kNameMaxLength, true);
        rules::checkAmount(report, row + QStringLiteral("/discount_amount"), discount.amount);
        rules::checkText(report, row + QStringLiteral("/discount_desc"), discount.description,
            limits::kDescriptionMaxLength, false);
        discountNames.append(discount.name);
    }
    rules::checkUniqueNames(report, kDiscounts, QStringLiteral("discount_name"), discountNames);

    rules::checkText(report, kCancelReason, cancelReason, limits::kReasonMaxLength, false);
    const bool totalPresent = rules::checkAmount(report, kTotal, totalAmount);
    if (!finishType) {
        rules::missing(report, kFinishType);
    } else if (*finishType == kFinishCancelled) {
        if (cancelReason.isEmpty()) {
            report.addError(kCancelReason,
                PayScoreValidation::tr("cancel_reason is required when finish_type is 1 (the "
                                       "service was not used)."));
        }
        if (!fees.isEmpty() || !discounts.isEmpty()) {
            report.addError(kFees,
                PayScoreValidation::tr("finish_type 1 (the service was not used) takes no fees "
                                       "or discounts."));
        }
        if (totalPresent && totalAmount->fen() != 0) {
            report.addError(kTotal,
                PayScoreValidation::tr("total_amount must be 0 when finish_type is 1 (the "
                                       "service was not used)."));
        }
    } else if (*finishType == kFinishServiceUsed) {
        if (fees.isEmpty()) {
            report.addError(kFees,
                PayScoreValidation::tr("finish_type 2 (the service was used) needs at least one "
                                       "fee."));
        }
        if (!cancelReason.isEmpty()) {
            report.addError(kCancelReason,
                PayScoreValidation::tr("cancel_reason is only for finish_type 1 (the service was "
                                       "not used)."));
        }
        const bool rowsComplete = std::all_of(fees.cbegin(), fees.cend(),
                                      [](const PayAfterFee &fee) { return fee.amount.has_value(); })
            && std::all_of(discounts.cbegin(), discounts.cend(),
                [](const PayAfterDiscount &discount) { return discount.amount.has_value(); });
        const QString rule
            = PayScoreValidation::tr("Σ fees.fee_amount − Σ discounts.discount_amount");
        const auto expected = expectedTotal();
        if (totalPresent && rowsComplete && rules::checkSum(report, kTotal, expected, rule))
            rules::checkTotal(report, kTotal, *totalAmount, *expected, rule);
    } else {
        report.addError(kFinishType,
            PayScoreValidation::tr("finish_type must be 2 (the service was used) or 1 (the "
                                   "service was not used); it is %1.")
                .arg(*finishType));
    }

    const QString startPointer = QStringLiteral("/real_service_start_time");
    const QString endPointer = QStringLiteral("/real_service_end_time");
    const auto start = rules::checkTime(report, startPointer, realServiceStartTime, now, false);
    const auto end = rules::checkTime(report, endPointer, realServiceEndTime, now, false);
    if (start && end)
        rules::checkTimeOrder(report, endPointer, *start, *end);
    rules::checkText(report, QStringLiteral("/real_service_end_location"), realServiceEndLocation,
        limits::kLocationMaxLength, false);
    rules::checkText(report, QStringLiteral("/finish_ticket"), finishTicket, 1024, false);
    return report;
}

QJsonObject PayAfterCompletion::toJson() const
{
    QJsonObject body;
    key.writeIds(body);
    if (finishType)
        body.insert(QStringLiteral("finish_type"), *finishType);
    if (!cancelReason.isEmpty())
        body.insert(QStringLiteral("cancel_reason"), cancelReason);
    const auto putTime = [&](const QString &name, const QString &text) {
        if (const auto instant = BusinessTime::parse(text))
            body.insert(name, BusinessTime::toApiTime(*instant));
    };
    putTime(QStringLiteral("real_service_start_time"), realServiceStartTime);
    putTime(QStringLiteral("real_service_end_time"), realServiceEndTime);
    if (!realServiceEndLocation.isEmpty())
        body.insert(QStringLiteral("real_service_end_location"), realServiceEndLocation);
    if (!fees.isEmpty()) {
        QJsonArray array;
        for (const PayAfterFee &fee : fees) {
            QJsonObject row { { QStringLiteral("fee_name"), fee.name } };
            if (fee.count)
                row.insert(QStringLiteral("fee_count"), *fee.count);
            if (fee.amount)
                row.insert(QStringLiteral("fee_amount"), fee.amount->fen());
            if (!fee.description.isEmpty())
                row.insert(QStringLiteral("fee_desc"), fee.description);
            array.append(row);
        }
        body.insert(QStringLiteral("fees"), array);
    }
    if (!discounts.isEmpty()) {
        QJsonArray array;
        for (const PayAfterDiscount &discount : discounts) {
            QJsonObject row { { QStringLiteral("discount_name"), discount.name } };
            if (discount.amount)
                row.insert(QStringLiteral("discount_amount"), discount.amount->fen());
            if (!discount.description.isEmpty())
                row.insert(QStringLiteral("discount_desc"), discount.description);
            array.append(row);
        }
        body.insert(QStringLiteral("discounts"), array);
    }
    if (totalAmount)
        body.insert(QStringLiteral("total_amount"), totalAmount->fen());
    if (!finishTicket.isEmpty())
        body.insert(QStringLiteral("finish_ticket"), finishTicket);
    if (profitSharing)
        body.insert(QStringLiteral("profit_sharing"), *profitSharing);
    return body;
}

} // namespace psc::payscore
