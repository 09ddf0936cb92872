#include "BatchProgressPrinter.h"

#include "PayScoreCli.h"

#include <unistd.h>

namespace psc::cli {

BatchProgressPrinter::BatchProgressPrinter(QTextStream &err)
    : m_err(err)
    , m_terminal(isatty(STDERR_FILENO) != 0)
{
    m_sinceLine.start();
}

QString BatchProgressPrinter::line(const batch::BatchProgress &p)
{
    QString text = PayScoreCli::tr("%1/%2 done: %3 succeeded, %4 rejected, %5 unknown, %6 "
                                   "skipped, %7 not sent")
                       .arg(p.done())
                       .arg(p.toSend)
                       .arg(p.succeeded)
                       .arg(p.rejected)
                       .arg(p.unknown)
                       .arg(p.skipped)
                       .arg(p.notSent + p.inFlight);
    text += QStringLiteral(", %1/s").arg(p.rowsPerSecond, 0, 'f', 1);
    if (p.secondsLeft >= 0)
        text += PayScoreCli::tr(", %1 s left").arg(p.secondsLeft);
    return text;
}

void BatchProgressPrinter::show(const batch::BatchProgress &p)
{
    if (m_terminal) {
        constexpr int kWidth = 24;
        const int filled = p.toSend > 0 ? int(kWidth * p.done() / p.toSend) : kWidth;
        m_err << '\r' << '[' << QString(filled, u'#') << QString(kWidth - filled, u'.') << "] "
              << line(p) << "\x1b[K";
        m_err.flush();
        m_barShown = true;
        return;
    }
    if (m_sinceLine.elapsed() < kLineIntervalMs)
        return;
    m_sinceLine.restart();
    m_err << line(p) << '\n';
    m_err.flush();
}

void BatchProgressPrinter::rateLimited(int holdMs, double newRate)
{
    if (m_barShown)
        m_err << '\n';
    m_barShown = false;
    m_err << PayScoreCli::tr("429 FREQUENCY_LIMITED: holding %1 ms, then %2 requests/s.")
                 .arg(holdMs)
                 .arg(newRate, 0, 'f', 1)
          << '\n';
    m_err.flush();
}

void BatchProgressPrinter::done(const batch::BatchProgress &p)
{
    if (m_barShown)
        m_err << '\n';
    m_err
        << PayScoreCli::tr("Batch finished in %1 s: ").arg(double(p.elapsedMs) / 1000.0, 0, 'f', 1)
        << line(p) << '\n';
    m_err.flush();
}

} // namespace psc::cli
