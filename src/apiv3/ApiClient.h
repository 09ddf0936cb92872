#pragma once

#include "ApiCall.h"
#include "ApiRequest.h"
#include "ApiResult.h"
#include "ClientConfig.h"

#include <QByteArray>
#include <QObject>
#include <QSslConfiguration>

class QNetworkAccessManager;

namespace psc::apiv3 {

// Signs, sends, verifies and classifies APIv3 requests over an injected QNetworkAccessManager.
class ApiClient : public QObject {
    Q_OBJECT
public:
    ApiClient(ClientConfig config, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ApiClient() override;

    // Starts the request; the ApiCall reports through finished(). Never blocks on the network.
    ApiCall *send(const ApiRequest &request);
    // For the CLI: runs a local event loop until the call finished.
    ApiResult sendAndWait(const ApiRequest &request);

    const ClientConfig &config() const { return m_config; }
    // "PayScoreConsole/0.1.0 (Debian GNU/Linux 12 (bookworm); x86_64) Qt/6.4.2 OpenSSL/3.0.x":
    // product, version, OS, Qt and OpenSSL, as WeChat Pay asks.
    static QByteArray userAgent();

private:
    friend class ApiCallPrivate;
    static QString checkBaseUrl(const QUrl &base); // empty when usable
    ClientConfig m_config;
    QNetworkAccessManager *m_network;
    QSslConfiguration m_ssl;
    QString m_configError; // set when the configuration cannot work: every send is NotSent
};

} // namespace psc::apiv3
