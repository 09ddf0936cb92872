#pragma once

// For the startup benchmark (tests/bench/startup): the console and the bare Qt window it is
// compared with both use this probe, so both report the same moment the same way. Header
// only, Qt Widgets only.

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QObject>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>
#include <functional>

namespace psc::ui {

class StartupProbe : public QObject {
public:
    // Prints "first-frame" on stdout once `window`'s first frame has been shown (exposed and
    // painted), then calls `then` (e.g. to wait for more, or to quit).
    StartupProbe(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_then(std::move(then))
    {
        window->winId(); // creates the QWindow to watch
        window->windowHandle()->installEventFilter(this);
    }

    // Peak resident memory of this process in KiB (Linux: VmHWM), 0 when unknown.
    static long peakRssKib()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly))
            return 0;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLong();
        }
        return 0;
    }

    static void report(const char *what)
    {
        // The benchmark reads these lines; one it cannot read counts there as a failed run.
        std::printf("%s\n", what);
        (void)std::fflush(stdout);
    }

    static void reportPeakAndQuit(int exitCode = 0)
    {
        std::printf("peak-rss-kib %ld\n", peakRssKib());
        (void)std::fflush(stdout);
        QCoreApplication::exit(exitCode);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Expose
            && static_cast<QWindow *>(watched)->isExposed()) {
            m_done = true;
            // The expose is painted and flushed before the event loop runs timers again.
            QTimer::singleShot(0, this, [this] {
                report("first-frame");
                if (m_then)
                    m_then();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
    bool m_done = false;
};

} // namespace psc::ui
