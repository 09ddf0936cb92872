#pragma once

#include <core/Sentence.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace psc::apiv3 {

// An error as WeChat Pay reports it ({code, message, detail{field, value, issue, location,
// sign_information}}), or one of the client's own (TIMEOUT, CONNECTION_FAILED, …).
struct ApiError {
    QString code;
    QString message; // kept whole: numeric suffixes help support
    QString field;
    QString value; // non-string JSON values as compact JSON text
    QString issue;
    QString location;
    QJsonObject signInformation; // SIGN_ERROR: what the server signed
    Sentence sentence; // the client's own message, to be said again in the language in use

    bool isEmpty() const { return code.isEmpty(); }
    // nullopt when `body` is not a JSON object with a string "code".
    static std::optional<ApiError> fromBody(const QByteArray &body);
    static ApiError client(const QString &code, const QString &message);
    static ApiError client(const QString &code, const Sentence &sentence);
    QJsonObject toJson() const;
};

// The client's own codes; all of them are in the error catalogue.
namespace ClientCode {
inline constexpr char Timeout[] = "TIMEOUT"; // no answer in time after sending: outcome unknown
inline constexpr char ConnectionFailed[] = "CONNECTION_FAILED"; // could not connect: not sent
inline constexpr char ConnectionLost[] = "CONNECTION_LOST"; // dropped mid-request: unknown
inline constexpr char TlsError[] = "TLS_ERROR"; // peer not trusted / handshake failed: not sent
inline constexpr char VerificationFailed[] = "VERIFICATION_FAILED"; // answer not verified
inline constexpr char ClockSkew[] = "CLOCK_SKEW"; // answer timestamp > 300 s off
inline constexpr char ConfigError[] = "CONFIG_ERROR"; // refused before connecting
inline constexpr char Cancelled[] = "CANCELLED"; // cancelled by the operator
inline constexpr char UnexpectedRedirect[] = "UNEXPECTED_REDIRECT"; // 3xx, not followed
inline constexpr char UnexpectedAnswer[] = "UNEXPECTED_ANSWER"; // non-2xx without error body
inline constexpr char AnswerTooLarge[] = "ANSWER_TOO_LARGE"; // over AnswerLimits: unknown
} // namespace ClientCode

} // namespace psc::apiv3
