#pragma once

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSslConfiguration>

#include <vector>

class QTcpSocket;

namespace psc::apiv3 {

// A QNetworkAccessManager for the batch's lanes: plain and TLS HTTP/1.1 requests go over its
// own keep-alive connections, one request at a time on each, read through a buffered socket.
// Qt 6.4's HTTP stack reads every answer's status line and headers one byte per system call
// (about 800 reads per WeChat Pay answer), on a thread of its own: that was half of a batch's
// CPU per request. Anything this class does not do itself (a proxy in effect, another scheme)
// goes to QNetworkAccessManager as usual.
//
// What it keeps of Qt's contract, because ApiClient relies on it: requestSent() only once the
// request was handed to the connection (a failure before that is certain to have sent
// nothing); finished() exactly once; the status, headers and body as QNetworkReply presents
// them; a request is never written twice; TLS certificates are verified against the request's
// QSslConfiguration and a failure is SslHandshakeFailedError.
class KeepAliveNetwork : public QNetworkAccessManager {
    Q_OBJECT
public:
    explicit KeepAliveNetwork(QObject *parent = nullptr);
    ~KeepAliveNetwork() override;

    int connectionsOpened() const { return m_opened; }
    // The port a connection to `url` goes to: its own, else 443 for https and 80 for http.
    static quint16 portOf(const QUrl &url);

protected:
    QNetworkReply *createRequest(
        Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    friend class KeepAliveReply;
    // An idle connection to `url`'s origin made with `ssl`, or a new unconnected socket.
    QTcpSocket *connectionFor(const QUrl &url, const QSslConfiguration &ssl, bool *reused);
    // Keeps a connection whose last answer left it ready for another request.
    void keepIdle(const QUrl &url, const QSslConfiguration &ssl, QTcpSocket *socket);
    bool reachableDirectly(const QUrl &url) const;
    void dropIdle(QTcpSocket *socket);

    struct Idle {
        QString origin;
        QSslConfiguration ssl;
        QTcpSocket *socket = nullptr;
        QElapsedTimer since;
    };
    std::vector<Idle> m_idle;
    int m_opened = 0;
};

} // namespace psc::apiv3
