#pragma once

#include "EnvironmentBadge.h"

#include <core/Result.h>
#include <payscore/Mode.h>
#include <payscore/OrderDefaults.h>

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <vector>

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

// One merchant profile opened for work: its API clients and the operation runners that sign,
// journal and send through them. Each mode's requests go to the host
// PayScoreEndpoints::clientConfigFor chooses (oversea to apihk, as in the CLI), so there is
// one client per distinct host. Switching profiles replaces the session.
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
    // The runner whose client talks to the host of `mode`.
    payscore::OperationRunner *runner(payscore::Mode mode) const;
    // Every runner journals new writes under this operator name.
    void setOperatorName(const QString &operatorName);

    // Loopback hosts are the sandbox; anything else may move real money.
    static Environment environmentOf(const QUrl &baseUrl);

private:
    ConsoleSession() = default;

    struct Channel { // a client for one host and the runner sending through it
        std::unique_ptr<apiv3::ApiClient> client;
        std::unique_ptr<payscore::OperationRunner> runner;
    };

    Info m_info;
    std::unique_ptr<payscore::WriteJournal> m_writeJournal;
    std::vector<Channel> m_channels;
};

} // namespace psc::ui
