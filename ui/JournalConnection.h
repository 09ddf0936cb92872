#pragma once

#include "JournalProbe.h"

#include <journal/Journal.h>

#include <QObject>
#include <QTimer>

#include <memory>

namespace psc::ui {

// The console's journal and its connection. Opens the journal the console is configured for
// (see locationFor); a team journal that cannot be reached is opened anyway, writes are
// refused by it until it can be, and this object tries again every few seconds and says
// whether it is reachable, so the console can tell the operator in plain words and recover on
// its own when the server is back.
//
// The UI thread never waits for a server that does not answer: whether it answers is asked
// by a JournalProbe on its own thread, and the journal connects (on the UI thread) only once
// the probe found it answering; until then its writes are refused at once. Only open() itself
// connects directly, bounded by libpq's connect_timeout (5 s unless the URL says otherwise).
class JournalConnection : public QObject {
    Q_OBJECT
public:
    explicit JournalConnection(QObject *parent = nullptr);

    // The option given to the window (tests), else PAYSCORE_JOURNAL_URL, else the Settings
    // dialog's team journal, else PAYSCORE_JOURNAL or the local file.
    static QString locationFor(const QString &option);

    Result<std::shared_ptr<journal::Journal>> open(const QString &location);
    std::shared_ptr<journal::Journal> journal() const { return m_journal; }
    bool isReachable() const { return m_reachable; }
    // Plain words for the operator while the team journal cannot be reached; empty otherwise.
    QString problem() const;
    void setRetryInterval(int ms) { m_timer.setInterval(ms); }
    void check(); // probes now, instead of at the next tick; the answer comes later
    bool isProbing() const { return m_probe.isProbing(); }

signals:
    void reachabilityChanged(bool reachable);

private:
    void probed(const QString &location, bool reachable);

    std::shared_ptr<journal::Journal> m_journal;
    QTimer m_timer;
    JournalProbe m_probe;
    bool m_reachable = true;
};

} // namespace psc::ui
