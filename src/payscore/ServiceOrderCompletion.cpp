#include "ServiceOrderCompletion.h"

#include "BusinessTime.h"
#include "FieldRules.h"
#include "Limits.h"
#include "TranslationContexts.h"

namespace psc::payscore {

namespace {

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
    completion.postPayments = postitems::read(*reader, QStringLiteral("post_payments"));
    completion.postDiscounts = postitems::read(*reader, QStringLiteral("post_discounts"));
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
    return postitems::checkedTotal(postPayments, postDiscounts);
}

ValidationReport ServiceOrderCompletion::validate(const QDateTime &now) const
{
    ValidationReport report = readIssues;
    if (key.mode != Mode::ServiceOrder && key.mode != Mode::Partner) {
        report.addError(QStringLiteral("/mode"),
            PayScoreValidation::tr("This completion is for the serviceorder and partner modes."));
    }
    key.validate(report);
    postitems::validateLines(report, postPayments, postDiscounts, totalAmount);

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
    body.insert(QStringLiteral("post_payments"), postitems::toJson(postPayments));
    if (!postDiscounts.isEmpty())
        body.insert(QStringLiteral("post_discounts"), postitems::toJson(postDiscounts));
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
