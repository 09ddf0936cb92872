#pragma once

#include <apiv3/ClientConfig.h>
#include <core/Result.h>
#include <payscore/Mode.h>
#include <payscore/OrderDefaults.h>
#include <profile/Environment.h>
#include <profile/Profile.h>

#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace psc::apiv3 {
class ApiClient;
}
namespace psc::profile {
class SecretSource;
}
namespace psc::journal {
class Journal;
class JournalWriteHook;
} // namespace psc::journal
namespace psc::payscore {
class OperationRunner;
}

namespace psc::session {

// The one assembly of a merchant profile into working parts, for payscore-cli and the console
// alike: the profile is loaded and checked, its keys and the WeChat Pay key ring are parsed
// once (ClientConfigFactory, passphrases and the APIv3 key from the stored secrets), and each
// mode gets the runner whose client talks to the host PayScoreEndpoints::clientConfigFor
// chooses (oversea to apihk), one client per distinct host. With a journal, every runner
// journals its writes through one JournalWriteHook under the operator's name.
class MerchantSession {
public:
    struct Options {
        QNetworkAccessManager *network = nullptr; // not owned; outlives the session
        // With journalWrites every write goes through the journal hook; a null journal (it
        // could not be opened or reached) then refuses every write. Without it (query-only
        // commands) there is no hook at all.
        bool journalWrites = true;
        std::shared_ptr<journal::Journal> journal;
        QString operatorName;
        std::optional<std::chrono::milliseconds> transferTimeout; // default: the client's
        // May change each mode's client settings (a batch turns off apiv3's own 429 retries:
        // it paces itself).
        std::function<void(apiv3::ClientConfig &)> adjustClient;
        // Where the APIv3 key and a key passphrase come from (not owned); null: the stored
        // secrets (environment, this session, the keychain). A session opened off the UI
        // thread is given a profile::SecretSnapshot taken there.
        profile::SecretSource *secrets = nullptr;
    };

    // What the screens show about the open profile.
    struct Info {
        QString name; // the profile's name, else its file name
        QString path; // the profile file
        QUrl baseUrl;
        profile::Environment environment = profile::Environment::Production;
        payscore::OrderDefaults defaults;
    };

    ~MerchantSession();
    MerchantSession(const MerchantSession &) = delete;
    MerchantSession &operator=(const MerchantSession &) = delete;

    static Result<std::unique_ptr<MerchantSession>> open(
        const QString &profilePath, const Options &options);

    const Info &info() const { return m_info; }
    const profile::Profile &profile() const { return m_profile; }
    payscore::OrderDefaults defaults() const { return m_info.defaults; }
    // The runner (and its client) that talks to the host of `mode`.
    payscore::OperationRunner *runner(payscore::Mode mode) const;
    apiv3::ApiClient *client(payscore::Mode mode) const;
    // The journal hook every runner writes through; null without a journal.
    journal::JournalWriteHook *journalHook() const { return m_writeJournal.get(); }
    // Every runner journals new writes under this operator name.
    void setOperatorName(const QString &operatorName);

private:
    MerchantSession() = default;

    struct Channel { // a client for one host and the runner sending through it
        std::unique_ptr<apiv3::ApiClient> client;
        std::unique_ptr<payscore::OperationRunner> runner;
    };
    const Channel *channel(payscore::Mode mode) const;

    profile::Profile m_profile;
    Info m_info;
    std::unique_ptr<journal::JournalWriteHook> m_writeJournal;
    std::vector<Channel> m_channels;
};

} // namespace psc::session
