// Startup benchmark (issue 17): time from process start to the first shown frame, and peak
// resident memory, of payscore-console against a bare Qt Widgets window, on the same platform.
//   warm:  the console's folders already hold the sandbox keys, journal and settings;
//   first: a new account (empty HOME): the sandbox generates its keys (on its own thread).
// Goals: warm ≤ 2.5× the bare window, first ≤ 4×, console peak RSS ≤ 60 MiB; measured in each
// language the console ships (zh_CN first: the store clerks' own, and the heavier one: its CJK
// font files are paged in).
// Platform: $DISPLAY if set; else a private Xvfb when installed; else offscreen.
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <optional>

namespace {

struct Run {
    double firstFrameMs = 0;
    double readyMs = 0; // console: sandbox up and its profile open
    double peakMib = 0;
};

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

// A private X server for the runs (as the figures were taken under Xvfb).
class Display {
public:
    Display()
    {
        if (qEnvironmentVariableIsSet("DISPLAY")) {
            m_platform = QStringLiteral("xcb on %1").arg(qEnvironmentVariable("DISPLAY"));
            m_display = qEnvironmentVariable("DISPLAY");
            return;
        }
        for (int number = 97; number < 120 && m_display.isEmpty(); ++number) {
            if (QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(number)))
                continue;
            m_xvfb.start(QStringLiteral("Xvfb"),
                { QStringLiteral(":%1").arg(number), QStringLiteral("-screen"), QStringLiteral("0"),
                    QStringLiteral("1366x768x24"), QStringLiteral("-nolisten"),
                    QStringLiteral("tcp") });
            if (!m_xvfb.waitForStarted(3000))
                break;
            for (int i = 0; i < 100; ++i) {
                if (QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(number))) {
                    m_display = QStringLiteral(":%1").arg(number);
                    break;
                }
                QThread::msleep(30);
            }
            if (m_display.isEmpty()) {
                m_xvfb.kill();
                m_xvfb.waitForFinished();
            }
        }
        m_platform = m_display.isEmpty() ? QStringLiteral("offscreen")
                                         : QStringLiteral("xcb on Xvfb %1").arg(m_display);
    }
    ~Display()
    {
        if (m_xvfb.state() != QProcess::NotRunning) {
            m_xvfb.terminate();
            if (!m_xvfb.waitForFinished(3000))
                m_xvfb.kill();
        }
    }
    void apply(QProcessEnvironment &environment) const
    {
        if (m_display.isEmpty()) {
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        } else {
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
            environment.insert(QStringLiteral("DISPLAY"), m_display);
        }
    }
    QString platform() const { return m_platform; }

private:
    QProcess m_xvfb;
    QString m_display;
    QString m_platform;
};

std::optional<Run> runOnce(const QString &program, const QStringList &arguments,
    const QString &home, const Display &display)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("PAYSCORE_JOURNAL"));
    display.apply(environment);
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    Run run;
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    QByteArray pending;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        if (!process.waitForReadyRead(60000) && process.state() != QProcess::NotRunning)
            break;
        pending += process.readAll();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end).trimmed();
            pending.remove(0, end + 1);
            if (line == "first-frame")
                run.firstFrameMs = double(clock.nsecsElapsed()) / 1e6;
            else if (line == "ready")
                run.readyMs = double(clock.nsecsElapsed()) / 1e6;
            else if (line.startsWith("peak-rss-kib "))
                run.peakMib = line.mid(13).toDouble() / 1024.0;
        }
    }
    process.waitForFinished(60000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0
        || run.firstFrameMs <= 0) {
        qWarning("%s failed (exit %d)", qPrintable(program), process.exitCode());
        return std::nullopt;
    }
    return run;
}

struct Series {
    QList<double> firstFrame, ready, peak;
    void add(const Run &run)
    {
        firstFrame << run.firstFrameMs;
        ready << run.readyMs;
        peak << run.peakMib;
    }
};

} // namespace

class BenchStartup : public QObject {
    Q_OBJECT
private slots:
    void consoleAgainstBareWindow()
    {
        const int runs = qEnvironmentVariableIntValue("PAYSCORE_BENCH_RUNS") > 0
            ? qEnvironmentVariableIntValue("PAYSCORE_BENCH_RUNS")
            : 5;
        const QString console = QStringLiteral(PAYSCORE_CONSOLE_BINARY);
        const QString bare = QStringLiteral(PAYSCORE_BARE_WINDOW_BINARY);
        const QStringList languages { QStringLiteral("zh_CN"), QStringLiteral("en") };
        const auto probe = [](const QString &language) {
            return QStringList { QStringLiteral("--startup-probe"), QStringLiteral("--lang"),
                language };
        };
        Display display;

        QTemporaryDir warmHome;
        QVERIFY(warmHome.isValid());
        // One unmeasured run each: keys made, caches warm.
        for (const QString &language : languages)
            QVERIFY(runOnce(console, probe(language), warmHome.path(), display));
        QVERIFY(runOnce(bare, {}, warmHome.path(), display));

        Series bareWarm, bareFirst;
        QHash<QString, Series> consoleWarm, consoleFirst;
        for (int i = 0; i < runs; ++i) {
            // Interleaved, so that a burst of load elsewhere hits both programs alike.
            const auto b = runOnce(bare, {}, warmHome.path(), display);
            QVERIFY(b);
            bareWarm.add(*b);
            QTemporaryDir freshBare; // a new account each time
            const auto bf = runOnce(bare, {}, freshBare.path(), display);
            QVERIFY(bf);
            bareFirst.add(*bf);
            for (const QString &language : languages) {
                const auto c = runOnce(console, probe(language), warmHome.path(), display);
                QTemporaryDir freshConsole;
                const auto cf = runOnce(console, probe(language), freshConsole.path(), display);
                QVERIFY(c && cf);
                consoleWarm[language].add(*c);
                consoleFirst[language].add(*cf);
            }
        }

        const auto line = [](const QString &what, const Series &series) {
            std::printf("  %-26s first frame %7.1f ms   peak RSS %6.1f MiB", qPrintable(what),
                median(series.firstFrame), median(series.peak));
            if (median(series.ready) > 0)
                std::printf("   sandbox ready %7.1f ms", median(series.ready));
            std::printf("\n");
        };
        const auto verdict = [](bool met) { return met ? "met" : "NOT MET"; };
        std::printf("\nstartup (%s, median of %d runs)\n", qPrintable(display.platform()), runs);
        line(QStringLiteral("bare Qt window, warm"), bareWarm);
        line(QStringLiteral("bare Qt window, first"), bareFirst);
        for (const QString &language : languages) {
            const Series &warm = consoleWarm[language];
            const Series &first = consoleFirst[language];
            const double warmRatio = median(warm.firstFrame) / median(bareWarm.firstFrame);
            const double firstRatio = median(first.firstFrame) / median(bareFirst.firstFrame);
            const double peak = std::max(median(warm.peak), median(first.peak));
            std::printf("console --lang %s\n", qPrintable(language));
            line(QStringLiteral("console, warm"), warm);
            line(QStringLiteral("console, first start"), first);
            std::printf("  warm start:  %.2fx the bare window (goal <= 2.5x): %s\n", warmRatio,
                verdict(warmRatio <= 2.5));
            std::printf("  first start: %.2fx the bare window (goal <= 4x): %s\n", firstRatio,
                verdict(firstRatio <= 4.0));
            std::printf(
                "  peak RSS:    %.1f MiB (goal <= 60 MiB): %s\n", peak, verdict(peak <= 60));
        }
        std::printf("\n");
        std::fflush(stdout);
    }
};

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
