#include "ApiResult.h"

#include <core/OutcomeNames.h>

namespace psc::apiv3 {

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return QString(OutcomeNames::succeeded);
    case Outcome::Rejected:
        return QString(OutcomeNames::rejected);
    case Outcome::Unknown:
        return QString(OutcomeNames::unknown);
    case Outcome::NotSent:
        return QString(OutcomeNames::notSent);
    }
    return QString(OutcomeNames::unknown);
}

namespace {

// Single-quotes a word for a POSIX shell.
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QString SignedRequestInfo::toCurl() const
{
    QString command = QStringLiteral("curl -X %1 %2")
                          .arg(QString::fromLatin1(method), shellQuote(QString::fromUtf8(url)));
    for (const auto &header : headers) {
        QByteArray value = header.second;
        if (header.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            value = "<redacted: sign again with payscore-cli sign>";
        command += QStringLiteral(" \\\n  -H %1")
                       .arg(shellQuote(QString::fromUtf8(header.first + ": " + value)));
    }
    if (!body.isEmpty())
        command
            += QStringLiteral(" \\\n  --data-binary %1").arg(shellQuote(QString::fromUtf8(body)));
    return command;
}

} // namespace psc::apiv3
