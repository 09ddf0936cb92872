// The regular suite's side of a fuzz target: every file of its corpus (seeds and the minimized
// inputs of crashes found) through the same entry point, compiled without libFuzzer, so a
// regression fails CI even where no clang is at hand.
#include "FuzzCheck.h"

#include <QDirIterator>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        QDirIterator files(
            QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
                return 1;
            }
            const QByteArray input = file.readAll();
            std::fprintf(stderr, "replaying %s\n", qPrintable(file.fileName()));
            LLVMFuzzerTestOneInput(
                reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
            ++replayed;
        }
    }
    std::printf("%d corpus files replayed without a failed invariant\n", replayed);
    // An empty corpus is a broken test, not a pass.
    return replayed > 0 ? 0 : 1;
}
