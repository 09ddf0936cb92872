#pragma once

#include <crypto/Keys.h>

#include <QString>

namespace psc::apiv3 {

// Who signs: the merchant number, the serial of the merchant API certificate
// (apiclient_cert.pem, upper-case hex) and its private key, parsed once.
struct MerchantCredentials {
    QString mchid;
    QString merchantSerial;
    crypto::PrivateKey privateKey;
};

} // namespace psc::apiv3
