#include "ServiceOrderCompletion.h"

#include "BusinessTime.h"
#include "FieldRules.h"
#include "Limits.h"
#include "MoneyLimits.h"
#include "TranslationContexts.h"

#include <QJsonArray>

#include <algorithm>

namespace psc::payscore {

namespace {

const QString kPayments = QStringLiteral("/post_payments");
const QString kDiscounts = QStringLiteral("/post_discounts");

QList<PostItem> readItems(JsonFieldReader &reader, const QString &key)
{
    QList<PostItem> items;
    for (JsonFieldReader &row : reader.objectList(key)) {
        PostItem item;
        item.name = row.string(QStringLiteral("name"));
        item.amount = row.money(QStringLiteral("amount"));
        item.description = row.string(QStringLiteral("description"));
        item.count = row.integer(QStringLiteral("count"));
        row.rejectUnknownKeys();
        items.append(item);
    }
    return items;
}

void validateItems(ValidationReport &report, const QString &list, const QList<PostItem> &items,
    int maxRows, bool descriptionRequired)
{
    rules::checkRowCount(report, list, items.size(), maxRows);
    QStringList names;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PostItem &item = items.at(i);
        const QString row = list + u'/' + QString::number(i);
        rules::checkText(
            report, row + QStringLiteral("/name"), item.name, limits::kNameMaxLength, true);
        rules::checkAmount(report, row + QStringLiteral("/amount"), item.amount);
        rules::checkText(report, row + QStringLiteral("/description"), item.description,
            limits::kDescriptionMaxLength, descriptionRequired);
        if (item.count)
            rules::checkCount(report, row + QStringLiteral("/count"), *item.count);
        names.append(item.name);
    }
    rules::checkUniqueNames(report, list, QStringLiteral("name"), names);
}

std::optional<Money> sum(const QList<PostItem> &items)
{
    std::optional<Money> total = Money();
    for (const PostItem &item : items) {
        if (total)
            total = checkedPlus(*total, item.amount.value_or(Money()));
    }
    return total;
}

QJsonArray itemsToJson(const QList<PostItem> &items)
{
    QJsonArray array;
    for (const PostItem &item : items) {
        QJsonObject row { { QStringLiteral("name"), item.name } };
        if (item.amount)
            row.insert(QStringLiteral("amount"), item.amount->fen());
        if (!item.description.isEmpty())
            row.insert(QStringLiteral("description"), item.description);
        if (item.count)
            row.insert(QStringLiteral("count"), *item.count);
        array.append(row);
    }
    return array;
}

QString apiTime(Mode mode, const QString &text)
{
    const std::optional<QDateTime> instant = BusinessTime::parse(text);
    if (!instant)
        return text;
    return isDomestic(mode) ? BusinessTime::toApiTime(*instant) : BusinessTime::toRfc3339(*instant);
}

} // namespace

ServiceOrderCompletion ServiceOrderCompletion::fromJson(const QByteArray &json, const OrderKey &key)
{
    ServiceOrderCompletion completion;
    completion.key = key;
    std::optional<JsonFieldReader> reader
        = JsonFieldReader::fromBytes(json, &completion.readIssues);
    if (!reader)
        return completion;
    completion.key.overrideFrom(*reader);
    completion.postPayments = readItems(*reader, QStringLiteral("post_payments"));
    completion.postDiscounts = readItems(*reader, QStringLiteral("post_discounts"));
    completion.totalAmount = reader->money(QStringLiteral("total_amount"));
    if (auto range = reader->object(QStringLiteral("time_range"))) {
        completion.startTime = range->string(QStringLiteral("start_time"));
        completion.endTime = range->string(QStringLiteral("end_time"));
        completion.startTimeRemark = range->string(QStringLiteral("start_time_remark"));
        completion.endTimeRemark = range->string(QStringLiteral("end_time_remark"));
        range->rejectUnknownKeys();
    }
    if (auto location = reader->object(QStringLiteral("location"))) {
        completion.endLocation = location->string(QStringLiteral("end_location"));
        location->rejectUnknownKeys();
    }
    completion.profitSharing = reader->boolean(QStringLiteral("profit_sharing"));
    completion.goodsTag = reader->string(QStringLiteral("goods_tag"));
    if (key.mode == Mode::ServiceOrder) {
        if (auto device = reader->object(QStringLiteral("device"))) {
            completion.startDeviceId = device->string(QStringLiteral("start_device_id"));
            completion.endDeviceId = device->string(QStringLiteral("end_device_id"));
            completion.materielNo = device->string(QStringLiteral("materiel_no"));
            device->rejectUnknownKeys();
        }
    }
    reader->rejectUnknownKeys();
    return completion;
}

std::optional<Money> ServiceOrderCompletion::expectedTotal() const
{
    const auto payments = sum(postPayments);
    const auto discounts = sum(postDiscounts);
    return payments && discounts ? checkedMinus(*payments, *discounts) : std::nullopt;
}

