// The profile reader. Invariants: a profile it reads, written out and read again, is the same
// profile (unknown keys kept); checking its fields never throws or crashes, and every issue
// names a field.
#include "FuzzCheck.h"

#include <profile/Profile.h>

#include <QJsonDocument>

using psc::profile::Profile;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(psc::fuzz::bytesOf(data, size));
    if (!document.isObject())
        return 0;
    const auto profile = Profile::fromJson(document.object(), QStringLiteral("/profiles"));
    if (!profile) {
        FUZZ_CHECK(!profile.error().isEmpty());
        return 0;
    }
    for (const auto &issue : profile->validate())
        FUZZ_CHECK(!issue.field.isEmpty() && !issue.message.isEmpty());
    const QJsonObject written = profile->toJson();
    const auto again = Profile::fromJson(written, QStringLiteral("/profiles"));
    FUZZ_CHECK(bool(again));
    FUZZ_CHECK(again->toJson() == written);
    return 0;
}
