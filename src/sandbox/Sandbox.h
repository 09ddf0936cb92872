#pragma once

#include "SandboxRouter.h"
#include "ServerLimits.h"

#include "core/Result.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <memory>

namespace psc::sandbox {

class HttpServer;
class OrderBook;
class SandboxIdentity;
class SandboxRouter;

struct SandboxOptions {
    QString dir; // keys, state, profile.json, orders.json
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: a free port
    bool tls = false;
    QString tlsCertificateFile; // optional: a given certificate and key instead of the
    QString tlsKeyFile; //          generated self-signed one
    int latencyMs = 0; // added to every answer
    int refundSettleMs = 2000; // a refund is PROCESSING this long, then SUCCESS (or ABNORMAL)
    int rateLimitPerSecond = 0; // 429 FREQUENCY_LIMITED above this many requests a second; 0: off
    ServerLimits limits;
};

// The local PayScore simulator as one object: the console starts it in-process for its
// default "Sandbox" profile, `payscore-cli sandbox` runs it as a process, tests start it on
// port 0. start() prepares the folder (keys on first start, the demo orders when there is no
// state yet), listens, and writes DIR/profile.json and DIR/orders.json.
class Sandbox : public QObject {
    Q_OBJECT
public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    Result<QUrl> start(const SandboxOptions &options);
    void stop(); // closes every connection and saves the order book
    Result<bool> save() const;
    bool isRunning() const;

    QUrl url() const { return m_url; } // e.g. http://127.0.0.1:41234
    QString profilePath() const;
    QString ordersPath() const;
    const SandboxIdentity &identity() const;
    OrderBook &orderBook();
    void setLatencyMs(int latencyMs);
    // Σ refunds the sandbox accepted on one payment (transaction_id), each refund once: what
    // proves that a resend with the same refund number did not refund twice.
    qint64 refundedFen(const QString &transactionId) const;
    const HttpServer *httpServer() const { return m_server.get(); } // null when stopped
    // Requests that reached the PayScore router (tests prove "nothing was sent" with it).
    int requestCount() const;
    void setRateLimit(int perSecond);
    int rateLimitedCount() const;
    // Every order request accepted so far (query, sync, complete, cancel), oldest first.
    QList<SandboxRequestRecord> requestLog() const;

    static QString profileFileName() { return QStringLiteral("profile.json"); }
    static QString ordersFileName() { return QStringLiteral("orders.json"); }

private:
    Result<bool> writeProfile() const;

    SandboxOptions m_options;
    QUrl m_url;
    std::unique_ptr<SandboxIdentity> m_identity;
    std::unique_ptr<OrderBook> m_book;
    std::unique_ptr<SandboxRouter> m_router;
    std::unique_ptr<HttpServer> m_server;
};

} // namespace psc::sandbox
