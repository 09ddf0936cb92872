#pragma once

// An independent PayScore client for the sandbox tests, written straight on OpenSSL's EVP API
// and a bare QTcpSocket/QSslSocket: it shares no code with src/apiv3, src/payscore or the
// sandbox, so the sandbox is judged against a second implementation of the protocol, not
// against itself.
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace psc::test {

struct RawAnswer {
    int status = 0; // 0: no answer (timeout, reset)
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    bool closed = false; // the server closed the connection

    QJsonObject json() const;
    QString code() const { return json().value(QStringLiteral("code")).toString(); }
};

class RawSandboxClient {
public:
    // Reads DIR/profile.json and the files it names.
    explicit RawSandboxClient(const QString &profileDir);
    ~RawSandboxClient();

    struct Options {
        qint64 timestampOffset = 0; // seconds added to now
        bool omitAccept = false;
        bool omitUserAgent = false;
        QByteArray authorization; // replaces the computed header when set
        QByteArray wechatpaySerial; // default: the profile's public key id
        bool corruptSignature = false;
        int timeoutMs = 5000;
    };

    QString baseUrl() const { return m_baseUrl; }
    QJsonObject profile() const { return m_profile; }
    QString appid() const { return m_profile.value(QStringLiteral("appid")).toString(); }
    QString serviceId() const { return m_profile.value(QStringLiteral("service_id")).toString(); }
    QString subMchid() const { return m_profile.value(QStringLiteral("sub_mchid")).toString(); }

    // One signed request on a fresh connection. target is the encoded path + query.
    RawAnswer send(const QByteArray &method, const QByteArray &target, const QByteArray &body,
        const Options &options) const;
    RawAnswer send(
        const QByteArray &method, const QByteArray &target, const QByteArray &body = {}) const
    {
        return send(method, target, body, Options {});
    }
    RawAnswer postJson(const QByteArray &target, const QJsonObject &body) const;
    QByteArray buildRequest(const QByteArray &method, const QByteArray &target,
        const QByteArray &body, const Options &options) const;

    // Sends raw bytes and reads one answer (or the connection's end).
    RawAnswer exchangeRaw(const QByteArray &bytes, int timeoutMs = 5000) const;

    // Verifies an answer's Wechatpay-* signature with the key its serial names.
    bool verify(const RawAnswer &answer, QString *why = nullptr) const;
    // The merchant signature the client computes for a message (Base64).
    QByteArray sign(const QByteArray &message) const;
    QString platformSerial(int index) const;
    QByteArray certificatePem(int index) const;

private:
    QJsonObject m_profile;
    QString m_dir;
    QString m_baseUrl;
    EVP_PKEY *m_merchantKey = nullptr;
    EVP_PKEY *m_wechatpayKey = nullptr;
    QList<QPair<QString, EVP_PKEY *>> m_platformKeys; // serial -> key
    QList<QByteArray> m_platformPems;
    QByteArray m_caPem;
};

// Reads one HTTP answer out of `buffer`; false while incomplete.
bool parseHttpAnswer(const QByteArray &buffer, RawAnswer *answer);

} // namespace psc::test
