// payscore-cli decrypt: decrypt the resource of a WeChat Pay callback (notification) with the
// APIv3 key, e.g. a PAYSCORE.USER_PAID body saved from the merchant's server log.
#include "CliCommand.h"
#include "CliSupport.h"
#include "PayScoreCli.h"

#include <apiv3/AnswerVerifier.h>
#include <crypto/Codec.h>
#include <profile/ClientConfigFactory.h>
#include <profile/StoredSecretSource.h>

#include <QJsonDocument>

namespace psc::cli {

using payscore::OperationResult;

class DecryptCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("decrypt"); }
    QString summary() const override
    {
        return QStringLiteral("decrypt a callback's resource with the APIv3 key");
    }

    int run(CliContext &context) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "payscore-cli decrypt --file NOTIFICATION.json [--timestamp T --nonce N "
            "--signature S --serial SERIAL]\n\n"
            "Decrypts resource{ciphertext, nonce, associated_data} (AEAD_AES_256_GCM) of a "
            "notification body with the APIv3 key: the profile's (keychain or "
            "PAYSCORE_APIV3_KEY) with --profile, else PAYSCORE_APIV3_KEY. Given the callback's "
            "Wechatpay-Timestamp/-Nonce/-Signature/-Serial headers (and --profile for the "
            "keys), the body's signature is verified first and a failure stops the decryption; "
            "without them the output says verified: false."));
        const QCommandLineOption fileOption(QStringLiteral("file"),
            QStringLiteral("the notification body (JSON)"), QStringLiteral("FILE"));
        const QCommandLineOption timestamp(QStringLiteral("timestamp"),
            QStringLiteral("Wechatpay-Timestamp header"), QStringLiteral("T"));
        const QCommandLineOption nonce(
            QStringLiteral("nonce"), QStringLiteral("Wechatpay-Nonce header"), QStringLiteral("N"));
        const QCommandLineOption signature(QStringLiteral("signature"),
            QStringLiteral("Wechatpay-Signature header"), QStringLiteral("S"));
        const QCommandLineOption serial(QStringLiteral("serial"),
            QStringLiteral("Wechatpay-Serial header"), QStringLiteral("SERIAL"));
        parser.addOptions({ fileOption, timestamp, nonce, signature, serial });
        int exitCode = ExitSucceeded;
        if (!parseOptions(parser, context, &exitCode))
            return exitCode;

        const auto mode = payscore::Mode::ServiceOrder; // not used here
        const auto operation = payscore::Operation::Query;
        const auto invalid
            = [&](const QString &code, const QString &message, const QString &field) {
                  return report(context,
                      localFailure(
                          mode, operation, OperationResult::Outcome::Invalid, code, message, field),
                      QStringLiteral("decrypt"));
              };
        const Result<QByteArray> read = parser.value(fileOption).isEmpty()
            ? Result<QByteArray>::failure(
                PayScoreCli::tr("--file NOTIFICATION.json is required and must be readable."))
            : readInputFile(parser.value(fileOption));
        if (!read)
            return invalid(QStringLiteral("INVALID_INPUT"), read.error(), QStringLiteral("file"));
        const QByteArray body = *read;
        const QJsonObject notification = QJsonDocument::fromJson(body).object();
        const QJsonObject resource = notification.value(QStringLiteral("resource")).toObject();
        if (resource.isEmpty()) {
            return invalid(QStringLiteral("INVALID_INPUT"),
                PayScoreCli::tr("The file is not a notification: no resource object."),
                QStringLiteral("/resource"));
        }
        const QString algorithm = resource.value(QStringLiteral("algorithm")).toString();
        if (!algorithm.isEmpty() && algorithm != QLatin1String("AEAD_AES_256_GCM")) {
            return invalid(QStringLiteral("INVALID_INPUT"),
                PayScoreCli::tr("Unsupported algorithm %1.").arg(algorithm),
                QStringLiteral("/resource/algorithm"));
        }

        // Each field named for what is wrong with it (a number where a string belongs used to
        // surface as an empty nonce at /resource/ciphertext).
        for (const QString &name : { QStringLiteral("ciphertext"), QStringLiteral("nonce"),
                 QStringLiteral("associated_data") }) {
            const QJsonValue value = resource.value(name);
            const bool optional = name == QLatin1String("associated_data");
            const bool absent = value.isUndefined() || value.isNull();
            if (absent ? !optional
                       : !value.isString() || (!optional && value.toString().isEmpty())) {
                return invalid(QStringLiteral("INVALID_INPUT"),
                    PayScoreCli::tr("resource.%1 must be a non-empty JSON string.").arg(name),
                    QStringLiteral("/resource/") + name);
            }
        }

        // The key (and, for verification, the key ring) from the profile when there is one.
        profile::Profile profile;
        std::unique_ptr<PayScoreSession> session;
        const bool verify = parser.isSet(signature);
        if (!context.profilePath.isEmpty() || verify) {
            OperationResult failure;
            session = openSession(context, mode, operation, false, &failure);
            if (!session)
                return report(context, failure, QStringLiteral("decrypt"));
            profile = session->profile;
        }
        profile::StoredSecretSource stored;
        profile::EnvironmentSecretSource environment;
        profile::SecretSource *secrets
            = session ? static_cast<profile::SecretSource *>(&stored) : &environment;
        const auto key = profile::ClientConfigFactory(secrets).apiV3Key(profile);
        if (!key) {
            return report(context,
                localFailure(mode, operation, OperationResult::Outcome::ConfigError,
                    QStringLiteral("CONFIG_ERROR"), key.error(), QStringLiteral("apiv3_key")),
                QStringLiteral("decrypt"));
        }

        OperationResult result;
        result.mode = mode;
        result.operation = operation;
        if (verify) {
            const apiv3::AnswerVerifier verifier(session->client->config().keyRing);
            const apiv3::Verdict verdict = verifier.verify(parser.value(timestamp).toLatin1(),
                parser.value(nonce).toLatin1(), parser.value(signature).toLatin1(),
                parser.value(serial).toLatin1(), body);
            result.verdict = apiv3::verdictName(verdict);
            if (verdict != apiv3::Verdict::Verified) {
                return invalid(QStringLiteral("VERIFICATION_FAILED"),
                    PayScoreCli::tr("The notification's signature does not verify (%1): it was "
                                    "not decrypted.")
                        .arg(result.verdict),
                    QStringLiteral("signature"));
            }
            result.verified = true;
        } else {
            result.warnings.append(PayScoreCli::tr("The signature was not checked (no "
                                                   "--signature given)."));
        }

        const auto ciphertext = crypto::decodeBase64Strict(
            resource.value(QStringLiteral("ciphertext")).toString().toLatin1());
        if (!ciphertext) {
            return invalid(QStringLiteral("INVALID_INPUT"),
                PayScoreCli::tr("resource.ciphertext is not Base64."),
                QStringLiteral("/resource/ciphertext"));
        }
        const auto plain = crypto::decryptAes256Gcm(*key,
            resource.value(QStringLiteral("nonce")).toString().toUtf8(),
            resource.value(QStringLiteral("associated_data")).toString().toUtf8(), *ciphertext);
        if (!plain) {
            return invalid(QStringLiteral("DECRYPT_FAILED"),
                PayScoreCli::tr("Cannot decrypt: %1").arg(plain.error()),
                QStringLiteral("/resource/ciphertext"));
        }
        const QByteArray plaintext = plain->view().toByteArray();
        result.outcome = OperationResult::Outcome::Succeeded;
        const QJsonDocument decoded = QJsonDocument::fromJson(plaintext);
        if (context.output == OutputFormat::Json) {
            QJsonObject object = result.toJson();
            object.remove(QStringLiteral("mode"));
            object.remove(QStringLiteral("operation"));
            object.insert(
                QStringLiteral("event_type"), notification.value(QStringLiteral("event_type")));
            object.insert(
                QStringLiteral("original_type"), resource.value(QStringLiteral("original_type")));
            if (decoded.isObject())
                object.insert(QStringLiteral("plaintext"), decoded.object());
            else
                object.insert(QStringLiteral("plaintext"), QString::fromUtf8(plaintext));
            return reportJson(context, object, ExitSucceeded);
        }
        *context.out << QString::fromUtf8(
            decoded.isObject() ? decoded.toJson(QJsonDocument::Indented) : plaintext + '\n');
        for (const QString &warning : result.warnings)
            *context.err << warning << '\n';
        context.out->flush();
        return ExitSucceeded;
    }
};

PAYSCORE_REGISTER_COMMAND(DecryptCommand)

} // namespace psc::cli
