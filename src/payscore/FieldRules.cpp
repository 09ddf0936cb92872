#include "FieldRules.h"

#include "BusinessTime.h"
#include "Limits.h"
#include "MoneyLimits.h"
#include "TranslationContexts.h"

#include <QSet>

namespace psc::payscore::rules {

namespace {

bool isOrderNoChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
        || c == u'_' || c == u'-' || c == u'|' || c == u'*';
}

} // namespace

QString displayName(const QString &pointer)
{
    QString name;
    for (const QString &part : pointer.split(u'/', Qt::SkipEmptyParts)) {
        bool isIndex = false;
        part.toInt(&isIndex);
        if (isIndex)
            name += u'[' + part + u']';
        else
            name += (name.isEmpty() ? QString() : QStringLiteral(".")) + part;
    }
    return name.isEmpty() ? PayScoreValidation::tr("The request") : name;
}

bool isThreeByteUtf8(QStringView text)
{
    for (const QChar c : text) {
        if (c.isSurrogate())
            return false;
    }
    return true;
}

void missing(ValidationReport &report, const QString &pointer)
{
    report.addError(pointer, PayScoreValidation::tr("%1 is required.").arg(displayName(pointer)));
}

bool checkOutOrderNo(ValidationReport &report, const QString &pointer, const QString &value)
{
    if (value.isEmpty()) {
        missing(report, pointer);
        return false;
    }
    if (value.size() > limits::kOutOrderNoMaxLength) {
        report.addError(pointer,
            PayScoreValidation::tr("%1 must be at most %2 characters; it has %3.")
                .arg(displayName(pointer))
                .arg(limits::kOutOrderNoMaxLength)
                .arg(value.size()));
        return false;
    }
    for (const QChar c : value) {
        if (!isOrderNoChar(c)) {
            report.addError(pointer,
                PayScoreValidation::tr(
                    "%1 may only contain 0-9, A-Z, a-z and _ - | *; \"%2\" is not allowed.")
                    .arg(displayName(pointer), QString(c)));
            return false;
        }
    }
    if (value.contains(u'|') || value.contains(u'*')) {
        report.addWarning(pointer,
            PayScoreValidation::tr(
                "%1 contains '|' or '*': allowed, but it must be percent-encoded in the URL and "
                "some systems count the encoded length against the 32-character limit.")
                .arg(displayName(pointer)));
    }
    return true;
}

bool checkIdentifier(ValidationReport &report, const QString &pointer, const QString &value)
{
    if (value.isEmpty()) {
        missing(report, pointer);
        return false;
    }
    if (value.size() > limits::kIdentifierMaxLength) {
        report.addError(pointer,
            PayScoreValidation::tr("%1 must be at most %2 characters; it has %3.")
                .arg(displayName(pointer))
                .arg(limits::kIdentifierMaxLength)
                .arg(value.size()));
        return false;
    }
    for (const QChar c : value) {
        if (c.isSpace() || c.unicode() < 0x20 || c.unicode() > 0x7e) {
            report.addError(pointer,
                PayScoreValidation::tr(
                    "%1 may only contain visible ASCII characters, without spaces.")
                    .arg(displayName(pointer)));
            return false;
        }
    }
    return true;
}

bool checkText(ValidationReport &report, const QString &pointer, const QString &value,
    int maxLength, bool required)
{
    if (value.isEmpty()) {
        if (required)
            missing(report, pointer);
        return !required;
    }
    if (!isThreeByteUtf8(value)) {
        report.addError(pointer,
            PayScoreValidation::tr(
                "%1 contains an emoji or another character WeChat Pay does not accept (only "
                "characters of 1 to 3 bytes in UTF-8 are allowed).")
                .arg(displayName(pointer)));
        return false;
    }
    if (value.size() > maxLength) {
        report.addError(pointer,
            PayScoreValidation::tr("%1 must be at most %2 characters; it has %3.")
                .arg(displayName(pointer))
                .arg(maxLength)
                .arg(value.size()));
        return false;
    }
    return true;
}

bool checkAmount(
    ValidationReport &report, const QString &pointer, const std::optional<Money> &amount)
{
    if (!amount) {
        missing(report, pointer);
        return false;
    }
    if (amount->isNegative()) {
        report.addError(pointer,
            PayScoreValidation::tr("%1 must be an amount in fen of 0 or more; it is %2.")
                .arg(displayName(pointer))
                .arg(amount->fen()));
        return false;
    }
    if (amount->fen() > kMaxAmountFen) {
        report.addError(pointer,
            PayScoreValidation::tr("%1 must be at most %2 fen; it is %3.")
                .arg(displayName(pointer))
                .arg(kMaxAmountFen)
                .arg(amount->fen()));
        return false;
    }
    return true;
}

