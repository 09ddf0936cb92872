#include "OrderService.h"

#include "FaultPlan.h"
#include "FieldChecker.h"
#include "OrderBook.h"
#include "SandboxIdentity.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace psc::sandbox {

namespace {

constexpr qint64 kMaxFen = 10'000'000'000'000; // 10^13 fen: far beyond any real order

// Names of one list's fields: post_payments {name, amount, description, count} or pay-after
// fees {fee_name, fee_amount, fee_desc, fee_count}.
struct ItemFields {
    QString name, amount, description, count;
    bool descriptionRequired = false;
};

// Checks a list of priced items and returns the sum of its amounts.
qint64 checkItems(FieldChecker &checker, const QJsonObject &body, const QString &key,
    const ItemFields &fields, int minItems, int maxItems, bool required)
{
    const auto items = checker.array(body, QString(), key, minItems, maxItems, required);
    if (!items)
        return 0;
    qint64 sum = 0;
    QSet<QString> names;
    for (qsizetype i = 0; i < items->size() && checker.ok(); ++i) {
        const QJsonObject item = items->at(i).toObject();
        const QString base = QStringLiteral("/%1/%2").arg(key).arg(i);
        const QString name = checker.string(item, base, fields.name, 1, 20, true);
        if (checker.ok() && names.contains(name))
            checker.fail(base + QLatin1Char('/') + fields.name, name,
                QStringLiteral("同一列表中的名称不能重复"));
        names.insert(name);
        sum += checker.integer(item, base, fields.amount, 0, kMaxFen, true).value_or(0);
        checker.string(item, base, fields.description, fields.descriptionRequired ? 1 : 0, 30,
            fields.descriptionRequired);
        if (!fields.count.isEmpty())
            checker.integer(item, base, fields.count, 1, 100, false);
    }
    return sum;
}

void checkTotal(FieldChecker &checker, const QJsonObject &body, qint64 expected)
{
    const auto total
        = checker.integer(body, QString(), QStringLiteral("total_amount"), 0, kMaxFen, true);
    if (checker.ok() && total && *total != expected)
        checker.fail(QStringLiteral("/total_amount"), *total,
            QStringLiteral(
                "最终总金额计算非法：total_amount应等于付费项目金额之和减去优惠金额之和（%1）")
                .arg(expected));
}

void checkTimeOrder(FieldChecker &checker, const std::optional<QDateTime> &start,
    const std::optional<QDateTime> &end, const QString &endPointer, const QString &endText)
{
    if (checker.ok() && start && end && *end < *start)
        checker.fail(endPointer, endText, QStringLiteral("服务结束时间不能早于开始时间"));
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The state machine's refusals shared by every write: finished, cancelled, expired.
std::optional<ApiError> refuseFinalStates(const Order &order)
{
    const QString state = order.state();
    if (state == QLatin1String("DONE"))
        return ApiError::orderDone();
    if (state == QLatin1String("REVOKED"))
        return ApiError::orderCanceled();
    if (state == QLatin1String("EXPIRED"))
        return ApiError::invalidOrderState(QStringLiteral("订单已过期，不能操作"));
    return std::nullopt;
}

bool isConfirmed(const Order &order)
{
    return order.state() == QLatin1String("DOING")
        && order.stateDescription() == QLatin1String("USER_CONFIRM");
}

} // namespace

bool OrderService::isValidOutOrderNo(const QString &outOrderNo)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z_\\-|*]{1,32}$"));
    return pattern.match(outOrderNo).hasMatch();
}

QString OrderService::deductionInProgressMessage()
{
    return QStringLiteral("正在扣款中，请3分钟后重试（271316754）");
}

OrderService::Parties OrderService::readParties(
    FieldChecker &checker, const QJsonObject &fields, OrderMode mode)
{
    Parties parties;
    // Partner (服务商) requests may carry the partner's appid; the sub-merchant is what counts.
    if (mode != OrderMode::Oversea)
        parties.appid = checker.string(
            fields, {}, QStringLiteral("appid"), 1, 32, mode != OrderMode::Partner);
    parties.serviceId = checker.string(fields, {}, QStringLiteral("service_id"), 1, 32, true);
    if (mode == OrderMode::Oversea || mode == OrderMode::Partner)
        parties.subMchid = checker.string(fields, {}, QStringLiteral("sub_mchid"), 1, 32, true);
    return parties;
}

