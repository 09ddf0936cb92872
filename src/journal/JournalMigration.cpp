#include "JournalMigration.h"

#include "Journal.h"

#include <algorithm>

namespace psc::journal {

Result<JournalMigration::Report> JournalMigration::copy(const Journal &from, Journal &to)
{
    using R = Result<Report>;
    const QString sourceId = from.journalId();
    if (sourceId.isEmpty())
        return R::failure(QStringLiteral("the journal %1 has no identity: %2")
                              .arg(from.location().displayName(), from.lastError()));
    if (sourceId == to.journalId())
        return R::failure(QStringLiteral("the source and the target are the same journal"));
    QList<JournalEntry> entries = from.entries();
    if (!from.isConnected())
        return R::failure(from.lastError());
    std::reverse(entries.begin(), entries.end()); // oldest first: the target's ids keep the order
    const QString kind
        = from.location().isTeamJournal() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
    Report report;
    for (const JournalEntry &entry : entries) {
        ++report.read;
        const QString origin = entry.origin.isEmpty()
            ? QStringLiteral("%1:%2:%3").arg(kind, sourceId).arg(entry.id)
            : entry.origin;
        bool copied = false;
        if (!to.importEntry(entry, origin, &copied))
            return R::failure(QStringLiteral("entry %1 could not be copied (%2 copied so far): %3")
                                  .arg(entry.id)
                                  .arg(report.copied)
                                  .arg(to.lastError()));
        ++(copied ? report.copied : report.alreadyThere);
    }
    return report;
}

} // namespace psc::journal