bool checkSum(ValidationReport &report, const QString &pointer, const std::optional<Money> &sum,
    const QString &rule)
{
    if (!sum) {
        report.addError(pointer,
            PayScoreValidation::tr("%1 cannot be checked: %2 is too large to compute (it "
                                   "overflows); the amounts cannot be right.")
                .arg(displayName(pointer), rule));
        return false;
    }
    return true;
}

bool checkRange(
    ValidationReport &report, const QString &pointer, qint64 value, qint64 minimum, qint64 maximum)
{
    if (value < minimum || value > maximum) {
        report.addError(pointer,
            PayScoreValidation::tr("%1 must be from %2 to %3; it is %4.")
                .arg(displayName(pointer))
                .arg(minimum)
                .arg(maximum)
                .arg(value));
        return false;
    }
    return true;
}

bool checkCount(ValidationReport &report, const QString &pointer, qint64 count)
{
    return checkRange(report, pointer, count, limits::kCountMin, limits::kCountMax);
}

bool checkUniqueNames(ValidationReport &report, const QString &listPointer, const QString &nameKey,
    const QStringList &names)
{
    QSet<QString> seen;
    bool ok = true;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.at(i).isEmpty())
            continue;
        if (seen.contains(names.at(i))) {
            const QString pointer = QStringLiteral("%1/%2/%3").arg(listPointer).arg(i).arg(nameKey);
            report.addError(pointer,
                PayScoreValidation::tr(
                    "%1: the name \"%2\" is used twice in %3; names must be unique.")
                    .arg(displayName(pointer), names.at(i), displayName(listPointer)));
            ok = false;
        }
        seen.insert(names.at(i));
    }
    return ok;
}

bool checkRowCount(
    ValidationReport &report, const QString &listPointer, qsizetype rows, int maximum)
{
    if (rows > maximum) {
        report.addError(listPointer,
            PayScoreValidation::tr("%1 may have at most %2 rows; it has %3.")
                .arg(displayName(listPointer))
                .arg(maximum)
                .arg(rows));
        return false;
    }
    return true;
}

std::optional<QDateTime> checkTime(ValidationReport &report, const QString &pointer,
    const QString &text, const QDateTime &now, bool required)
{
    if (text.isEmpty()) {
        if (required)
            missing(report, pointer);
        return std::nullopt;
    }
    std::optional<QDateTime> instant = BusinessTime::parse(text);
    if (!instant) {
        report.addError(pointer,
            PayScoreValidation::tr("%1: \"%2\" is not a valid time. Use ISO 8601 with an offset "
                                   "(2026-11-22T10:15:00+08:00) or yyyyMMddHHmmss in Beijing time.")
                .arg(displayName(pointer), text));
        return std::nullopt;
    }
    const QDateTime floor = QDateTime::fromSecsSinceEpoch(limits::kEarliestBusinessTime, Qt::UTC);
    if (*instant < floor) {
        report.addError(pointer,
            PayScoreValidation::tr("%1 (%2) is too long ago; it may not be before %3.")
                .arg(displayName(pointer), BusinessTime::toRfc3339(*instant),
                    BusinessTime::toRfc3339(floor)));
        return std::nullopt;
    }
    if (now.isValid() && now.secsTo(*instant) > limits::kFutureToleranceSeconds) {
        report.addError(pointer,
            PayScoreValidation::tr("%1 (%2) is in the future; it may not be later than now.")
                .arg(displayName(pointer), BusinessTime::toRfc3339(*instant)));
        return std::nullopt;
    }
    return instant;
}

bool checkTimeOrder(ValidationReport &report, const QString &endPointer, const QDateTime &start,
    const QDateTime &end)
{
    if (end < start) {
        report.addError(endPointer,
            PayScoreValidation::tr("%1 (%2) is before the start of the service (%3).")
                .arg(displayName(endPointer), BusinessTime::toRfc3339(end),
                    BusinessTime::toRfc3339(start)));
        return false;
    }
    return true;
}

bool checkTotal(ValidationReport &report, const QString &pointer, Money total, Money expected,
    const QString &rule)
{
    if (total != expected) {
        report.addError(pointer,
            PayScoreValidation::tr("%1 is %2 fen but %3 gives %4 fen.")
                .arg(displayName(pointer))
                .arg(total.fen())
                .arg(rule)
                .arg(expected.fen()));
        return false;
    }
    return true;
}

} // namespace psc::payscore::rules
