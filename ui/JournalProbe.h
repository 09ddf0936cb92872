#pragma once

#include <QObject>
#include <QString>
#include <QThread>

namespace psc::ui {

class JournalProbeWorker;

// Asks, on a thread of its own, whether a team journal's server answers: a fresh connection
// (its own QSqlDatabase connection name; connections belong to the thread that made them) is
// opened and closed again. A server that drops packets holds that thread for libpq's
// connect_timeout (5 s unless the URL says otherwise), never the console's UI thread. One
// probe at a time; the answer comes back as a queued signal; the destructor waits for a probe
// under way (at most connect_timeout) and stops the thread.
class JournalProbe : public QObject {
    Q_OBJECT
public:
    explicit JournalProbe(QObject *parent = nullptr);
    ~JournalProbe() override;

    // Starts a probe of `location` (a postgresql:// URL) unless one is under way; false then.
    bool start(const QString &location, const QString &password);
    bool isProbing() const { return m_probing; }

signals:
    void finished(const QString &location, bool reachable);

private:
    QThread m_thread;
    JournalProbeWorker *m_worker; // lives on m_thread, deleted when it finishes
    bool m_probing = false;
};

} // namespace psc::ui
