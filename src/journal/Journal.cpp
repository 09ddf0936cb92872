#include "Journal.h"

#include "BodyRedactor.h"
#include "JournalBackend.h"
#include "OperatorIdentity.h"

#include <core/OutcomeNames.h>

#include <QAtomicInteger>
#include <QDir>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace psc::journal {

namespace {

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

// outcome, http_status, request_id, error_code, error_message, order_id, state, elapsed_ms
void bindResult(QSqlQuery &query, const WriteResult &result)
{
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
}

// reconciliation, reconciled_by, reconciled_state, reconciled_order_id, reconciled_note; all
// NULL for an entry not settled.
void bindReconciliation(QSqlQuery &query, const std::optional<Reconciliation> &reconciliation)
{
    const Reconciliation r = reconciliation.value_or(Reconciliation {});
    query.addBindValue(
        reconciliation ? reconciliationKindName(r.kind) : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(nullable(r.operatorName));
    query.addBindValue(nullable(r.orderState));
    query.addBindValue(nullable(r.orderId));
    query.addBindValue(nullable(r.note));
}

const char *const selectColumns
    = "SELECT id, started_at, operator, profile, mode, operation, out_order_no, request_body, "
      "amount_fen, outcome, http_status, request_id, error_code, error_message, order_id, state, "
      "elapsed_ms, finished_at, reconciled_at, reconciliation, reconciled_by, reconciled_state, "
      "reconciled_order_id, reconciled_note, os_account, host_name, origin FROM entries";

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
    entry.write.osAccount = query.value(24).toString();
    entry.write.hostName = query.value(25).toString();
    entry.origin = query.value(26).toString();
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
    return JournalLocation::fromEnvironment();
}

Journal::Journal(
    JournalLocation location, std::unique_ptr<JournalBackend> backend, QString password)
    : m_location(std::move(location))
    , m_backend(std::move(backend))
    , m_connectionName(nextConnectionName())
    , m_password(std::move(password))
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

Result<std::shared_ptr<Journal>> Journal::open(
    const QString &location, const QString &password, Connect connect)
{
    using R = Result<std::shared_ptr<Journal>>;
    auto parsed = JournalLocation::parse(location);
    if (!parsed)
        return R::failure(parsed.error());
    auto backend = JournalBackend::create(*parsed);
    if (!QSqlDatabase::isDriverAvailable(backend->driverName()))
        return R::failure(QStringLiteral("the Qt SQL driver %1 is not installed (%2)")
                              .arg(backend->driverName(),
                                  parsed->isTeamJournal() ? QStringLiteral("libqt6sql6-psql")
                                                          : QStringLiteral("libqt6sql6-sqlite")));
    std::shared_ptr<Journal> journal(new Journal(*parsed, std::move(backend), password));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            journal->m_backend->driverName(), journal->m_connectionName);
        QString error;
        if (!journal->m_backend->configure(db, password, &error))
            return R::failure(error);
    }
    if (journal->database().isOpen())
        return journal;
    // A team journal that is down now may be up in a minute; a file that cannot be opened, or
    // a schema this program cannot use, will not be.
    if (connect == Connect::WhenReachable && parsed->isTeamJournal() && !journal->m_schemaRefused)
        return journal;
    return R::failure(journal->m_lastError);
}

Journal::Opener Journal::opener() const
{
    return [location = m_location.text(), password = m_password] {
        return open(location, password, Connect::Now);
    };
}

QSqlDatabase Journal::database() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (m_reconnect) {
        db.close();
        m_reconnect = false;
        m_connected = false;
    }
    if (db.isOpen())
        return db;
    if (m_connectsOnlyInConnect && !m_connecting) {
        m_lastError
            = QStringLiteral("the team journal %1 cannot be reached").arg(m_location.displayName());
        return db;
    }
    QString error;
    if (!db.open()) {
        m_lastError = m_location.isTeamJournal()
            ? QStringLiteral("the team journal %1 cannot be reached: %2")
                  .arg(m_location.displayName(), db.lastError().text().trimmed())
            : QStringLiteral("cannot open the journal %1: %2")
                  .arg(m_location.displayName(), db.lastError().text());
        return db;
    }
    if (!m_backend->afterOpen(db, &error)) {
        m_lastError = QStringLiteral("cannot prepare the journal %1: %2")
                          .arg(m_location.displayName(), error);
        db.close();
        return db;
    }
    if (!migrate(db)) {
        db.close();
        return db;
    }
    m_connected = true;
    return db;
}

