#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace psc::payscore {

// The four PayScore order families the console speaks. They differ in host, path, which
// merchant ids go into the body, the time format and whether writes answer 200 or 204.
enum class Mode {
    ServiceOrder, // merchant service orders (免押租借, 免押速住, 智慧零售):
                  // /v3/payscore/serviceorder
    PayAfter, // 先享后付: /v3/payscore/payafter-orders
    Oversea, // 机构模式 on the apihk host: /v3/payscore/oversea/partner/serviceorder
    Partner, // 服务商: /v3/payscore/partner/serviceorder
};

// Every PayScore call the console makes. Refund and RefundQuery are WeChat Pay's refund API
// (src/refund) run through the same runner and journal: a refund is a write about the order it
// pays back.
enum class Operation { Sync, Complete, Query, Cancel, Modify, Collect, Refund, RefundQuery };

// Reads ask, writes change something and are journaled before they leave.
constexpr bool isWrite(Operation operation)
{
    return operation != Operation::Query && operation != Operation::RefundQuery;
}
// Refund answers carry the refund, not the order: no OrderView, no follow-up order query.
constexpr bool isRefundOperation(Operation operation)
{
    return operation == Operation::Refund || operation == Operation::RefundQuery;
}

// "serviceorder", "payafter", "oversea", "partner" — the names the CLI and the journal use.
QString modeName(Mode mode);
std::optional<Mode> modeFromName(QStringView name);
// "sync", "complete", "query", "cancel", "modify", "collect", "refund", "refund-query": the
// CLI's and journal's names.
QString operationName(Operation operation);
std::optional<Operation> operationFromName(QStringView name);

// Domestic modes send times as yyyyMMddHHmmss Beijing time; the oversea mode RFC 3339.
constexpr bool isDomestic(Mode mode)
{
    return mode != Mode::Oversea;
}
// Oversea and partner orders belong to a sub-merchant and carry sub_mchid instead of appid.
constexpr bool usesSubMerchant(Mode mode)
{
    return mode == Mode::Oversea || mode == Mode::Partner;
}
// Which cells of the operations table exist (payscore-api.md §5): the oversea family has
// sync, cancel and query; pay-after has no modify or collect; partner and merchant service
// orders have everything. Oversea refunds use a different (apihk) refund API that is out of
// scope.
constexpr bool supports(Mode mode, Operation operation)
{
    switch (operation) {
    case Operation::Sync:
    case Operation::Query:
    case Operation::Cancel:
        return true;
    case Operation::Complete:
        return mode != Mode::Oversea;
    case Operation::Modify:
    case Operation::Collect:
        return mode == Mode::ServiceOrder || mode == Mode::Partner;
    case Operation::Refund:
    case Operation::RefundQuery:
        return mode != Mode::Oversea;
    }
    return false;
}

} // namespace psc::payscore
