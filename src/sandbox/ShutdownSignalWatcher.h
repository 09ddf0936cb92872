#pragma once

#include <QObject>

class QSocketNotifier;

namespace psc::sandbox {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal on the event loop (the self-pipe trick: the
// handler only writes a byte; everything else happens outside signal context), so that a
// running sandbox saves its state and exits cleanly. One instance per process.
class ShutdownSignalWatcher : public QObject {
    Q_OBJECT
public:
    explicit ShutdownSignalWatcher(QObject *parent = nullptr);
    ~ShutdownSignalWatcher() override;

    bool isActive() const { return m_notifier != nullptr; }

signals:
    void shutdownRequested(int signalNumber);

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace psc::sandbox
