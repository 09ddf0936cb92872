#include "Journal.h"

#include "BodyRedactor.h"

#include <core/OutcomeNames.h>

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QVariant>

namespace psc::journal {

namespace {

constexpr int schemaVersion = 1;

// Stored as ISO 8601 UTC with milliseconds: sorts and compares as text.
QString toStoredTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromStoredTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

const char *const createTable = R"(
CREATE TABLE IF NOT EXISTS entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    operator TEXT NOT NULL,
    profile TEXT NOT NULL,
    mode TEXT NOT NULL,
    operation TEXT NOT NULL,
    out_order_no TEXT NOT NULL,
    request_body TEXT,
    amount_fen INTEGER,
    outcome TEXT NOT NULL DEFAULT 'pending',
    http_status INTEGER,
    request_id TEXT,
    error_code TEXT,
    error_message TEXT,
    order_id TEXT,
    state TEXT,
    elapsed_ms INTEGER,
    finished_at TEXT,
    reconciled_at TEXT,
    reconciliation TEXT,
    reconciled_by TEXT,
    reconciled_state TEXT,
    reconciled_order_id TEXT,
    reconciled_note TEXT
))";

const char *const selectColumns
    = "SELECT id, started_at, operator, profile, mode, operation, out_order_no, request_body, "
      "amount_fen, outcome, http_status, request_id, error_code, error_message, order_id, state, "
      "elapsed_ms, finished_at, reconciled_at, reconciliation, reconciled_by, reconciled_state, "
      "reconciled_order_id, reconciled_note FROM entries";

const char *const unsettledCondition
    = "(outcome IN ('pending', 'unknown') AND reconciled_at IS NULL)";

JournalEntry entryFromQuery(const QSqlQuery &query)
{
    JournalEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.startedAt = fromStoredTime(query.value(1));
    entry.write.operatorName = query.value(2).toString();
    entry.write.profileName = query.value(3).toString();
    entry.write.mode = query.value(4).toString();
    entry.write.operation = query.value(5).toString();
    entry.write.outOrderNo = query.value(6).toString();
    entry.write.requestBody = query.value(7).toString().toUtf8();
    if (!query.value(8).isNull())
        entry.write.amountFen = query.value(8).toLongLong();
    entry.result.outcome = outcomeFromName(query.value(9).toString()).value_or(Outcome::Unknown);
    entry.result.httpStatus = query.value(10).toInt();
    entry.result.requestId = query.value(11).toString();
    entry.result.errorCode = query.value(12).toString();
    entry.result.errorMessage = query.value(13).toString();
    entry.result.orderId = query.value(14).toString();
    entry.result.state = query.value(15).toString();
    entry.result.elapsedMs = query.value(16).isNull() ? -1 : query.value(16).toLongLong();
    entry.finishedAt = fromStoredTime(query.value(17));
    entry.reconciledAt = fromStoredTime(query.value(18));
    if (entry.reconciledAt.isValid()) {
        Reconciliation r;
        r.kind = query.value(19).toString() == QLatin1String("override")
            ? ReconciliationKind::Override
            : ReconciliationKind::Query;
        r.operatorName = query.value(20).toString();
        r.orderState = query.value(21).toString();
        r.orderId = query.value(22).toString();
        r.note = query.value(23).toString();
        entry.reconciliation = r;
    }
    return entry;
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("psc-journal-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QString(OutcomeNames::pending);
    case Outcome::Succeeded:
        return QString(OutcomeNames::succeeded);
    case Outcome::Rejected:
        return QString(OutcomeNames::rejected);
    case Outcome::Unknown:
        return QString(OutcomeNames::unknown);
    case Outcome::Invalid:
        return QString(OutcomeNames::invalid);
    }
    return QString(OutcomeNames::unknown);
}

std::optional<Outcome> outcomeFromName(QStringView name)
{
    for (Outcome outcome : { Outcome::Pending, Outcome::Succeeded, Outcome::Rejected,
             Outcome::Unknown, Outcome::Invalid }) {
        if (name == outcomeName(outcome))
            return outcome;
    }
    return std::nullopt;
}

QString reconciliationKindName(ReconciliationKind kind)
{
    return kind == ReconciliationKind::Override ? QStringLiteral("override")
                                                : QStringLiteral("query");
}

QString Journal::defaultPath()
{
    const QString overridePath = qEnvironmentVariable("PAYSCORE_JOURNAL");
    if (!overridePath.isEmpty())
        return overridePath;
    // The console and the CLI share one journal, whatever their application names are.
    QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base + QStringLiteral("/PayScoreConsole/journal.sqlite");
}

