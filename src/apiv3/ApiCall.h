#pragma once

#include "ApiResult.h"

#include <QObject>

#include <memory>

namespace psc::apiv3 {

class ApiClient;
class ApiCallPrivate;

// One asynchronous request (with its retries). Owned by the ApiClient that made it; delete it
// (or deleteLater) after finished() if you keep many. finished() is emitted exactly once,
// never from inside send().
class ApiCall : public QObject {
    Q_OBJECT
public:
    ~ApiCall() override;

    bool isFinished() const;
    const ApiResult &result() const; // valid after finished()

public slots:
    // Stops waiting. Outcome Unknown (CANCELLED) if the request may have left, else NotSent.
    void cancel();

signals:
    void finished(const psc::apiv3::ApiResult &result);

private:
    friend class ApiClient;
    explicit ApiCall(QObject *parent);
    std::unique_ptr<ApiCallPrivate> d;
};

} // namespace psc::apiv3
