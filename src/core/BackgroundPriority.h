#pragma once

// Threads that work for the window without painting it (a console batch, the embedded sandbox)
// run below it. On a 2-core PC a batch at full speed, with the sandbox answering it, keeps both
// cores busy, and the window then waits for a core to paint: gaps of 15 ms and more.
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace psc {

// Call on the thread to be lowered.
inline void runBelowTheWindow()
{
#ifdef Q_OS_LINUX
    // Qt's thread priorities do nothing for ordinary Linux threads; a thread's nice value is
    // its own (setpriority on its thread id). Raising it needs no privilege. Failing is
    // harmless: the thread keeps the window's priority.
    constexpr int kNice = 5;
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)), kNice);
#else
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace psc