Journal::Journal(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{
}

Journal::~Journal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::shared_ptr<Journal>> Journal::open(const QString &path)
{
    using R = Result<std::shared_ptr<Journal>>;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return R::failure(QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed"));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return R::failure(QStringLiteral("cannot create the journal folder %1")
                              .arg(QDir::toNativeSeparators(info.absolutePath())));

    std::shared_ptr<Journal> journal(new Journal(info.absoluteFilePath(), nextConnectionName()));
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), journal->m_connectionName);
        db.setDatabaseName(journal->m_path);
        // Another process may hold the write lock for a moment: wait rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return R::failure(
                QStringLiteral("cannot open the journal %1: %2")
                    .arg(QDir::toNativeSeparators(journal->m_path), db.lastError().text()));
    }
    if (!journal->migrate())
        return R::failure(
            QStringLiteral("cannot prepare the journal %1: %2")
                .arg(QDir::toNativeSeparators(journal->m_path), journal->m_lastError));
    return journal;
}

bool Journal::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    // WAL: a commit is one append to the log, readers never block the writer, and a crash at
    // any point leaves the last committed state. FULL: the log is fsynced at every commit, so
    // "committed" means "on disk" before the request is allowed to leave.
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()
        || query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        m_lastError = QStringLiteral("WAL mode refused: %1").arg(query.lastError().text());
        return false;
    }
    for (const char *statement : { "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", createTable,
             "CREATE INDEX IF NOT EXISTS entries_order ON entries(out_order_no)",
             "CREATE INDEX IF NOT EXISTS entries_started ON entries(started_at)",
             "CREATE INDEX IF NOT EXISTS entries_outcome ON entries(outcome)" }) {
        if (!query.exec(QString::fromLatin1(statement))) {
            m_lastError = query.lastError().text();
            return false;
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        m_lastError = query.lastError().text();
        return false;
    }
    const int version = query.value(0).toInt();
    if (version > schemaVersion) {
        m_lastError
            = QStringLiteral("the journal was written by a newer version (schema %1)").arg(version);
        return false;
    }
    if (version < schemaVersion
        && !query.exec(QStringLiteral("PRAGMA user_version=%1").arg(schemaVersion))) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QDateTime Journal::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

// Binds the entry id as the last value and runs an UPDATE that must touch exactly that entry.
bool Journal::updateOne(QSqlQuery &query, qint64 id)
{
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        m_lastError = query.lastError().isValid() ? query.lastError().text()
                                                  : QStringLiteral("no journal entry %1").arg(id);
        return false;
    }
    return true;
}

Result<qint64> Journal::beginWrite(const PendingWrite &write)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO entries (started_at, operator, profile, mode, operation, out_order_no, "
        "request_body, amount_fen, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending')"));
    query.addBindValue(toStoredTime(now()));
    query.addBindValue(write.operatorName);
    query.addBindValue(write.profileName);
    query.addBindValue(write.mode);
    query.addBindValue(write.operation);
    query.addBindValue(write.outOrderNo);
    query.addBindValue(QString::fromUtf8(BodyRedactor::redact(write.requestBody)));
    query.addBindValue(
        write.amountFen ? QVariant(*write.amountFen) : QVariant(QMetaType::fromType<qint64>()));
    // Autocommit: exec() returns after SQLite has committed (and, with synchronous=FULL,
    // fsynced) the row.
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return Result<qint64>::failure(
            QStringLiteral("the journal could not record the request: %1").arg(m_lastError));
    }
    return query.lastInsertId().toLongLong();
}

