#pragma once

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
    void check(); // now, instead of at the next tick

signals:
    void reachabilityChanged(bool reachable);

private:
    std::shared_ptr<journal::Journal> m_journal;
    QTimer m_timer;
    bool m_reachable = true;
};

} // namespace psc::ui
