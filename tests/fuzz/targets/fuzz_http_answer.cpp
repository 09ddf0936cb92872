// KeepAliveNetwork's HTTP/1.1 answer parser (HttpAnswerParser). Invariants: whatever a server
// sends, the parser ends in one state whichever pieces the bytes come in, with the same status,
// headers and body; a finished head has a status a server may send and header lines without
// CR or LF; and no input makes it hold more than its cap of head bytes.
#include "FuzzCheck.h"

#include <apiv3/HttpAnswerParser.h>

using psc::apiv3::HttpAnswerParser;

namespace {

struct Seen {
    HttpAnswerParser::State state;
    int status;
    psc::apiv3::RawHeaders headers;
    QByteArray body;
    bool reusable;
};

Seen finish(HttpAnswerParser &parser, QByteArray body, bool close)
{
    if (close) {
        parser.endOfStream();
        body += parser.takeBody();
    }
    if (parser.headComplete()) {
        FUZZ_CHECK(parser.status() >= 200 && parser.status() <= 999);
        for (const auto &[name, value] : parser.headers()) {
            FUZZ_CHECK(!name.isEmpty());
            FUZZ_CHECK(!value.contains('\r') && !value.contains('\n'));
        }
    }
    if (parser.state() == HttpAnswerParser::State::Failed) {
        FUZZ_CHECK(!parser.error().isEmpty());
        FUZZ_CHECK(!parser.reusable());
    }
    return { parser.state(), parser.headComplete() ? parser.status() : 0,
        parser.headComplete() ? parser.headers() : psc::apiv3::RawHeaders(), body,
        parser.reusable() };
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int piece = 1 + data[0] % 16; // the first byte picks how the stream is cut
    const bool bodiless = (data[0] & 0x40) != 0; // and whether it answers a HEAD
    const bool close = (data[0] & 0x80) != 0; // and whether the server closes after it
    const QByteArray stream = psc::fuzz::bytesOf(data + 1, size - 1);

    HttpAnswerParser atOnce(bodiless);
    atOnce.feed(stream);
    const Seen whole = finish(atOnce, atOnce.takeBody(), close);

    HttpAnswerParser inPieces(bodiless);
    QByteArray body;
    for (qsizetype at = 0; at < stream.size(); at += piece) {
        inPieces.feed(stream.mid(at, piece));
        body += inPieces.takeBody(); // as KeepAliveReply takes it, piece by piece
    }
    const Seen cut = finish(inPieces, body, close);

    FUZZ_CHECK(whole.state == cut.state);
    FUZZ_CHECK(whole.status == cut.status);
    FUZZ_CHECK(whole.headers == cut.headers);
    FUZZ_CHECK(whole.body == cut.body);
    FUZZ_CHECK(whole.reusable == cut.reusable);
    return 0;
}
