#pragma once

#include "HttpAnswerParser.h"

#include <QAbstractSocket>
#include <QNetworkReply>
#include <QPointer>

class QTcpSocket;

namespace psc::apiv3 {

class KeepAliveNetwork;

// One exchange on one of KeepAliveNetwork's connections: writes the request once, reads the
// answer with HttpAnswerParser, and hands the connection back when the answer leaves it
// reusable. Starts on the next event-loop turn, so its caller can connect to it first.
class KeepAliveReply final : public QNetworkReply {
    Q_OBJECT
public:
    KeepAliveReply(KeepAliveNetwork *network, const QNetworkRequest &request, QByteArray verb,
        QByteArray body);
    ~KeepAliveReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void start();
    void send();
    void onReadyRead();
    void onEndOfStream();
    void onSocketError(QAbstractSocket::SocketError error);
    void publishHead();
    void complete();
    void failWith(NetworkError code, const QString &text);
    void releaseSocket(bool reusable);
    QByteArray requestBytes() const;

    QPointer<KeepAliveNetwork> m_network;
    QByteArray m_verb;
    QByteArray m_body;
    QTcpSocket *m_socket = nullptr; // ours while the exchange runs
    bool m_started = false;
    bool m_sent = false;
    HttpAnswerParser m_parser;
    QByteArray m_readable; // body bytes not yet read by the caller
    QString m_sslError; // the first certificate complaint, said when the handshake fails
};

} // namespace psc::apiv3