bool Journal::isConnected() const
{
    return m_connected && !m_reconnect;
}

bool Journal::connect() const
{
    if (isConnected()) {
        // A cheap round trip: a server that went away is noticed here, not at the next write.
        QSqlQuery ping(database());
        ping.exec(QStringLiteral("SELECT 1"));
        if (!ping.lastError().isValid())
            return true;
        m_reconnect = true;
    }
    const QScopedValueRollback connecting(m_connecting, true);
    return database().isOpen();
}

bool Journal::run(QSqlQuery &query, const QString &statement) const
{
    // Statements without values run as they are: PostgreSQL cannot prepare BEGIN or DDL.
    if (statement.isEmpty() ? query.exec() : query.exec(statement))
        return true;
    m_lastError = query.lastError().text().trimmed();
    // The server may be gone (restart, network): open a fresh connection next time rather
    // than keep failing on a dead one.
    if (m_backend->reconnectsAfterFailure())
        m_reconnect = true;
    return false;
}

bool Journal::runAll(QSqlDatabase &db, const QStringList &statements) const
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!run(query, statement))
            return false;
    }
    return true;
}

// Versioned migrations, on every open: each step brings the schema one version up, all of
// them in one transaction that also records the new version. Its errors are ones no retry
// will fix (m_schemaRefused).
bool Journal::migrate(QSqlDatabase &db) const
{
    const auto fail = [this](const QString &why, bool permanent = false) {
        m_schemaRefused = permanent;
        m_lastError = QStringLiteral("the journal %1 cannot be used: %2")
                          .arg(m_location.displayName(), why);
        return false;
    };
    const auto newer = [&](int version) {
        return fail(QStringLiteral("it was written by a newer version of PayScore Console "
                                   "(schema %1; this program knows up to %2). Update the "
                                   "program on this PC.")
                        .arg(version)
                        .arg(schemaVersion),
            true);
    };
    QString error;
    int version = m_backend->readVersion(db, &error);
    if (version < 0)
        return fail(error);
    if (version > schemaVersion)
        return newer(version);
    if (version == schemaVersion) {
        reapplyAfterMigration(db);
        return true;
    }

    QSqlQuery rollback(db);
    if (!runAll(db, m_backend->beginMigration()))
        return fail(m_lastError);
    version = m_backend->readVersion(db, &error); // another program may have just done it
    QStringList steps;
    const QList<QStringList> migrations = m_backend->migrations();
    for (int next = std::max(version, 0); next < schemaVersion; ++next)
        steps += migrations.at(next);
    if (version >= schemaVersion || version < 0) {
        rollback.exec(QStringLiteral("ROLLBACK"));
        return version < 0 ? fail(error) : version > schemaVersion ? newer(version) : true;
    }
    steps += m_backend->writeVersion(schemaVersion);
    steps += m_backend->afterMigration();
    steps += QStringLiteral("COMMIT");
    if (!runAll(db, steps)) {
        const QString why = m_lastError;
        rollback.exec(QStringLiteral("ROLLBACK"));
        return fail(QStringLiteral("its schema could not be brought from version %1 to %2 (%3). "
                                   "On a team journal, the database owner opens it once to "
                                   "upgrade it (see README).")
                        .arg(version)
                        .arg(schemaVersion)
                        .arg(why),
            true);
    }
    return true;
}

void Journal::reapplyAfterMigration(QSqlDatabase &db) const
{
    // A role the DBA creates after the schema was made gets its rights at the next open (the
    // grants are idempotent); serialised like a migration, since two PCs granting at once
    // would collide in the catalogue. Failing here does not stop the journal from working.
    const QStringList steps = m_backend->afterMigration();
    if (steps.isEmpty())
        return;
    if (!runAll(db, m_backend->beginMigration() + steps + QStringList { QStringLiteral("COMMIT") }))
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
}

QDateTime Journal::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

