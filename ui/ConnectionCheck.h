#pragma once

#include <payscore/OperationResult.h>
#include <profile/Profile.h>
#include <profile/SecretSource.h>

#include <QDateTime>
#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace psc::apiv3 {
class ApiClient;
}
namespace psc::payscore {
class OperationRunner;
}

namespace psc::ui {

// "Test connection" of the profile editor: a signed query for an order number that cannot
// exist. ORDER_NOT_EXIST, verified, proves that the signature, the keys and the clock are
// right; anything else is explained with what to fix. Nothing is written anywhere.
class ConnectionCheck : public QObject {
    Q_OBJECT
public:
    struct Verdict {
        bool ok = false;
        QString headline; // one line: works / what is wrong
        QString advice; // what to fix, and the details the server gave
        std::optional<qint64> clockOffsetSeconds; // local - server, from the Date header
        QString requestId;
    };

    explicit ConnectionCheck(QObject *parent = nullptr);
    ~ConnectionCheck() override;

    // finished() follows, also for a profile that cannot be used (then nothing is sent).
    void start(const profile::Profile &profile, profile::SecretSource *secrets);
    bool isRunning() const { return m_running; }

    static Verdict interpret(const payscore::OperationResult &result, const QDateTime &localNow);
    // Server clock from an HTTP Date header ("Sun, 22 Nov 2026 10:15:00 GMT"); invalid if none.
    static QDateTime serverTime(const QByteArray &dateHeader);

signals:
    void finished(const psc::ui::ConnectionCheck::Verdict &verdict);

private:
    void finish(const Verdict &verdict);

    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<apiv3::ApiClient> m_client;
    std::unique_ptr<payscore::OperationRunner> m_runner;
    bool m_running = false;
};

} // namespace psc::ui
