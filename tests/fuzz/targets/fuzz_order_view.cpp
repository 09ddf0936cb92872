// The order view decoded from any order-shaped answer. Invariants: money comes out as
// integer fen only (an amount spelled 12.5 or "100" is not an amount); the view written as
// JSON and read again is the same view.
#include "FuzzCheck.h"

#include <payscore/OrderView.h>

#include <QJsonArray>
#include <QJsonDocument>

using psc::payscore::OrderView;

namespace {

void checkIntegerMoney(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().endsWith(QLatin1String("amount")))
            FUZZ_CHECK(
                it.value().isDouble() && it.value().toDouble() == double(it.value().toInteger()));
        if (it.value().isObject())
            checkIntegerMoney(it.value().toObject());
        if (it.value().isArray()) {
            for (const QJsonValue &item : it.value().toArray())
                checkIntegerMoney(item.toObject());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(psc::fuzz::bytesOf(data, size));
    if (!document.isObject())
        return 0;
    const OrderView view = OrderView::fromJson(document.object());
    const QJsonObject written = view.toJson();
    checkIntegerMoney(written);
    const QByteArray text = QJsonDocument(written).toJson(QJsonDocument::Compact);
    const OrderView again = OrderView::fromJson(QJsonDocument::fromJson(text).object());
    FUZZ_CHECK(again.toJson() == written);
    FUZZ_CHECK(again.isEmpty() == view.isEmpty());
    return 0;
}
