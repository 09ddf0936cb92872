#pragma once

#include "EnvironmentBadge.h"

#include <crypto/Result.h>
#include <payscore/OrderDefaults.h>

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace psc::apiv3 {
class ApiClient;
}
namespace psc::journal {
class Journal;
}
namespace psc::payscore {
class OperationRunner;
class WriteJournal;
} // namespace psc::payscore

namespace psc::ui {

// One merchant profile opened for work: its API client and the operation runner that signs,
// journals and sends through it. Switching profiles replaces the session.
class ConsoleSession : public QObject {
    Q_OBJECT
public:
    struct Info {
        QString name;
        QString path; // the profile file
        QUrl baseUrl;
        Environment environment = Environment::Production;
        payscore::OrderDefaults defaults;
    };

    ~ConsoleSession() override;

    // Loads the profile (keys parsed once) and prepares the client. `journal` may be null.
    static Result<std::unique_ptr<ConsoleSession>> open(const QString &profilePath,
        QNetworkAccessManager *network, std::shared_ptr<journal::Journal> journal,
        const QString &operatorName);

    const Info &info() const { return m_info; }
    payscore::OperationRunner *runner() const { return m_runner.get(); }

    // Loopback hosts are the sandbox; anything else may move real money.
    static Environment environmentOf(const QUrl &baseUrl);

private:
    ConsoleSession() = default;

    Info m_info;
    std::unique_ptr<apiv3::ApiClient> m_client;
    std::unique_ptr<payscore::WriteJournal> m_writeJournal;
    std::unique_ptr<payscore::OperationRunner> m_runner;
};

} // namespace psc::ui
