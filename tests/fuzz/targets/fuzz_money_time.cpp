// Yuan text → fen and business-time parsing. The first byte picks the parser. Invariants: a
// parsed amount is whole fen within the limit, and printed and parsed again it is the same fen;
// a parsed time printed in the API's format and in RFC 3339 parses back to the same instant.
#include "FuzzCheck.h"

#include <payscore/BusinessTime.h>
#include <payscore/Money.h>

using namespace psc::payscore;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QString text = QString::fromUtf8(psc::fuzz::bytesOf(data + 1, size - 1));
    if (data[0] % 2 == 0) {
        const auto money = Money::parseYuan(text);
        if (!money)
            return 0;
        FUZZ_CHECK(money->fen() >= 0 && money->fen() <= 10'000'000'000'000LL);
        const auto printed = Money::parseYuan(money->toYuanString());
        FUZZ_CHECK(printed.has_value() && *printed == *money);
        const auto shown = Money::parseYuan(money->display());
        FUZZ_CHECK(shown.has_value() && *shown == *money);
        return 0;
    }
    const auto instant = BusinessTime::parse(text);
    if (!instant)
        return 0;
    FUZZ_CHECK(instant->isValid());
    const auto api = BusinessTime::parse(BusinessTime::toApiTime(*instant));
    FUZZ_CHECK(api.has_value() && api->toSecsSinceEpoch() == instant->toSecsSinceEpoch());
    const auto rfc = BusinessTime::parse(BusinessTime::toRfc3339(*instant));
    FUZZ_CHECK(rfc.has_value() && rfc->toSecsSinceEpoch() == instant->toSecsSinceEpoch());
    return 0;
}