std::optional<ApiError> OrderService::checkParties(OrderMode mode, const Parties &parties) const
{
    const bool appidOptional = mode == OrderMode::Partner && parties.appid.isEmpty();
    if (mode != OrderMode::Oversea && !appidOptional && parties.appid != m_identity.appid)
        return ApiError::noAuth(
            QStringLiteral("appid %1 与商户号 %2 未绑定").arg(parties.appid, m_identity.mchid));
    if (parties.serviceId != m_identity.serviceId)
        return ApiError::noAuth(
            QStringLiteral("商户号 %1 无权使用服务ID %2").arg(m_identity.mchid, parties.serviceId));
    if ((mode == OrderMode::Oversea || mode == OrderMode::Partner)
        && parties.subMchid != m_identity.subMchid)
        return ApiError::noAuth(QStringLiteral("子商户号 %1 与服务商 %2 不存在受理关系")
                                    .arg(parties.subMchid, m_identity.mchid));
    return std::nullopt;
}

Order *OrderService::admit(const FieldChecker &checker, OrderMode mode, const Parties &parties,
    const QString &outOrderNo, std::optional<ApiError> *error)
{
    // The order WeChat Pay judges in: fields, then the merchant's bindings, then the order.
    if (!checker.ok()) {
        *error = *checker.error();
        return nullptr;
    }
    if ((*error = checkParties(mode, parties)))
        return nullptr;
    return lookup(mode, outOrderNo, error);
}

Order *OrderService::lookup(
    OrderMode mode, const QString &outOrderNo, std::optional<ApiError> *error)
{
    if (!isValidOutOrderNo(outOrderNo)) {
        *error = ApiError::paramError(QStringLiteral("/out_order_no"), outOrderNo,
            QStringLiteral("out_order_no应为1到32位数字、大小写字母或_-|*"),
            QStringLiteral("path"));
        return nullptr;
    }
    Order *order = m_book.find(mode, outOrderNo);
    if (!order)
        *error = ApiError::orderNotExist();
    return order;
}

std::optional<ApiError> OrderService::save(const Order &changed)
{
    if (!m_book.record(changed))
        return ApiError::systemError();
    return std::nullopt;
}

QByteArray OrderService::idsAnswer(const Order &order, bool withServiceId) const
{
    QJsonObject answer { { QStringLiteral("appid"), order.data.value(QStringLiteral("appid")) },
        { QStringLiteral("mchid"), m_identity.mchid },
        { QStringLiteral("out_order_no"), order.outOrderNo() },
        { QStringLiteral("order_id"), order.data.value(QStringLiteral("order_id")) } };
    if (withServiceId)
        answer.insert(QStringLiteral("service_id"), order.data.value(QStringLiteral("service_id")));
    return compact(answer);
}

ServiceAnswer OrderService::idsOrNoContent(OrderMode mode, const Order &order) const
{
    ServiceAnswer answer;
    if (mode == OrderMode::Partner || mode == OrderMode::Oversea)
        answer.status = 204;
    else
        answer.body = idsAnswer(order, true);
    return answer;
}

std::optional<ApiError> OrderService::refuseUnlessCollecting(
    const Order &order, const QString &what)
{
    if (order.deducting)
        return ApiError::invalidOrderState(deductionInProgressMessage());
    if (auto refused = refuseFinalStates(order))
        return refused;
    if (!order.isCollecting())
        return ApiError::invalidOrderState(
            QStringLiteral("订单状态为%1/%2，只有待支付（MCH_COMPLETE/USER_PAYING）的订单可以%3")
                .arg(order.state(), order.stateDescription(), what));
    return std::nullopt;
}

void OrderService::ensureTrainingOrder(OrderMode mode, const QString &outOrderNo, bool collecting)
{
    if (!isValidOutOrderNo(outOrderNo) || m_book.find(mode, outOrderNo))
        return;
    // A client that queries before it writes (cancel, modify, collect check the state first)
    // creates the order with that query: the number itself can ask for a collecting one, and
    // a declined charge only makes sense on one.
    collecting = collecting || outOrderNo.contains(QLatin1String("COLLECTING"))
        || FaultPlan::fromOrderNumber(outOrderNo).kind == FaultPlan::Kind::Declined;
    Order order
        = Order::create(mode, outOrderNo, m_identity, QStringLiteral("故障演练订单"), 99900);
    order.confirm(QDateTime::currentDateTimeUtc()
                      .addSecs(-3600)
                      .toTimeZone(QTimeZone(8 * 3600))
                      .toString(QStringLiteral("yyyyMMddHHmmss")));
    if (collecting) {
        const QJsonArray payments { QJsonObject {
            { QStringLiteral("name"), QStringLiteral("演练费用") },
            { QStringLiteral("amount"), 100 }, { QStringLiteral("count"), 1 } } };
        order.complete(QJsonObject { { QStringLiteral("post_payments"), payments } }, 100);
    }
    m_book.record(m_book.insert(order));
}

