#pragma once

// A scripted HTTP/1.1 server on 127.0.0.1:<random port> for tests: it records every request
// exactly as received and answers from a queue of ScriptedAnswers, optionally signed as
// WeChat Pay would sign them. Plain TCP by default, TLS after listenTls().
#include <apiv3/RawHeaders.h>
#include <crypto/Keys.h>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace psc::test {

using HeaderList = apiv3::RawHeaders;

struct RecordedRequest {
    QByteArray method;
    QByteArray target; // "/path?query" exactly as on the request line
    QByteArray version; // "HTTP/1.1"
    HeaderList headers; // in order, names as sent
    QByteArray body; // exactly the bytes received (Content-Length)
    QByteArray raw; // request line + headers + body as received

    QByteArray header(QByteArrayView name) const; // first value, any case; null when absent
    bool hasHeader(QByteArrayView name) const;
};

struct ScriptedAnswer {
    enum class Action {
        Answer, // send the answer below
        Stall, // read the request, never answer (until the client gives up)
        CloseAfterRequest, // read the request, then close the connection without answering
        CloseBeforeRequest, // close as soon as the connection is accepted
    };

    Action action = Action::Answer;
    int status = 200;
    HeaderList headers; // Content-Length is added; Request-ID too unless given
    QByteArray body;

    // Signing as WeChat Pay does (Wechatpay-Timestamp/Nonce/Signature/Serial over
    // "timestamp\nnonce\nbody\n"). timestamp 0: the current time.
    crypto::PrivateKey signingKey;
    QByteArray signingSerial;
    qint64 timestamp = 0;
    QByteArray nonce = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";
    QByteArray signatureOverride; // sent instead of the real signature (probes, garbage)

    QByteArray raw; // when set, these bytes are written as the whole answer (broken servers)
    int delayMs = 0; // answer this much later (slow server)
    bool closeAfterAnswer = false; // close the connection once the answer is written

    static ScriptedAnswer json(int status, const QByteArray &body);
    static ScriptedAnswer noContent(); // 204
    static ScriptedAnswer stall();
    static ScriptedAnswer closeAfterRequest();
    static ScriptedAnswer closeBeforeRequest();
    static ScriptedAnswer rawBytes(const QByteArray &bytes); // written as is, then closed
    // Returns a copy signed with `key`, announcing `serial` in Wechatpay-Serial.
    ScriptedAnswer signedWith(const crypto::PrivateKey &key, const QByteArray &serial) const;
    ScriptedAnswer withHeader(const QByteArray &name, const QByteArray &value) const;
    ScriptedAnswer delayedBy(int milliseconds) const;
    ScriptedAnswer thenClose() const; // closeAfterAnswer
};

class LoopbackServer : public QObject {
    Q_OBJECT
public:
    explicit LoopbackServer(QObject *parent = nullptr);
    ~LoopbackServer() override;

    // Listens on 127.0.0.1 (plain HTTP), on a free port unless one is given. False if it could not.
    bool listen(quint16 port = 0);
    // Listens with TLS using `configuration` (certificate + private key set).
    bool listenTls(const QSslConfiguration &configuration, quint16 port = 0);

    // Refuses new connections from now on; open ones stay (a server going away).
    void stopListening();

    quint16 port() const;
    // "http://127.0.0.1:PORT" or "https://127.0.0.1:PORT" (https://localhost:PORT with
    // useLocalhostName, for certificates issued to a DNS name).
    QUrl baseUrl(bool useLocalhostName = false) const;

    // Answers are used in order, one per request; when the queue is empty the default answer
    // (404 with an error body, unsigned) is used.
    void enqueue(const ScriptedAnswer &answer);
    void setDefaultAnswer(const ScriptedAnswer &answer);

    QList<RecordedRequest> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int connectionCount() const { return m_connections; }
    // Runs the event loop until `count` requests have been received or `timeoutMs` passed.
    bool waitForRequests(int count, int timeoutMs = 5000);

signals:
    void requestReceived(const psc::test::RecordedRequest &request);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket);
    QByteArray render(const ScriptedAnswer &scripted); // status line, headers, body
    ScriptedAnswer takeAnswer();

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QList<ScriptedAnswer> m_queue;
    ScriptedAnswer m_defaultAnswer;
    QList<RecordedRequest> m_requests;
    int m_connections = 0;
    int m_nextRequestId = 1;
    QHash<QTcpSocket *, QByteArray> m_buffers; // bytes received, not yet a whole request
};

} // namespace psc::test
