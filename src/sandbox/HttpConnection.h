#pragma once

#include "HttpRequestParser.h"
#include "SandboxReply.h"
#include "ServerLimits.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace psc::sandbox {

class BufferBudget;

// One client connection: reads requests one at a time (pipelined ones wait their turn), asks
// the handler for the answer, applies its delay, and enforces the idle and slow-request
// timeouts. What it may cost is bounded (ServerLimits): it reads nothing while an answer is
// pending or while the client leaves its answers unread, holds at most one request's worth of
// bytes from the server-wide budget, and answers a few pipelined requests per event-loop turn.
// It deletes itself when the socket goes away.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpHandler *handler, const ServerLimits &limits,
        BufferBudget *budget, QObject *parent = nullptr);
    ~HttpConnection() override;

    void close(); // drops the connection at once (server shutdown)

private:
    void processNext();
    void scheduleNext();
    bool readAllowed(QTcpSocket &socket);
    void releaseBudget();
    void deliver(const SandboxReply &reply, bool keepAlive);
    void write(const HttpResponse &response, bool keepAlive);
    void failAndClose(int status, const QByteArray &message);
    void armTimers();

    QPointer<QTcpSocket> m_socket;
    HttpHandler *m_handler;
    ServerLimits m_limits;
    BufferBudget *m_budget;
    qsizetype m_held = 0; // bytes taken from the budget, what the parser holds
    HttpRequestParser m_parser;
    QTimer m_idleTimer;
    QTimer m_requestTimer;
    bool m_busy = false; // an answer is pending (delay, hang)
    bool m_closing = false;
    bool m_scheduled = false; // processNext() queued for the next event-loop turn
    bool m_continueSent = false; // "100 Continue" already sent for the current request
};

} // namespace psc::sandbox