void OrderService::ensurePaidTrainingOrder(OrderMode mode, const QString &outOrderNo)
{
    const bool twice = outOrderNo.startsWith(QLatin1String("PAID2-"));
    if ((!twice && !outOrderNo.startsWith(QLatin1String("PAID-"))) || mode == OrderMode::Oversea
        || !isValidOutOrderNo(outOrderNo) || m_book.find(mode, outOrderNo))
        return;
    const QStringView rest = QStringView(outOrderNo).mid(outOrderNo.indexOf(u'-') + 1);
    bool ok = false;
    const qint64 fen = rest.left(rest.indexOf(u'-')).toLongLong(&ok);
    if (!ok || fen <= 0 || fen > 100'000'000)
        return;
    const int payments = twice ? 2 : 1;
    const QString hourAgo = QDateTime::currentDateTimeUtc()
                                .addSecs(-3600)
                                .toTimeZone(QTimeZone(8 * 3600))
                                .toString(QStringLiteral("yyyyMMddHHmmss"));
    Order order
        = Order::create(mode, outOrderNo, m_identity, QStringLiteral("退款演练订单"), 99900);
    order.confirm(hourAgo);
    const QJsonObject fields = mode == OrderMode::PayAfter
        ? QJsonObject { { QStringLiteral("finish_type"), 2 },
              { QStringLiteral("fees"),
                  QJsonArray {
                      QJsonObject { { QStringLiteral("fee_name"), QStringLiteral("演练费用") },
                          { QStringLiteral("fee_count"), 1 },
                          { QStringLiteral("fee_amount"), fen * payments } } } } }
        : QJsonObject { { QStringLiteral("post_payments"),
            QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("演练费用") },
                { QStringLiteral("amount"), fen * payments },
                { QStringLiteral("count"), 1 } } } } };
    order.complete(fields, fen * payments);
    for (int i = 0; i < payments; ++i) {
        QString transactionId = QStringLiteral("4200");
        for (int digit = 0; digit < 24; ++digit)
            transactionId += QChar(u'0' + QRandomGenerator::global()->bounded(10));
        order.markPaid(QStringLiteral("NEWTON"), hourAgo, fen, transactionId);
    }
    m_book.insert(order);
    m_book.save();
}

ServiceAnswer OrderService::sync(
    OrderMode mode, const QString &outOrderNo, const RequestBody &request)
{
    const QJsonObject &body = request.json;
    FieldChecker checker(QStringLiteral("body"), request.fractionalNumbers);
    const bool oversea = mode == OrderMode::Oversea;
    const Parties parties = readParties(checker, body, mode);
    const QString type = checker.string(body, {}, QStringLiteral("type"), 1, 32, true);
    if (checker.ok() && type != QLatin1String("Order_Paid"))
        checker.fail(QStringLiteral("/type"), type, QStringLiteral("type只支持Order_Paid"));
    const auto detail = checker.object(body, {}, QStringLiteral("detail"), true);
    QString paidTime;
    qint64 paidAmount = -1;
    if (detail && oversea) {
        checker.integer(*detail, QStringLiteral("/detail"), QStringLiteral("seq"), 1, 100, true);
        checker.rfc3339Time(*detail, QStringLiteral("/detail"), QStringLiteral("paid_time"), true);
        paidAmount = checker
                         .integer(*detail, QStringLiteral("/detail"), QStringLiteral("paid_amount"),
                             0, kMaxFen, true)
                         .value_or(-1);
    } else if (detail) {
        checker.beijingTime(*detail, QStringLiteral("/detail"), QStringLiteral("paid_time"), true,
            mode != OrderMode::PayAfter);
    }
    if (detail)
        paidTime = detail->value(QStringLiteral("paid_time")).toString();
    std::optional<ApiError> error;
    Order *order = admit(checker, mode, parties, outOrderNo, &error);
    if (!order)
        return ServiceAnswer::failure(*error);
    if (auto refused = refuseUnlessCollecting(*order, QStringLiteral("同步收款")))
        return ServiceAnswer::failure(*refused);

    const qint64 owed = order->data.value(QStringLiteral("collection"))
                            .toObject()
                            .value(QStringLiteral("paying_amount"))
                            .toInteger();
    order->markPaid(QStringLiteral("MCH"), paidTime, oversea ? paidAmount : owed);
    if (auto failed = save(*order))
        return ServiceAnswer::failure(*failed);

    ServiceAnswer answer;
    switch (mode) {
    case OrderMode::ServiceOrder:
        answer.body = compact(order->data);
        break;
    case OrderMode::PayAfter:
        answer.body = idsAnswer(*order, false);
        break;
    case OrderMode::Oversea:
    case OrderMode::Partner:
        answer.status = 204;
        break;
    }
    return answer;
}

