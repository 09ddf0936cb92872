// The sandbox's Authorization header parser. Invariants: a header it accepts has the scheme
// and all five items, none empty; written back in canonical form (another order of items,
// other spacing) it parses to the same items; a refusal always says why.
#include "FuzzCheck.h"

#include <sandbox/AuthorizationHeader.h>

using psc::sandbox::AuthorizationHeader;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value = psc::fuzz::bytesOf(data, size);
    QString why;
    const auto header = AuthorizationHeader::parse(value, &why);
    if (!header) {
        FUZZ_CHECK(!why.isEmpty());
        return 0;
    }
    FUZZ_CHECK(value.trimmed().startsWith("WECHATPAY2-SHA256-RSA2048 "));
    for (const QByteArray *item : { &header->mchid, &header->nonce, &header->signature,
             &header->timestamp, &header->serialNo })
        FUZZ_CHECK(!item->isEmpty());
    // Items without commas or quotes can be written back; those are the ones clients send.
    const auto plain = [](const QByteArray &item) {
        return !item.contains(',') && !item.contains('"') && item.trimmed() == item;
    };
    if (plain(header->mchid) && plain(header->nonce) && plain(header->signature)
        && plain(header->timestamp) && plain(header->serialNo)) {
        const QByteArray rewritten = "WECHATPAY2-SHA256-RSA2048 serial_no=\"" + header->serialNo
            + "\", timestamp=\"" + header->timestamp + "\",signature=\"" + header->signature
            + "\",nonce_str=\"" + header->nonce + "\",mchid=\"" + header->mchid + "\"";
        QString again;
        const auto reparsed = AuthorizationHeader::parse(rewritten, &again);
        FUZZ_CHECK(reparsed.has_value());
        FUZZ_CHECK(reparsed->mchid == header->mchid && reparsed->nonce == header->nonce
            && reparsed->signature == header->signature && reparsed->timestamp == header->timestamp
            && reparsed->serialNo == header->serialNo);
    }
    return 0;
}
