#pragma once

#include <core/Result.h>
#include <session/MerchantSession.h>

#include <QObject>
#include <QPair>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QThread;

namespace psc::journal {
class Journal;
class OrderLookup;
} // namespace psc::journal
namespace psc::sandbox {
class Sandbox;
}

namespace psc::ui {

class JournalConnection;

// The console's composition root: it owns what the screens work with — the network access
// manager, the audit journal, the in-process sandbox, the open merchant session and the order
// lookup built on it — and hands each screen what it needs. MainWindow only lays them out.
//
// Startup is split so that the window can be shown first: the constructor only records the
// options; start() opens the journal and the profile used last (both quick), and brings the
// built-in sandbox up on a thread of its own (a first start generates its keys there). Until
// sandboxReady() the sandbox is "starting" and, when no other profile is open, nothing can be
// sent.
class ConsoleContext : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString dataDir; // sandbox folder, profiles; default: the platform's app-data folder
        QString journalPath; // default: JournalConnection::locationFor() (URL, settings, file)
        bool startSandbox = true; // serve the built-in Sandbox profile in-process
    };
    enum class SandboxState { Off, Starting, Ready, Failed };

    explicit ConsoleContext(const Options &options, QObject *parent = nullptr);
    ~ConsoleContext() override;

    // Opens the journal and the profile used last, and starts the sandbox in the background.
    void start();

    QNetworkAccessManager *network() const { return m_network; }
    const std::shared_ptr<journal::Journal> &journal() const { return m_journal; }
    QString journalError() const { return m_journalError; }
    // Watches a team journal's reachability (retrying while it is down).
    JournalConnection *journalConnection() const { return m_journalConnection; }
    // What the status bar says about the journal now: it cannot be opened, the team journal
    // cannot be reached, or it is connected; empty for a local journal that is fine.
    QString journalStatus() const;
    // Opens the journal the settings name now (after the Journal location dialog) and the
    // open profile again on it: the session's write hook holds the journal.
    void reopenJournal();

    SandboxState sandboxState() const { return m_sandboxState; }
    // The running sandbox (null unless Ready). Lives on its own thread: only its read-only
    // accessors (url, profilePath) may be called from here.
    sandbox::Sandbox *sandbox() const
    {
        return m_sandboxState == SandboxState::Ready ? m_sandbox : nullptr;
    }
    QString sandboxError() const { return m_sandboxError; }
    QString sandboxProfilePath() const;

    // Opens a profile file and makes it the session; false (and lastError()) when unusable.
    bool openProfile(const QString &path);
    QString lastError() const { return m_lastError; }
    session::MerchantSession *session() const { return m_session.get(); }
    journal::OrderLookup *orderLookup() const { return m_orderLookup.get(); }
    // True while no profile is open or the open one is the built-in sandbox's.
    bool isBuiltInSandbox() const;
    // The built-in sandbox profile's name as screens show it, in the window's language (its
    // file says "Sandbox"; journal entries keep that).
    static QString builtInSandboxName();
    // The open profile's name as screens show it (confirmations, the profile bar).
    QString profileDisplayName() const;
    // New writes are journaled under this name (the session's runners and later sessions).
    void setOperatorName(const QString &name);
    QString operatorName() const { return m_operatorName; }

    QString profilesDir() const;
    // Saved profiles as (display name, absolute path), sorted by file name.
    QList<QPair<QString, QString>> savedProfiles() const;
    // Saves `profile` (a new one under profilesDir(), named after it) and opens it.
    bool saveAndOpen(const profile::Profile &profile, QString path);

signals:
    void sessionChanged();
    // The journal was opened or reopened, or a team journal's reachability changed:
    // journalStatus() has what to tell the operator (empty: nothing).
    void journalStatusChanged(const QString &status);
    void sandboxStateChanged(psc::ui::ConsoleContext::SandboxState state);

private:
    void openJournal();
    void startSandbox();
    void sandboxStarted(const Result<QUrl> &started);

    Options m_options;
    QNetworkAccessManager *m_network;
    JournalConnection *m_journalConnection;
    std::shared_ptr<journal::Journal> m_journal;
    QString m_journalError;
    QThread *m_sandboxThread = nullptr;
    sandbox::Sandbox *m_sandbox = nullptr; // owned; deleted on its thread
    SandboxState m_sandboxState = SandboxState::Off;
    QString m_sandboxError;
    std::unique_ptr<session::MerchantSession> m_session;
    std::unique_ptr<journal::OrderLookup> m_orderLookup;
    QString m_lastError;
    QString m_operatorName;
};

} // namespace psc::ui