ServiceAnswer OrderService::complete(
    OrderMode mode, const QString &outOrderNo, const RequestBody &request)
{
    const QJsonObject &body = request.json;
    FieldChecker checker(QStringLiteral("body"), request.fractionalNumbers);
    const Parties parties = readParties(checker, body, mode);
    QJsonObject fields = body; // what the order takes over
    for (const char *key : { "appid", "service_id", "sub_mchid", "total_amount" })
        fields.remove(QLatin1String(key));
    qint64 total = 0;
    bool cancelling = false;

    if (mode == OrderMode::PayAfter) {
        const auto finishType
            = checker.integer(body, {}, QStringLiteral("finish_type"), 1, 2, true);
        cancelling = finishType == 1;
        if (cancelling) {
            checker.string(body, {}, QStringLiteral("cancel_reason"), 1, 50, true);
            if (checker.ok() && !body.value(QStringLiteral("fees")).toArray().isEmpty())
                checker.fail(QStringLiteral("/fees"), QJsonValue::Undefined,
                    QStringLiteral("finish_type为1（未使用服务，取消）时不能有付费项目"));
            const auto cancelTotal
                = checker.integer(body, {}, QStringLiteral("total_amount"), 0, 0, false);
            Q_UNUSED(cancelTotal);
        } else {
            const qint64 fees = checkItems(checker, body, QStringLiteral("fees"),
                { QStringLiteral("fee_name"), QStringLiteral("fee_amount"),
                    QStringLiteral("fee_desc"), QStringLiteral("fee_count") },
                1, 100, true);
            const qint64 discounts = checkItems(checker, body, QStringLiteral("discounts"),
                { QStringLiteral("discount_name"), QStringLiteral("discount_amount"),
                    QStringLiteral("discount_desc"), QString() },
                0, 5, false);
            checkTotal(checker, body, fees - discounts);
            total = fees - discounts;
            const auto start = checker.beijingTime(
                body, {}, QStringLiteral("real_service_start_time"), false, false);
            const auto end = checker.beijingTime(
                body, {}, QStringLiteral("real_service_end_time"), false, false);
            checkTimeOrder(checker, start, end, QStringLiteral("/real_service_end_time"),
                body.value(QStringLiteral("real_service_end_time")).toString());
            checker.string(body, {}, QStringLiteral("real_service_end_location"), 0, 50, false);
            checker.string(body, {}, QStringLiteral("finish_ticket"), 0, 128, false);
            checker.boolean(body, {}, QStringLiteral("profit_sharing"), false);
        }
    } else {
        const qint64 payments = checkItems(checker, body, QStringLiteral("post_payments"),
            { QStringLiteral("name"), QStringLiteral("amount"), QStringLiteral("description"),
                QStringLiteral("count") },
            1, 100, true);
        const qint64 discounts = checkItems(checker, body, QStringLiteral("post_discounts"),
            { QStringLiteral("name"), QStringLiteral("amount"), QStringLiteral("description"),
                QStringLiteral("count") },
            0, 30, false);
        checkTotal(checker, body, payments - discounts);
        total = payments - discounts;
        if (const auto range = checker.object(body, {}, QStringLiteral("time_range"), false)) {
            const QString base = QStringLiteral("/time_range");
            const auto start
                = checker.beijingTime(*range, base, QStringLiteral("start_time"), false, true);
            const auto end
                = checker.beijingTime(*range, base, QStringLiteral("end_time"), false, true);
            checker.string(*range, base, QStringLiteral("start_time_remark"), 0, 20, false);
            checker.string(*range, base, QStringLiteral("end_time_remark"), 0, 20, false);
            checkTimeOrder(checker, start, end, QStringLiteral("/time_range/end_time"),
                range->value(QStringLiteral("end_time")).toString());
        }
        if (const auto location = checker.object(body, {}, QStringLiteral("location"), false))
            checker.string(*location, QStringLiteral("/location"), QStringLiteral("end_location"),
                0, 50, false);
        checker.boolean(body, {}, QStringLiteral("profit_sharing"), false);
        checker.string(body, {}, QStringLiteral("goods_tag"), 0, 32, false);
        if (const auto device = checker.object(body, {}, QStringLiteral("device"), false)) {
            for (const char *key : { "start_device_id", "end_device_id", "materiel_no" })
                checker.string(
                    *device, QStringLiteral("/device"), QLatin1String(key), 0, 32, false);
        }
    }
    std::optional<ApiError> error;
    Order *order = admit(checker, mode, parties, outOrderNo, &error);
    if (!order)
        return ServiceAnswer::failure(*error);

    const int successStatus = mode == OrderMode::Partner ? 204 : 200;
    const QByteArray canonical = compact(body);
    if (!order->completeRequest.isEmpty()) {
        // A resend: the same parameters get the same answer, different ones are refused.
        if (order->completeRequest == canonical) {
            ServiceAnswer answer;
            answer.status = successStatus;
            answer.body = order->completeAnswer;
            return answer;
        }
        if (auto refused = refuseFinalStates(*order);
            refused && order->state() != QLatin1String("EXPIRED"))
            return ServiceAnswer::failure(*refused);
        return ServiceAnswer::failure(ApiError::invalidRequest(
            QStringLiteral("该订单已以不同的参数完结过，不能重复完结；请先查询订单")));
    }
    if (auto refused = refuseFinalStates(*order))
        return ServiceAnswer::failure(*refused);
    const bool cancellableCreated = cancelling && order->state() == QLatin1String("CREATED");
    if (!isConfirmed(*order) && !cancellableCreated) {
        if (order->deducting)
            return ServiceAnswer::failure(
                ApiError::invalidOrderState(deductionInProgressMessage()));
        return ServiceAnswer::failure(ApiError::invalidOrderState(
            order->state() == QLatin1String("CREATED")
                ? QStringLiteral("用户尚未确认订单（CREATED），不能完结")
                : QStringLiteral("订单已完结，正在等待用户支付（MCH_COMPLETE），不能再次完结")));
    }

    if (cancelling) {
        order->data.insert(
            QStringLiteral("cancel_reason"), body.value(QStringLiteral("cancel_reason")));
        order->revoke();
    } else {
        order->complete(fields, total);
    }
    ServiceAnswer answer;
    answer.status = successStatus;
    if (mode == OrderMode::ServiceOrder)
        answer.body = compact(order->data);
    else if (mode == OrderMode::PayAfter)
        answer.body = idsAnswer(*order, true);
    order->completeRequest = canonical;
    order->completeAnswer = answer.body;
    if (auto failed = save(*order))
        return ServiceAnswer::failure(*failed);
    return answer;
}

