// The console during a 5,000-row batch (issue 13, Performance): the longest time the event
// loop did not run, measured by a timer probe — a 1 ms QTimer whose ticks should follow each
// other closely; the widest gap between two ticks is the longest the window was frozen.
// Goal: ≤ 16 ms (one frame at 60 Hz) at the median of runs.
//
// The whole console runs as staff use it: MainWindow on the real in-process sandbox, the
// batch screen opening a CSV file (read and checked on a worker), then sending every row as a
// journaled sync (the orders do not exist, so each row is journaled, sent, answered 404 and
// journaled again: the full write path without growing the sandbox's order book), at
// concurrency 8 and 500 requests per second so that the batch is over in seconds.
#include <BatchPage.h>
#include <BatchTableModel.h>
#include <ConsoleContext.h>
#include <MainWindow.h>
#include <ModalAnswer.h>
#include <ui_MainWindow.h>

#include <batch/BatchPlan.h>
#include <batch/BatchRunner.h>
#include <session/BatchRunnerThread.h>

#include <QApplication>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace psc::ui;

namespace {

constexpr int kRows = 5000;
constexpr int kRuns = 5;

struct Probe {
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 widest = 0;
    qint64 widestEndedAt = 0; // when the widest gap ended, from start()
    QList<qint64> gaps;

    void start()
    {
        timer.setInterval(1);
        timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            const qint64 now = clock.nsecsElapsed();
            const qint64 gap = now - last;
            last = now;
            gaps.append(gap);
            if (gap > widest) {
                widest = gap;
                widestEndedAt = now;
            }
        });
        clock.start();
        last = 0;
        timer.start();
    }
    double percentileMs(double p)
    {
        std::sort(gaps.begin(), gaps.end());
        return gaps.isEmpty() ? 0 : double(gaps.at(qsizetype(p * double(gaps.size() - 1)))) / 1e6;
    }
};

// Runs the event loop as the console's own does (QEventLoop::exec) until `done` holds or
// `timeoutMs` passes. Not QTest::qWait: between its rounds of events it sleeps up to 10 ms,
// and those sleeps are gaps this bench would measure as the console's.
void spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer check;
    check.setInterval(5);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || elapsed.elapsed() >= timeoutMs)
            loop.quit();
    });
    check.start();
    if (!done())
        loop.exec();
}

QString writeRows(const QString &path, int run)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const QString paid = QDateTime::currentDateTime().addSecs(-3600).toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QByteArray bytes = "out_order_no,mode,paid_time\r\n";
    for (int row = 0; row < kRows; ++row) {
        bytes += QStringLiteral("BENCH-R%1-%2,serviceorder,%3\r\n")
                     .arg(run)
                     .arg(row)
                     .arg(paid)
                     .toUtf8();
    }
    file.write(bytes);
    return path;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    ConsoleContext::Options options;
    options.dataDir = dir.path();
    options.journalPath = dir.filePath(QStringLiteral("journal.sqlite"));
    ConsoleContext context(options);
    MainWindow window(context, QStringLiteral("en"));
    window.resize(1366, 768);
    window.show();
    window.start();
    spinUntil(
        [&] { return context.sandboxState() != ConsoleContext::SandboxState::Starting; }, 60000);
    if (!context.session()) {
        std::printf("bench_batch_console: the sandbox did not start: %s\n",
            qPrintable(context.sandboxError()));
        return 1;
    }
    BatchPage *page = window.screen<BatchPage>();
    window.form()->screens->setCurrentWidget(page); // the table is painted while it runs
    page->findChild<QSpinBox *>(QStringLiteral("batchConcurrency"))->setValue(8);
    page->findChild<QDoubleSpinBox *>(QStringLiteral("batchRate"))->setValue(500);

    std::printf("bench_batch_console: the console during a %d-row batch (journaled syncs against "
                "the in-process sandbox, concurrency 8, 500 requests/s), %d runs\n",
        kRows, kRuns);
    // The same probe on the idle console first: on a loaded machine the scheduler alone keeps
    // the thread from running for a while, and the figures below are only as good as this.
    {
        Probe idle;
        idle.start();
        spinUntil([] { return false; }, 5000);
        idle.timer.stop();
        std::printf("  idle console, 5 s (the machine's own scheduling delay): longest gap %.1f "
                    "ms, 99th percentile %.2f ms\n",
            double(idle.widest) / 1e6, idle.percentileMs(0.99));
        std::fflush(stdout);
    }
    QList<double> widest; // from opening the file to the last row
    QList<double> widestSending;
    for (int run = 0; run < kRuns; ++run) {
        const QString path = writeRows(dir.filePath(QStringLiteral("rows-%1.csv").arg(run)), run);
        Probe probe;
        probe.start();
        QElapsedTimer elapsed;
        elapsed.start();
        page->openFile(path);
        spinUntil(
            [page] {
                return !page->isChecking() && page->plan() && page->plan()->rowCount() == kRows;
            },
            60000);
        const qint64 checkedMs = elapsed.elapsed();
        ModalAnswer::setNext([](QDialog &) { return int(QDialog::Accepted); });
        Probe sending; // from the Start click to the last row: the batch alone
        sending.start();
        page->findChild<QPushButton *>(QStringLiteral("batchStart"))->click();
        spinUntil(
            [page] {
                return page->runner()
                    && page->runner()->state() == psc::batch::BatchRunner::State::Finished;
            },
            600000);
        probe.timer.stop();
        sending.timer.stop();
        const auto progress
            = page->runner() ? page->runner()->progress() : psc::batch::BatchProgress {};
        const double widestMs = double(probe.widest) / 1e6;
        widest.append(widestMs);
        widestSending.append(double(sending.widest) / 1e6);
        std::printf("  run %d: file read and checked in %lld ms; %lld rows answered in %.1f s "
                    "(%.0f rows/s); event loop: longest gap %.1f ms (ended %.2f s after the "
                    "file was opened), 99th percentile %.2f ms\n",
            run + 1, checkedMs, qint64(progress.done()), double(progress.elapsedMs) / 1000.0,
            progress.rowsPerSecond, widestMs, double(probe.widestEndedAt) / 1e9,
            probe.percentileMs(0.99));
        std::printf("         while the rows were sent (Start to the last row): longest gap %.1f "
                    "ms, 99th percentile %.2f ms\n",
            widestSending.last(), sending.percentileMs(0.99));
        std::fflush(stdout);
    }
    const auto medianOf = [](QList<double> values) {
        std::sort(values.begin(), values.end());
        return values.at(values.size() / 2);
    };
    const double median = medianOf(widest);
    std::printf("bench_batch_console: longest event-loop gap, median of %d runs: %.1f ms "
                "(goal <= 16 ms: %s); while the rows were sent: %.1f ms\n",
        kRuns, median, median <= 16.0 ? "met" : "NOT met", medianOf(widestSending));
    return 0;
}
