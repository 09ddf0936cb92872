// The sandbox's JSON request body reader, with its size and depth limits checked before any
// parsing. Invariants: a body over the limits is refused before it is parsed; one that is
// accepted is an object; and the sandbox's own scan for fractional numbers finds exactly the
// numbers the client's independent scanner finds (the two must agree on what "12.5" is).
#include "FuzzCheck.h"

#include <payscore/JsonNumberSpelling.h>
#include <sandbox/RequestBody.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw = psc::fuzz::bytesOf(data, size);
    QString why;
    const auto body = psc::sandbox::RequestBody::parse(raw, &why);
    if (!body) {
        FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    FUZZ_CHECK(
        psc::sandbox::RequestBody::nestingDepth(raw) <= psc::sandbox::RequestBody::kMaxDepth);
    FUZZ_CHECK(
        body->fractionalNumbers == psc::payscore::JsonNumberSpelling::nonIntegerPointers(raw));
    return 0;
}