ServiceAnswer OrderService::cancel(
    OrderMode mode, const QString &outOrderNo, const RequestBody &request)
{
    const QJsonObject &body = request.json;
    FieldChecker checker(QStringLiteral("body"), request.fractionalNumbers);
    const Parties parties = readParties(checker, body, mode);
    const QString reason = checker.string(body, {}, QStringLiteral("reason"), 1, 50, true);
    std::optional<ApiError> error;
    Order *order = admit(checker, mode, parties, outOrderNo, &error);
    if (!order)
        return ServiceAnswer::failure(*error);
    if (order->deducting)
        return ServiceAnswer::failure(ApiError::invalidOrderState(deductionInProgressMessage()));
    if (auto refused = refuseFinalStates(*order))
        return ServiceAnswer::failure(*refused);
    if (order->state() != QLatin1String("CREATED") && !isConfirmed(*order))
        return ServiceAnswer::failure(
            ApiError::invalidOrderState(QStringLiteral("订单已完结（MCH_COMPLETE），不能取消")));
    order->data.insert(QStringLiteral("cancel_reason"), reason);
    order->revoke();
    if (auto failed = save(*order))
        return ServiceAnswer::failure(*failed);
    return idsOrNoContent(mode, *order);
}

ServiceAnswer OrderService::modify(
    OrderMode mode, const QString &outOrderNo, const RequestBody &request)
{
    const QJsonObject &body = request.json;
    FieldChecker checker(QStringLiteral("body"), request.fractionalNumbers);
    const Parties parties = readParties(checker, body, mode);
    const ItemFields lines { QStringLiteral("name"), QStringLiteral("amount"),
        QStringLiteral("description"), QStringLiteral("count") };
    const qint64 payments
        = checkItems(checker, body, QStringLiteral("post_payments"), lines, 1, 100, true);
    const qint64 discounts
        = checkItems(checker, body, QStringLiteral("post_discounts"), lines, 0, 30, false);
    checkTotal(checker, body, payments - discounts);
    checker.string(body, {}, QStringLiteral("reason"), 1, 50, true);
    std::optional<ApiError> error;
    Order *order = admit(checker, mode, parties, outOrderNo, &error);
    if (!order)
        return ServiceAnswer::failure(*error);
    if (auto refused = refuseUnlessCollecting(*order, QStringLiteral("修改金额")))
        return ServiceAnswer::failure(*refused);
    const qint64 total = payments - discounts;
    const qint64 current = order->data.value(QStringLiteral("total_amount")).toInteger();
    if (total >= current)
        return ServiceAnswer::failure(ApiError::paramError(QStringLiteral("/total_amount"), total,
            QStringLiteral("修改后的总金额（%1）须低于订单原总金额（%2），只能调低")
                .arg(total)
                .arg(current)));
    order->modifyTotal(body.value(QStringLiteral("post_payments")).toArray(),
        body.value(QStringLiteral("post_discounts")).toArray(), total);
    if (auto failed = save(*order))
        return ServiceAnswer::failure(*failed);
    ServiceAnswer answer;
    if (mode == OrderMode::Partner)
        answer.status = 204;
    else
        answer.body = compact(order->data);
    return answer;
}