// Binds the entry id as the last value and runs an UPDATE that must touch exactly that entry.
bool Journal::updateOne(QSqlQuery &query, qint64 id)
{
    query.addBindValue(id);
    if (!run(query))
        return false;
    if (query.numRowsAffected() != 1) {
        m_lastError = QStringLiteral("no journal entry %1").arg(id);
        return false;
    }
    return true;
}

Result<qint64> Journal::insertEntry(
    QSqlDatabase &db, const JournalEntry &entry, const QString &origin)
{
    const PendingWrite &write = entry.write;
    const WriteResult &result = entry.result;
    const std::optional<Reconciliation> &settled = entry.reconciliation;
    QSqlQuery query(db);
    // RETURNING: the new id on both back ends (SQLite 3.35+), inside the same statement.
    query.prepare(QStringLiteral(
        "INSERT INTO entries (started_at, operator, profile, mode, operation, out_order_no, "
        "request_body, amount_fen, os_account, host_name, origin, outcome, http_status, "
        "request_id, error_code, error_message, order_id, state, elapsed_ms, finished_at, "
        "reconciled_at, reconciliation, reconciled_by, reconciled_state, reconciled_order_id, "
        "reconciled_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?) ON CONFLICT (origin) DO NOTHING RETURNING id"));
    query.addBindValue(toStoredTime(entry.startedAt.isValid() ? entry.startedAt : now()));
    query.addBindValue(write.operatorName);
    query.addBindValue(write.profileName);
    query.addBindValue(write.mode);
    query.addBindValue(write.operation);
    query.addBindValue(write.outOrderNo);
    query.addBindValue(QString::fromUtf8(BodyRedactor::redact(write.requestBody)));
    query.addBindValue(
        write.amountFen ? QVariant(*write.amountFen) : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(write.osAccount.isEmpty() ? OperatorIdentity::osAccount() : write.osAccount);
    query.addBindValue(write.hostName.isEmpty() ? OperatorIdentity::hostName() : write.hostName);
    query.addBindValue(nullable(origin));
    bindResult(query, result);
    query.addBindValue(nullable(toStoredTime(entry.finishedAt)));
    query.addBindValue(nullable(toStoredTime(entry.reconciledAt)));
    bindReconciliation(query, settled);
    if (!run(query))
        return Result<qint64>::failure(m_lastError);
    return query.next() ? query.value(0).toLongLong() : 0; // 0: already there
}

// One transaction: [the check,] the insert, the commit. Only a successful COMMIT lets the
// request leave; anything else rolls back and refuses it.
Result<qint64> Journal::writeTransaction(
    const PendingWrite &write, bool checkSettled, std::optional<JournalEntry> *blockedBy)
{
    const auto refuse = [](const QString &why) {
        return Result<qint64>::failure(
            QStringLiteral("the journal could not record the request: %1").arg(why));
    };
    QSqlDatabase db = database();
    if (!db.isOpen())
        return refuse(m_lastError);
    QSqlQuery control(db);
    const auto rollback = [&control] { control.exec(QStringLiteral("ROLLBACK")); };
    if (!run(control, m_backend->beginWriteTransaction()))
        return refuse(m_lastError);
    if (checkSettled) {
        if (!m_backend->lockWriteKey().isEmpty()) {
            QSqlQuery lock(db);
            lock.prepare(m_backend->lockWriteKey());
            lock.addBindValue(
                QStringList { write.profileName, write.mode, write.operation, write.outOrderNo }
                    .join(QLatin1Char('\x1f')));
            if (!run(lock)) {
                rollback();
                return refuse(m_lastError);
            }
        }
        m_lastError.clear();
        auto blocking
            = unsettledWrite(write.profileName, write.mode, write.operation, write.outOrderNo);
        if (blocking || !m_lastError.isEmpty()) {
            rollback();
            if (!blocking)
                return refuse(m_lastError);
            if (blockedBy)
                *blockedBy = std::move(blocking);
            return Result<qint64>::failure(QStringLiteral("the same write is unsettled"));
        }
    }
    JournalEntry pending;
    pending.write = write;
    pending.result.outcome = Outcome::Pending;
    Result<qint64> id = insertEntry(db, pending, QString());
    if (!id) {
        rollback();
        return refuse(id.error());
    }
    // The COMMIT is what makes the entry durable (fsynced by SQLite, written by the server):
    // if it fails, nothing may be sent.
    if (!run(control, QStringLiteral("COMMIT"))) {
        const QString why = QStringLiteral("COMMIT failed: %1").arg(m_lastError);
        rollback();
        return refuse(why);
    }
    return id;
}

Result<qint64> Journal::beginWrite(const PendingWrite &write)
{
    return writeTransaction(write, false, nullptr);
}

Result<qint64> Journal::beginWriteIfSettled(
    const PendingWrite &write, std::optional<JournalEntry> *blockedBy)
{
    return writeTransaction(write, true, blockedBy);
}

bool Journal::importEntry(const JournalEntry &entry, const QString &origin, bool *copied)
{
    *copied = false;
    QSqlDatabase db = database();
    if (!db.isOpen())
        return false;
    const Result<qint64> id = insertEntry(db, entry, origin);
    if (!id)
        return false;
    *copied = *id != 0;
    return true;
}

QString Journal::journalId() const
{
    QSqlQuery query(database());
    return run(query, QStringLiteral("SELECT value FROM journal_meta WHERE key = 'journal_id'"))
            && query.next()
        ? query.value(0).toString()
        : QString();
}

bool Journal::recordResult(qint64 id, const WriteResult &result)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "UPDATE entries SET outcome = ?, http_status = ?, request_id = ?, error_code = ?, "
        "error_message = ?, order_id = ?, state = ?, elapsed_ms = ?, finished_at = ? WHERE id = "
        "?"));
    bindResult(query, result);
    query.addBindValue(toStoredTime(now()));
    return updateOne(query, id);
}