ValidationReport ServiceOrderCompletion::validate(const QDateTime &now) const
{
    ValidationReport report = readIssues;
    if (key.mode != Mode::ServiceOrder && key.mode != Mode::Partner) {
        report.addError(QStringLiteral("/mode"),
            PayScoreValidation::tr("This completion is for the serviceorder and partner modes."));
    }
    key.validate(report);
    if (postPayments.isEmpty())
        rules::missing(report, kPayments);
    validateItems(report, kPayments, postPayments, limits::kServiceOrderMaxPostPayments, false);
    validateItems(report, kDiscounts, postDiscounts, limits::kServiceOrderMaxPostDiscounts, true);
    const QString totalPointer = QStringLiteral("/total_amount");
    // The total rule only speaks when every row has an amount; a missing one is reported there.
    const auto hasAmount = [](const PostItem &item) { return item.amount.has_value(); };
    const bool rowsComplete = std::all_of(postPayments.cbegin(), postPayments.cend(), hasAmount)
        && std::all_of(postDiscounts.cbegin(), postDiscounts.cend(), hasAmount);
    const QString rule = PayScoreValidation::tr("Σ post_payments.amount − Σ post_discounts.amount");
    const auto expected = expectedTotal();
    if (rules::checkAmount(report, totalPointer, totalAmount) && rowsComplete
        && rules::checkSum(report, totalPointer, expected, rule)) {
        rules::checkTotal(report, totalPointer, *totalAmount, *expected, rule);
    }

    const QString startPointer = QStringLiteral("/time_range/start_time");
    const QString endPointer = QStringLiteral("/time_range/end_time");
    const auto start = rules::checkTime(report, startPointer, startTime, now, false);
    const auto end = rules::checkTime(report, endPointer, endTime, now, false);
    if (start && end)
        rules::checkTimeOrder(report, endPointer, *start, *end);
    rules::checkText(report, QStringLiteral("/time_range/start_time_remark"), startTimeRemark,
        limits::kRemarkMaxLength, false);
    rules::checkText(report, QStringLiteral("/time_range/end_time_remark"), endTimeRemark,
        limits::kRemarkMaxLength, false);
    rules::checkText(report, QStringLiteral("/location/end_location"), endLocation,
        limits::kLocationMaxLength, false);
    rules::checkText(
        report, QStringLiteral("/goods_tag"), goodsTag, limits::kFreeTextMaxLength, false);
    rules::checkText(report, QStringLiteral("/device/start_device_id"), startDeviceId,
        limits::kFreeTextMaxLength, false);
    rules::checkText(report, QStringLiteral("/device/end_device_id"), endDeviceId,
        limits::kFreeTextMaxLength, false);
    rules::checkText(report, QStringLiteral("/device/materiel_no"), materielNo,
        limits::kFreeTextMaxLength, false);
    return report;
}

QJsonObject ServiceOrderCompletion::toJson() const
{
    QJsonObject body;
    key.writeIds(body);
    body.insert(QStringLiteral("post_payments"), itemsToJson(postPayments));
    if (!postDiscounts.isEmpty())
        body.insert(QStringLiteral("post_discounts"), itemsToJson(postDiscounts));
    if (totalAmount)
        body.insert(QStringLiteral("total_amount"), totalAmount->fen());
    QJsonObject range;
    if (!startTime.isEmpty())
        range.insert(QStringLiteral("start_time"), apiTime(key.mode, startTime));
    if (!endTime.isEmpty())
        range.insert(QStringLiteral("end_time"), apiTime(key.mode, endTime));
    if (!startTimeRemark.isEmpty())
        range.insert(QStringLiteral("start_time_remark"), startTimeRemark);
    if (!endTimeRemark.isEmpty())
        range.insert(QStringLiteral("end_time_remark"), endTimeRemark);
    if (!range.isEmpty())
        body.insert(QStringLiteral("time_range"), range);
    if (!endLocation.isEmpty())
        body.insert(QStringLiteral("location"),
            QJsonObject { { QStringLiteral("end_location"), endLocation } });
    if (profitSharing)
        body.insert(QStringLiteral("profit_sharing"), *profitSharing);
    if (!goodsTag.isEmpty())
        body.insert(QStringLiteral("goods_tag"), goodsTag);
    QJsonObject device;
    if (!startDeviceId.isEmpty())
        device.insert(QStringLiteral("start_device_id"), startDeviceId);
    if (!endDeviceId.isEmpty())
        device.insert(QStringLiteral("end_device_id"), endDeviceId);
    if (!materielNo.isEmpty())
        device.insert(QStringLiteral("materiel_no"), materielNo);
    if (!device.isEmpty())
        body.insert(QStringLiteral("device"), device);
    return body;
}

} // namespace psc::payscore