ServiceAnswer OrderService::collect(
    OrderMode mode, const QString &outOrderNo, const RequestBody &request, bool chargeFails)
{
    FieldChecker checker(QStringLiteral("body"), request.fractionalNumbers);
    const Parties parties = readParties(checker, request.json, mode);
    std::optional<ApiError> error;
    Order *order = admit(checker, mode, parties, outOrderNo, &error);
    if (!order)
        return ServiceAnswer::failure(*error);
    if (auto refused = refuseUnlessCollecting(*order, QStringLiteral("催收扣款")))
        return ServiceAnswer::failure(*refused);
    if (!chargeFails) {
        const qint64 owed = order->data.value(QStringLiteral("collection"))
                                .toObject()
                                .value(QStringLiteral("paying_amount"))
                                .toInteger();
        const QString now = QDateTime::currentDateTimeUtc()
                                .toTimeZone(QTimeZone(8 * 3600))
                                .toString(QStringLiteral("yyyyMMddHHmmss"));
        order->markPaid(QStringLiteral("NEWTON"), now, owed, order->transactionIdFor(now));
        if (auto failed = save(*order))
            return ServiceAnswer::failure(*failed);
    }
    return idsOrNoContent(mode, *order);
}

ServiceAnswer OrderService::query(
    OrderMode mode, const QString &pathOrderNo, const QMap<QString, QString> &query)
{
    QJsonObject params;
    for (auto it = query.cbegin(); it != query.cend(); ++it)
        params.insert(it.key(), it.value());
    FieldChecker checker(QStringLiteral("query"));
    const Parties parties = readParties(checker, params, mode);
    QString outOrderNo = pathOrderNo;
    QString queryId;
    if (mode != OrderMode::PayAfter) {
        outOrderNo = checker.string(params, {}, QStringLiteral("out_order_no"), 1, 32, false);
        queryId = checker.string(params, {}, QStringLiteral("query_id"), 1, 32, false);
        if (checker.ok() && outOrderNo.isEmpty() == queryId.isEmpty())
            checker.fail(QStringLiteral("/out_order_no"), QJsonValue::Undefined,
                QStringLiteral("out_order_no与query_id必须且只能填写一个"));
    }
    if (!queryId.isEmpty()) {
        // Looked up by the WeChat-side query id: the number check does not apply.
        const Order *found = checker.ok() ? m_book.findByQueryId(mode, queryId) : nullptr;
        if (found)
            outOrderNo = found->outOrderNo();
        else if (checker.ok() && !checkParties(mode, parties))
            return ServiceAnswer::failure(ApiError::orderNotExist());
    }
    std::optional<ApiError> error;
    const Order *order = admit(checker, mode, parties, outOrderNo, &error);
    if (!order)
        return ServiceAnswer::failure(*error);
    ServiceAnswer answer;
    answer.body = compact(order->data);
    return answer;
}

} // namespace psc::sandbox
