#pragma once

#include <batch/BatchProgress.h>

#include <QElapsedTimer>
#include <QTextStream>

namespace psc::cli {

// A batch's progress on stderr: a bar redrawn in place on a terminal, otherwise one line every
// few seconds (logs and CI keep a readable record).
class BatchProgressPrinter {
public:
    static constexpr int kLineIntervalMs = 5000;

    explicit BatchProgressPrinter(QTextStream &err);
    void show(const batch::BatchProgress &progress);
    void rateLimited(int holdMs, double newRate);
    void done(const batch::BatchProgress &progress);

    static QString line(const batch::BatchProgress &progress);

private:
    QTextStream &m_err;
    bool m_terminal;
    QElapsedTimer m_sinceLine;
    bool m_barShown = false;
};

} // namespace psc::cli
