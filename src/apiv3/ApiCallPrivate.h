#pragma once

#include "ApiRequest.h"
#include "ApiResult.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <optional>

class QNetworkReply;

namespace psc::apiv3 {

class ApiCall;
class ApiClient;

// The state machine behind one ApiCall: sign, send, wait, verify, maybe resend.
// Kept out of ApiCall.h so that callers see only finished()/cancel().
class ApiCallPrivate {
    Q_DECLARE_TR_FUNCTIONS(psc::apiv3::ApiClient)
public:
    ApiCallPrivate(ApiCall *call, ApiClient *client, ApiRequest request);
    ~ApiCallPrivate();

    void start();
    void cancel();

    ApiCall *q;
    ApiClient *client;
    ApiRequest request;
    ApiResult result;
    bool finished = false;

private:
    void startAttempt();
    void launch(QNetworkRequest networkRequest);
    void onReplyFinished();
    void onTimeout();
    void handleAnswer(int status);
    void handleNoAnswer();
    // Resends after a delay when the policy allows another attempt; false when it does not.
    bool scheduleRetry(std::chrono::milliseconds retryAfter);
    void useBackupHost(); // from now on, when the configuration names one
    void finish(Outcome outcome, ApiError error);
    // Nothing left in this attempt. If an earlier attempt was answered (429/5xx), that answer
    // stands (Rejected); otherwise nothing ever reached the server (NotSent).
    void finishNotSent(ApiError error);
    ApiError answerError() const; // the error body of result, or UNEXPECTED_ANSWER
    void finishLater(Outcome outcome, ApiError error);
    void dropReply();

    QPointer<QNetworkReply> m_reply;
    bool m_requestLeft = false; // QNetworkReply::requestSent seen for the current attempt
    bool m_useBackupHost = false; // a connection to the main host failed before sending
    std::optional<ApiResult> m_lastAnswer; // the last 429/5xx answer that led to a resend
    QTimer m_timeout;
    QTimer m_backoff;
    QElapsedTimer m_elapsed;
};

} // namespace psc::apiv3
