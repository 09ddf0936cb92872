#include "JournalLocation.h"

#include <apiv3/WeChatPayHosts.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrlQuery>

namespace psc::journal {

namespace {

// The libpq parameters a journal URL may carry; anything else is more likely a typo than a
// wish, and a typo in sslmode must not silently weaken the connection.
const QStringList allowedParameters = { QStringLiteral("sslmode"), QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"), QStringLiteral("sslkey"), QStringLiteral("sslcrl"),
    QStringLiteral("connect_timeout"), QStringLiteral("application_name") };

QString tr(const char *text)
{
    return QCoreApplication::translate("JournalLocation", text);
}

} // namespace

QString JournalLocation::defaultSqlitePath()
{
    // The console and the CLI share one journal, whatever their application names are.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/PayScoreConsole/journal.sqlite");
}

QString JournalLocation::fromEnvironment()
{
    for (const char *variable : { "PAYSCORE_JOURNAL_URL", "PAYSCORE_JOURNAL" }) {
        QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return defaultSqlitePath();
}

Result<JournalLocation> JournalLocation::parse(const QString &text)
{
    using R = Result<JournalLocation>;
    JournalLocation location;
    location.m_text = text.trimmed();
    if (location.m_text.isEmpty())
        return R::failure(tr("The journal location is empty."));
    const bool isUrl = location.m_text.startsWith(QLatin1String("postgresql://"))
        || location.m_text.startsWith(QLatin1String("postgres://"));
    if (!isUrl) {
        if (location.m_text.contains(QLatin1String("://")))
            return R::failure(tr("A journal URL starts with postgresql://; anything else is a "
                                 "file path."));
        location.m_path = QFileInfo(location.m_text).absoluteFilePath();
        return location;
    }

    location.m_kind = Kind::Postgres;
    location.m_url = QUrl(location.m_text, QUrl::StrictMode);
    const QUrl &url = location.m_url;
    if (!url.isValid())
        return R::failure(tr("The journal URL is not valid: %1").arg(url.errorString()));
    if (!url.password().isEmpty())
        return R::failure(
            tr("The journal URL must not contain a password. Keep it in the system keychain "
               "(Settings), in PGPASSFILE or in PGPASSWORD."));
    if (url.host().isEmpty())
        return R::failure(tr("The journal URL names no database server."));
    if (location.database().isEmpty() || location.database().contains(QLatin1Char('/')))
        return R::failure(tr("The journal URL names no database (…/DATABASE)."));
    if (url.userName().isEmpty())
        return R::failure(tr("The journal URL names no database user (USER@host)."));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedParameters.contains(key))
            return R::failure(tr("The journal URL has an unknown parameter: %1").arg(key));
    }
    if (!apiv3::WeChatPayHosts::isLoopback(url.host())
        && query.queryItemValue(QStringLiteral("sslmode")) != QLatin1String("verify-full"))
        return R::failure(
            tr("A team journal on another machine (%1) must be reached with "
               "sslmode=verify-full, so that the server's certificate and name are checked. "
               "Plain connections are only allowed to this computer.")
                .arg(url.host()));
    return location;
}

QString JournalLocation::connectOptions() const
{
    QStringList options;
    const QUrlQuery query(m_url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        options << key + QLatin1Char('=') + value;
    // A server that does not answer must not freeze the console or a script for minutes.
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=5");
    return options.join(QLatin1Char(';'));
}

QString JournalLocation::displayName() const
{
    if (m_kind == Kind::Sqlite)
        return QDir::toNativeSeparators(m_path);
    return QStringLiteral("%1@%2:%3/%4").arg(userName(), host()).arg(port()).arg(database());
}

} // namespace psc::journal
