// Error decoding: WeChat Pay's error bodies ({code, message, detail{…}}). Invariants: an error
// is only made of a JSON object with a string code; what it decodes, written out as JSON and
// decoded again, is the same error (nothing is lost or invented between the two).
#include "FuzzCheck.h"

#include <apiv3/ApiError.h>
#include <apiv3/ErrorCatalogue.h>

#include <QJsonDocument>

using psc::apiv3::ApiError;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = psc::fuzz::bytesOf(data, size);
    const auto error = ApiError::fromBody(body);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!error) {
        FUZZ_CHECK(
            !document.isObject() || !document.object().value(QLatin1String("code")).isString());
        return 0;
    }
    FUZZ_CHECK(document.isObject());
    FUZZ_CHECK(error->code == document.object().value(QLatin1String("code")).toString());
    const QByteArray written = QJsonDocument(error->toJson()).toJson(QJsonDocument::Compact);
    const auto again = ApiError::fromBody(written);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->code == error->code && again->message == error->message
        && again->field == error->field && again->value == error->value
        && again->issue == error->issue && again->location == error->location
        && again->signInformation == error->signInformation);
    return 0;
}
