#pragma once

#include <core/Result.h>

#include <QString>
#include <QUrl>

namespace psc::journal {

// Where the journal lives: a local SQLite file (the default) or a team journal on a PostgreSQL
// server, named by a URL such as
//   postgresql://clerk@db.chain.example:5432/payscore?sslmode=verify-full&sslrootcert=ca.pem
// The password is never part of a location: it comes from the OS keychain (the console),
// PGPASSFILE or PGPASSWORD (libpq reads both itself). As with HTTP, a server that is not on
// this machine must be reached over TLS with its certificate and host name verified.
class JournalLocation {
public:
    enum class Kind { Sqlite, Postgres };

    // A file path, or a postgresql:// (postgres://) URL. Refused with the reason: a URL that
    // carries a password, a non-loopback host without sslmode=verify-full, a missing database
    // name, an unknown parameter.
    static Result<JournalLocation> parse(const QString &text);
    // PAYSCORE_JOURNAL_URL when set, else PAYSCORE_JOURNAL (a file), else the default file.
    static QString fromEnvironment();
    static QString defaultSqlitePath();

    Kind kind() const { return m_kind; }
    bool isTeamJournal() const { return m_kind == Kind::Postgres; }
    QString text() const { return m_text; } // as given (never holds a password)
    // SQLite: the absolute file path. Postgres: the fields below.
    QString path() const { return m_path; }
    QString host() const { return m_url.host(); }
    int port() const { return m_url.port(5432); }
    QString database() const { return m_url.path().mid(1); }
    QString userName() const { return m_url.userName(); }
    // libpq connection options for QSqlDatabase::setConnectOptions ("sslmode=…;…").
    QString connectOptions() const;
    // "user@host:port/db": what the operator reads, and the keychain account of the password.
    QString displayName() const;

private:
    Kind m_kind = Kind::Sqlite;
    QString m_text;
    QString m_path;
    QUrl m_url;
};

} // namespace psc::journal
