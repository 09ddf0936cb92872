// The sandbox's incremental HTTP/1.1 request parser. Invariants: whatever arrives, every
// request it hands out is well formed and within the limits, a refusal is one of the statuses
// it documents, and the bytes cut into any pieces give exactly the same requests as at once.
#include "FuzzCheck.h"

#include <sandbox/HttpRequestParser.h>

using psc::sandbox::HttpRequest;
using psc::sandbox::HttpRequestParser;
using psc::sandbox::ServerLimits;

namespace {

struct Outcome {
    QList<HttpRequest> requests;
    int failedStatus = 0;
};

void checkRequest(const HttpRequest &request, const ServerLimits &limits)
{
    FUZZ_CHECK(!request.method.isEmpty());
    FUZZ_CHECK(request.target.startsWith('/'));
    FUZZ_CHECK(request.version == "HTTP/1.1" || request.version == "HTTP/1.0");
    FUZZ_CHECK(request.body.size() <= limits.maxBodyBytes);
    const QByteArray length = request.header("Content-Length");
    FUZZ_CHECK(request.body.size() == (length.isNull() ? 0 : length.toLongLong()));
    FUZZ_CHECK(!request.hasHeader("Transfer-Encoding"));
    for (const auto &[name, value] : request.headers) {
        FUZZ_CHECK(!name.isEmpty());
        FUZZ_CHECK(!value.contains('\r') && !value.contains('\n'));
    }
}

// Takes every request the parser can give; false once it failed.
bool drain(HttpRequestParser &parser, Outcome &outcome, const ServerLimits &limits)
{
    for (;;) {
        switch (parser.parse()) {
        case HttpRequestParser::State::NeedMore:
            return true;
        case HttpRequestParser::State::Failed: {
            const int status = parser.errorStatus();
            FUZZ_CHECK(
                status == 400 || status == 411 || status == 413 || status == 431 || status == 505);
            FUZZ_CHECK(!parser.errorMessage().isEmpty());
            outcome.failedStatus = status;
            return false;
        }
        case HttpRequestParser::State::Complete: {
            HttpRequest request = parser.takeRequest();
            checkRequest(request, limits);
            outcome.requests.append(std::move(request));
            break;
        }
        }
    }
}

bool sameRequest(const HttpRequest &a, const HttpRequest &b)
{
    return a.method == b.method && a.target == b.target && a.version == b.version
        && a.headers == b.headers && a.body == b.body;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    ServerLimits limits;
    limits.maxHeaderBytes = 2048; // small limits so the fuzzer reaches them
    limits.maxBodyBytes = 4096;
    const int piece = 1 + data[0] % 16; // the first byte picks how the stream is cut
    const QByteArray stream = psc::fuzz::bytesOf(data + 1, size - 1);

    Outcome whole;
    HttpRequestParser atOnce(limits);
    atOnce.feed(stream);
    drain(atOnce, whole, limits);

    Outcome cut;
    HttpRequestParser inPieces(limits);
    for (qsizetype at = 0; at < stream.size(); at += piece) {
        inPieces.feed(stream.mid(at, piece));
        if (!drain(inPieces, cut, limits))
            break;
    }
    FUZZ_CHECK(whole.failedStatus == cut.failedStatus);
    FUZZ_CHECK(whole.requests.size() == cut.requests.size());
    for (qsizetype i = 0; i < whole.requests.size(); ++i)
        FUZZ_CHECK(sameRequest(whole.requests[i], cut.requests[i]));
    return 0;
}
