#pragma once

// A sandbox in a temporary folder, started in-process on a free loopback port, and the
// independent raw client pointed at it.
#include "RawSandboxClient.h"

#include "sandbox/Sandbox.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QUrl>

#include <memory>

namespace psc::test {

struct SandboxFixture {
    QTemporaryDir dir;
    sandbox::Sandbox server;
    std::unique_ptr<RawSandboxClient> client;

    bool start(bool tls = false, sandbox::ServerLimits limits = {}, int latencyMs = 0)
    {
        sandbox::SandboxOptions options;
        options.dir = dir.path();
        options.tls = tls;
        options.limits = limits;
        options.latencyMs = latencyMs;
        const auto url = server.start(options);
        if (!url) {
            qWarning("sandbox did not start: %s", qPrintable(url.error()));
            return false;
        }
        client = std::make_unique<RawSandboxClient>(dir.path());
        return true;
    }
};

// Beijing time in the API's format, `secondsAgo` before now.
inline QString beijingAgo(
    qint64 secondsAgo, const QString &format = QStringLiteral("yyyyMMddHHmmss"))
{
    return QDateTime::currentDateTimeUtc()
        .addSecs(-secondsAgo)
        .toTimeZone(QTimeZone(8 * 3600))
        .toString(format);
}

inline QString rfc3339Ago(qint64 secondsAgo)
{
    return QDateTime::currentDateTimeUtc()
        .addSecs(-secondsAgo)
        .toTimeZone(QTimeZone(8 * 3600))
        .toString(Qt::ISODate);
}

} // namespace psc::test
