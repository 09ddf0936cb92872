#include "JournalConnection.h"

#include "JournalSettingsDialog.h"

namespace psc::ui {

JournalConnection::JournalConnection(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &JournalConnection::check);
    connect(&m_probe, &JournalProbe::finished, this, &JournalConnection::probed);
}

QString JournalConnection::locationFor(const QString &option)
{
    if (!option.isEmpty())
        return option;
    QString fromEnvironment = qEnvironmentVariable("PAYSCORE_JOURNAL_URL");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString configured = JournalSettingsDialog::storedTeamUrl();
    return configured.isEmpty() ? journal::Journal::defaultPath() : configured;
}

Result<std::shared_ptr<journal::Journal>> JournalConnection::open(const QString &location)
{
    m_timer.stop();
    m_journal.reset();
    m_reachable = true;
    auto opened = journal::Journal::open(location, JournalSettingsDialog::passwordFor(location),
        journal::Journal::Connect::WhenReachable);
    if (!opened)
        return opened;
    m_journal = *opened;
    // Only a server can go away; a local file is there or it failed to open.
    if (m_journal->location().isTeamJournal()) {
        m_journal->setConnectsOnlyInConnect(true);
        m_reachable = m_journal->isConnected();
        m_timer.start();
    }
    return opened;
}

void JournalConnection::check()
{
    if (m_journal && m_journal->location().isTeamJournal())
        m_probe.start(m_journal->path(), JournalSettingsDialog::passwordFor(m_journal->path()));
}

void JournalConnection::probed(const QString &location, bool reachable)
{
    if (!m_journal || location != m_journal->path())
        return; // the console has opened another journal since
    if (!reachable)
        m_journal->dropConnection(); // its next statement fails at once instead of hanging
    else if (!m_journal->isConnected())
        reachable = m_journal->connect(); // it just answered: quick, and bounded regardless
    if (reachable == m_reachable)
        return;
    m_reachable = reachable;
    emit reachabilityChanged(reachable);
}

QString JournalConnection::problem() const
{
    if (m_reachable || !m_journal)
        return {};
    return tr("The team journal (%1) cannot be reached. Writes are not sent until it can be, "
              "because every write must be recorded first; queries still work. Trying again "
              "every %n second(s)…",
        nullptr, m_timer.interval() / 1000)
        .arg(m_journal->location().displayName());
}

} // namespace psc::ui
