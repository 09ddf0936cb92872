#pragma once

#include "ApiError.h"
#include "Order.h"
#include "RequestBody.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace psc::sandbox {

class FieldChecker;
class OrderBook;
class SandboxIdentity;

// The answer to one PayScore operation: a success (status + body) or an API error.
struct ServiceAnswer {
    int status = 200;
    QByteArray body;
    std::optional<ApiError> error;

    static ServiceAnswer failure(ApiError error)
    {
        ServiceAnswer answer;
        answer.error = std::move(error);
        return answer;
    }
};

// PayScore as the server plays it: field rules, merchant bindings (appid, service_id,
// sub_mchid), the order state machine and each mode's answer shape. Bodies arrive parsed;
// the HTTP, signature and fault layers live in SandboxRouter.
class OrderService {
public:
    OrderService(OrderBook &book, const SandboxIdentity &identity)
        : m_book(book)
        , m_identity(identity)
    {
    }

    ServiceAnswer sync(OrderMode mode, const QString &outOrderNo, const RequestBody &request);
    ServiceAnswer complete(OrderMode mode, const QString &outOrderNo, const RequestBody &request);
    ServiceAnswer cancel(OrderMode mode, const QString &outOrderNo, const RequestBody &request);
    // 修改订单金额: lowers the total (and what is still to pay) of a collecting order.
    ServiceAnswer modify(OrderMode mode, const QString &outOrderNo, const RequestBody &request);
    // 催收扣款 (/pay): charges the user for a collecting order; `chargeFails` (FAULT-DECLINE-)
    // accepts the request but leaves the order USER_PAYING, as a short balance would.
    ServiceAnswer collect(
        OrderMode mode, const QString &outOrderNo, const RequestBody &request, bool chargeFails);
    // payafter: outOrderNo from the path; the other modes take it (or query_id) from the query.
    ServiceAnswer query(
        OrderMode mode, const QString &pathOrderNo, const QMap<QString, QString> &query);

    // FAULT- order numbers exist on first use so that training scenarios need no setup:
    // collecting for a sync, modify or collect, for FAULT-DECLINE- and for a number that
    // contains COLLECTING (FAULT-BADSIG-COLLECTING-1); confirmed for anything else.
    void ensureTrainingOrder(OrderMode mode, const QString &outOrderNo, bool collecting);
    // PAID-<fen>-… (one payment of <fen>) and PAID2-<fen>-… (two payments of <fen> each)
    // exist on first query as DONE orders paid by PayScore, each payment with its own
    // transaction_id: fresh paid orders for refund training and tests.
    void ensurePaidTrainingOrder(OrderMode mode, const QString &outOrderNo);

    // 1–32 characters of 0-9 A-Z a-z _ - | *
    static bool isValidOutOrderNo(const QString &outOrderNo);
    static QString deductionInProgressMessage();

private:
    // appid, service_id and sub_mchid as the mode carries them.
    struct Parties {
        QString appid, serviceId, subMchid;
    };
    static Parties readParties(FieldChecker &checker, const QJsonObject &fields, OrderMode mode);
    std::optional<ApiError> checkParties(OrderMode mode, const Parties &parties) const;
    // Field errors, then NO_AUTH, then ORDER_NOT_EXIST: the order on success.
    Order *admit(const FieldChecker &checker, OrderMode mode, const Parties &parties,
        const QString &outOrderNo, std::optional<ApiError> *error);
    Order *lookup(OrderMode mode, const QString &outOrderNo, std::optional<ApiError> *error);
    std::optional<ApiError> save(const Order &changed); // records one order's change
    QByteArray idsAnswer(const Order &order, bool withServiceId) const;
    // cancel and collect: 204 in the partner and oversea modes, else 200 with the ids.
    ServiceAnswer idsOrNoContent(OrderMode mode, const Order &order) const;
    // The refusals of the writes that need a collecting order (sync, modify, collect).
    static std::optional<ApiError> refuseUnlessCollecting(const Order &order, const QString &what);

    OrderBook &m_book;
    const SandboxIdentity &m_identity;
};

} // namespace psc::sandbox
