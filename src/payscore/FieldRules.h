#pragma once

#include "Clock.h"
#include "Money.h"
#include "ValidationReport.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// The field rules every PayScore request shares (payscore-api.md §5.5 and the seeds). Each
// check appends translated issues naming the field's JSON pointer and returns whether the
// value passed. The request models combine them; nothing here knows a whole request.
namespace psc::payscore::rules {

// "/post_payments/2/name" -> "post_payments[2].name": how messages name a field.
QString displayName(const QString &pointer);

// True when every character is 1–3 bytes in UTF-8 (no emoji, no lone surrogates).
bool isThreeByteUtf8(QStringView text);

// 1–32 of 0-9 A-Z a-z _ - | *; a warning (not an error) for '|' and '*'.
bool checkOutOrderNo(ValidationReport &report, const QString &pointer, const QString &value);
// service_id, appid, sub_mchid, query_id: 1–32 characters, no spaces.
bool checkIdentifier(ValidationReport &report, const QString &pointer, const QString &value);
// Free text: 1–3-byte UTF-8, at most maxLength characters; empty allowed unless required.
bool checkText(ValidationReport &report, const QString &pointer, const QString &value,
    int maxLength, bool required);
// Money: present, ≥ 0 and ≤ kMaxAmountFen (the JSON reader has already refused floats and
// strings).
bool checkAmount(
    ValidationReport &report, const QString &pointer, const std::optional<Money> &amount);
// count / fee_count: 1–100.
// A sum of amounts that overflowed (nullopt) is an error at `pointer`, naming `rule`.
bool checkSum(ValidationReport &report, const QString &pointer, const std::optional<Money> &sum,
    const QString &rule);
// minimum ≤ value ≤ maximum (count, seq).
bool checkRange(
    ValidationReport &report, const QString &pointer, qint64 value, qint64 minimum, qint64 maximum);
bool checkCount(ValidationReport &report, const QString &pointer, qint64 count);
// No name twice in one list: `names[i]` sits at listPointer/i/nameKey.
bool checkUniqueNames(ValidationReport &report, const QString &listPointer, const QString &nameKey,
    const QStringList &names);
// At most `maximum` rows in a list.
bool checkRowCount(
    ValidationReport &report, const QString &listPointer, qsizetype rows, int maximum);
// A business time: parsed by BusinessTime, not more than a minute after now.
std::optional<QDateTime> checkTime(ValidationReport &report, const QString &pointer,
    const QString &text, const QDateTime &now, bool required);
// end not before start (both already parsed).
bool checkTimeOrder(ValidationReport &report, const QString &endPointer, const QDateTime &start,
    const QDateTime &end);
// A total that must equal Σ amounts − Σ discounts.
bool checkTotal(ValidationReport &report, const QString &pointer, Money total, Money expected,
    const QString &rule);
// Reports `pointer` as missing.
void missing(ValidationReport &report, const QString &pointer);

} // namespace psc::payscore::rules
