#include "RefundNumber.h"

#include "RefundTexts.h"

#include <payscore/FieldRules.h>

#include <QRandomGenerator>
#include <QTimeZone>

namespace psc::refund {

QString RefundNumber::generate(const QDateTime &now)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QString number = QStringLiteral("RF")
        + now.toTimeZone(QTimeZone(8 * 3600)).toString(QStringLiteral("yyyyMMddHHmmss"));
    for (int i = 0; i < 16; ++i)
        number += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]);
    return number;
}

bool RefundNumber::isAllowed(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
        || c == u'_' || c == u'-' || c == u'|' || c == u'*' || c == u'@';
}

bool RefundNumber::check(
    payscore::ValidationReport &report, const QString &pointer, const QString &value)
{
    const QString name = payscore::rules::displayName(pointer);
    if (value.isEmpty()) {
        payscore::rules::missing(report, pointer);
        return false;
    }
    if (value.size() > kMaxLength) {
        report.addError(pointer,
            RefundRules::tr("%1 must be at most %2 characters; it has %3.")
                .arg(name)
                .arg(kMaxLength)
                .arg(value.size()));
        return false;
    }
    for (const QChar c : value) {
        if (!isAllowed(c)) {
            report.addError(pointer,
                RefundRules::tr(
                    "%1 may only contain 0-9, A-Z, a-z and _ - | * @; \"%2\" is not allowed.")
                    .arg(name, QString(c)));
            return false;
        }
    }
    return true;
}

} // namespace psc::refund
