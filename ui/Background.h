#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace psc::ui {

// Runs `job` on the global thread pool and hands its answer to `done` on `context`'s thread
// (the UI thread for a screen); when `context` is destroyed first, `done` is never called.
// `job` must not touch `context` nor anything else that lives on that thread.
template<typename T>
void runInBackground(QObject *context, std::function<T()> job, std::function<void(T)> done)
{
    auto promise = std::make_shared<QPromise<T>>();
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->future().result());
    });
    watcher->setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, job] {
        promise->start();
        promise->addResult(job());
        promise->finish();
    });
}

} // namespace psc::ui
