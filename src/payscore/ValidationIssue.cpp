#include "ValidationIssue.h"

namespace psc::payscore {

namespace {
QStringList segments(const QString &pointer)
{
    QStringList parts = pointer.split(u'/', Qt::SkipEmptyParts);
    for (QString &part : parts) // RFC 6901 escapes, in this order
        part.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
    return parts;
}
} // namespace

QString ValidationIssue::formKey() const
{
    return segments(pointer).join(u'.');
}

QString ValidationIssue::field() const
{
    const QStringList parts = segments(pointer);
    return parts.isEmpty() ? QString() : parts.last();
}

QJsonObject ValidationIssue::toJson() const
{
    return QJsonObject {
        { QStringLiteral("severity"),
            isError() ? QStringLiteral("error") : QStringLiteral("warning") },
        { QStringLiteral("field"), pointer },
        { QStringLiteral("form_key"), formKey() },
        { QStringLiteral("message"), message },
    };
}

} // namespace psc::payscore
