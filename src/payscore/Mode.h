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

enum class Operation { Sync, Complete, Query };

// "serviceorder", "payafter", "oversea", "partner" — the names the CLI and the journal use.
QString modeName(Mode mode);
std::optional<Mode> modeFromName(QStringView name);
QString operationName(Operation operation); // "sync", "complete", "query"

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
// The oversea family has no complete endpoint the console covers.
constexpr bool supports(Mode mode, Operation operation)
{
    return !(mode == Mode::Oversea && operation == Operation::Complete);
}

} // namespace psc::payscore
