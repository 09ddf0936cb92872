// Every request model's JSON reader (the --body files of complete): the service order
// completion and the pay-after completion. The first byte picks the model and the mode.
// Invariants: money spelled other than as a JSON integer (12.5, 1e2, "100") is never taken as
// an amount — it is a read issue; a body that validates sends the total the tables add up to,
// in integer fen, and what it sends reads back to the same body.
#include "FuzzCheck.h"

#include <payscore/JsonNumberSpelling.h>
#include <payscore/PayAfterCompletion.h>
#include <payscore/ServiceOrderCompletion.h>

#include <QJsonDocument>
#include <QTimeZone>

using namespace psc::payscore;

namespace {

const QDateTime &now()
{
    static const QDateTime fixed(QDate(2026, 11, 22), QTime(12, 0), QTimeZone::utc());
    return fixed;
}

OrderKey keyFor(Mode mode)
{
    OrderKey key;
    key.mode = mode;
    key.outOrderNo = QStringLiteral("FUZZ-1");
    key.appid = QStringLiteral("wxd678efh567hg6787");
    key.serviceId = QStringLiteral("500001");
    key.subMchid = QStringLiteral("1900000109");
    return key;
}

// A money field written with a fraction or an exponent must have been reported.
template<typename Model> void checkSpelling(const QByteArray &json, const Model &model)
{
    const QSet<QString> fractions = JsonNumberSpelling::nonIntegerPointers(json);
    for (const QString &pointer : fractions) {
        if (pointer.endsWith(QLatin1String("amount")))
            FUZZ_CHECK(model.readIssues.hasErrors());
    }
}

template<typename Model> void roundTrip(const QByteArray &json, Mode mode)
{
    const Model model = Model::fromJson(json, keyFor(mode));
    checkSpelling(json, model);
    if (model.readIssues.hasErrors() || model.validate(now()).hasErrors())
        return;
    const QJsonObject sent = model.toJson();
    const QJsonValue total = sent.value(QLatin1String("total_amount"));
    FUZZ_CHECK(total.isDouble() && total.toDouble() == double(total.toInteger()));
    FUZZ_CHECK(model.totalAmount.has_value() && total.toInteger() == model.totalAmount->fen());
    FUZZ_CHECK(*model.totalAmount == model.expectedTotal());
    const Model again
        = Model::fromJson(QJsonDocument(sent).toJson(QJsonDocument::Compact), keyFor(mode));
    FUZZ_CHECK(!again.readIssues.hasErrors());
    FUZZ_CHECK(again.toJson() == sent);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray json = psc::fuzz::bytesOf(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0:
        roundTrip<ServiceOrderCompletion>(json, Mode::ServiceOrder);
        break;
    case 1:
        roundTrip<ServiceOrderCompletion>(json, Mode::Partner);
        break;
    default:
        roundTrip<PayAfterCompletion>(json, Mode::PayAfter);
        break;
    }
    return 0;
}
