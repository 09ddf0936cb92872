#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace psc::sandbox {

// The parsed `Authorization: WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",…` header.
// The five items may come in any order; each must appear exactly once.
struct AuthorizationHeader {
    QByteArray mchid;
    QByteArray nonce;
    QByteArray signature; // Base64 as sent
    QByteArray timestamp;
    QByteArray serialNo;

    static constexpr QByteArrayView scheme() { return "WECHATPAY2-SHA256-RSA2048"; }
    // nullopt with *why set when the header is not of that form.
    static std::optional<AuthorizationHeader> parse(const QByteArray &value, QString *why);
};

} // namespace psc::sandbox