Result<qint64> Journal::beginWriteIfSettled(
    const PendingWrite &write, std::optional<JournalEntry> *blockedBy)
{
    QSqlQuery transaction(QSqlDatabase::database(m_connectionName));
    // IMMEDIATE takes the write lock now: no other connection can insert between our check
    // and our insert.
    if (!transaction.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_lastError = transaction.lastError().text();
        return Result<qint64>::failure(
            QStringLiteral("the journal could not record the request: %1").arg(m_lastError));
    }
    const auto finish = [&transaction](bool commit) {
        transaction.exec(commit ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    };
    auto blocking
        = unsettledWrite(write.profileName, write.mode, write.operation, write.outOrderNo);
    if (blocking) {
        finish(false);
        if (blockedBy)
            *blockedBy = std::move(blocking);
        return Result<qint64>::failure(QStringLiteral("the same write is unsettled"));
    }
    Result<qint64> id = beginWrite(write);
    finish(id.ok());
    return id;
}

bool Journal::recordResult(qint64 id, const WriteResult &result)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE entries SET outcome = ?, http_status = ?, request_id = ?, error_code = ?, "
        "error_message = ?, order_id = ?, state = ?, elapsed_ms = ?, finished_at = ? WHERE id = "
        "?"));
    query.addBindValue(outcomeName(result.outcome));
    query.addBindValue(
        result.httpStatus > 0 ? QVariant(result.httpStatus) : QVariant(QMetaType::fromType<int>()));
    query.addBindValue(nullable(result.requestId));
    query.addBindValue(nullable(result.errorCode));
    query.addBindValue(nullable(result.errorMessage));
    query.addBindValue(nullable(result.orderId));
    query.addBindValue(nullable(result.state));
    query.addBindValue(result.elapsedMs >= 0 ? QVariant(result.elapsedMs)
                                             : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(toStoredTime(now()));
    return updateOne(query, id);
}

bool Journal::recordReconciliation(qint64 id, const Reconciliation &reconciliation)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE entries SET reconciled_at = ?, reconciliation = ?, reconciled_by = ?, "
        "reconciled_state = ?, reconciled_order_id = ?, reconciled_note = ? WHERE id = ?"));
    query.addBindValue(toStoredTime(now()));
    query.addBindValue(reconciliationKindName(reconciliation.kind));
    query.addBindValue(nullable(reconciliation.operatorName));
    query.addBindValue(nullable(reconciliation.orderState));
    query.addBindValue(nullable(reconciliation.orderId));
    query.addBindValue(nullable(reconciliation.note));
    return updateOne(query, id);
}

std::optional<JournalEntry> Journal::entry(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QString::fromLatin1(selectColumns) + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFromQuery(query);
}

QList<JournalEntry> Journal::entries(const JournalFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (!filter.outOrderNo.isEmpty()) {
        conditions << QStringLiteral("instr(out_order_no, ?) > 0");
        values << filter.outOrderNo;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("started_at >= ?");
        values << toStoredTime(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("started_at < ?");
        values << toStoredTime(filter.to);
    }
    if (!filter.operatorName.isEmpty()) {
        conditions << QStringLiteral("operator = ?");
        values << filter.operatorName;
    }
    if (!filter.profileName.isEmpty()) {
        conditions << QStringLiteral("profile = ?");
        values << filter.profileName;
    }
    if (!filter.outcomes.isEmpty()) {
        QStringList marks;
        for (Outcome outcome : filter.outcomes) {
            marks << QStringLiteral("?");
            values << outcomeName(outcome);
        }
        conditions << QStringLiteral("outcome IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (filter.onlyOutcomeUnknown)
        conditions << QString::fromLatin1(unsettledCondition);

    QString sql = QString::fromLatin1(selectColumns);
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);

    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<JournalEntry> result;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return result;
    }
    while (query.next())
        result.append(entryFromQuery(query));
    return result;
}

QList<JournalEntry> Journal::outcomeUnknown() const
{
    JournalFilter filter;
    filter.onlyOutcomeUnknown = true;
    return entries(filter);
}

std::optional<JournalEntry> Journal::unsettledWrite(const QString &profileName, const QString &mode,
    const QString &operation, const QString &outOrderNo) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(QString::fromLatin1(selectColumns)
        + QStringLiteral(" WHERE profile = ? AND mode = ? AND operation = ? AND out_order_no = ?"
                         " ORDER BY id DESC LIMIT 1"));
    query.addBindValue(profileName);
    query.addBindValue(mode);
    query.addBindValue(operation);
    query.addBindValue(outOrderNo);
    if (!query.exec() || !query.next())
        return std::nullopt;
    JournalEntry last = entryFromQuery(query);
    if (!last.isOutcomeUnknown())
        return std::nullopt;
    return last;
}

QStringList Journal::distinct(const char *column) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    QStringList values;
    if (query.exec(QStringLiteral("SELECT DISTINCT %1 FROM entries ORDER BY %1")
                       .arg(QLatin1String(column)))) {
        while (query.next())
            values << query.value(0).toString();
    }
    return values;
}

QStringList Journal::operators() const
{
    return distinct("operator");
}

QStringList Journal::profiles() const
{
    return distinct("profile");
}

} // namespace psc::journal