bool Journal::recordReconciliation(qint64 id, const Reconciliation &reconciliation)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "UPDATE entries SET reconciled_at = ?, reconciliation = ?, reconciled_by = ?, "
        "reconciled_state = ?, reconciled_order_id = ?, reconciled_note = ? WHERE id = ?"));
    query.addBindValue(toStoredTime(now()));
    bindReconciliation(query, reconciliation);
    return updateOne(query, id);
}

std::optional<JournalEntry> Journal::entry(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(QString::fromLatin1(selectColumns) + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!run(query) || !query.next())
        return std::nullopt;
    return entryFromQuery(query);
}

QList<JournalEntry> Journal::entries(const JournalFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (!filter.outOrderNo.isEmpty()) {
        conditions << m_backend->containsCondition(QStringLiteral("out_order_no"));
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
    for (const auto &[column, value] : { std::pair { "profile", &filter.profileName },
             std::pair { "os_account", &filter.osAccount },
             std::pair { "host_name", &filter.hostName } }) {
        if (!value->isEmpty()) {
            conditions << QStringLiteral("%1 = ?").arg(QLatin1String(column));
            values << *value;
        }
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

    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<JournalEntry> result;
    if (!run(query))
        return result;
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
    QSqlQuery query(database());
    query.prepare(QString::fromLatin1(selectColumns)
        + QStringLiteral(" WHERE profile = ? AND mode = ? AND operation = ? AND out_order_no = ?"
                         " ORDER BY id DESC LIMIT 1"));
    query.addBindValue(profileName);
    query.addBindValue(mode);
    query.addBindValue(operation);
    query.addBindValue(outOrderNo);
    if (!run(query))
        return std::nullopt;
    if (!query.next()) {
        // A read that fails while stepping (I/O error, a damaged page, a lost connection) is not
        // "nothing unsettled": the caller must refuse the write, so it is told through
        // m_lastError like a statement that failed to run.
        if (query.lastError().isValid())
            m_lastError = query.lastError().text().trimmed();
        return std::nullopt;
    }
    JournalEntry last = entryFromQuery(query);
    if (!last.isOutcomeUnknown())
        return std::nullopt;
    return last;
}

QStringList Journal::distinct(const char *column) const
{
    QSqlQuery query(database());
    QStringList values;
    if (run(query,
            QStringLiteral("SELECT DISTINCT %1 FROM entries WHERE %1 IS NOT NULL ORDER BY %1")
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

QStringList Journal::osAccounts() const
{
    return distinct("os_account");
}

QStringList Journal::hostNames() const
{
    return distinct("host_name");
}

} // namespace psc::journal
