#pragma once

// A real "disk full" for tests of what happens when a write fails (issue 10): RLIMIT_FSIZE.
// A process under it cannot write a regular file past `bytes`; the write fails with EFBIG
// (SIGXFSZ is ignored so that the process lives on), and SQLite reports a real I/O error.

#include <csignal>
#include <sys/resource.h>

namespace psc::test {

class FileSizeLimit {
public:
    // Limits this process while the object lives (the soft limit only, so it can be undone).
    explicit FileSizeLimit(long long bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        m_savedHandler = ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit { rlim_t(bytes), m_saved.rlim_max };
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        ::signal(SIGXFSZ, m_savedHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    // For a child process between fork and exec (QProcess::setChildProcessModifier): both
    // calls are async-signal-safe, and both settings survive exec.
    static void applyForGood(long long bytes)
    {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit { rlim_t(bytes), rlim_t(bytes) };
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }

private:
    rlimit m_saved {};
    void (*m_savedHandler)(int) = nullptr;
};

} // namespace psc::test
