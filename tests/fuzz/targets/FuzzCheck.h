#pragma once

// Shared by every fuzz target: an invariant that does not hold aborts with its text, which
// libFuzzer (and the replay runner in the regular suite) reports as a crash with the input.
#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(                                                                          \
                stderr, "fuzz invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);    \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)

namespace psc::fuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits the input at the first `count` newlines: fields a target needs apart (headers of an
// answer, a key and a text), with the rest as the last part.
inline QList<QByteArray> splitFields(const QByteArray &input, int count)
{
    QList<QByteArray> fields;
    qsizetype from = 0;
    for (int i = 0; i < count; ++i) {
        const qsizetype newline = input.indexOf('\n', from);
        if (newline < 0)
            break;
        fields.append(input.mid(from, newline - from));
        from = newline + 1;
    }
    fields.append(input.mid(from));
    return fields;
}

} // namespace psc::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
