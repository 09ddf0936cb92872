// payscore-cli decrypt: decrypt the resource of a WeChat Pay callback (notification) with the
// APIv3 key, e.g. a PAYSCORE.USER_PAID body saved from the merchant's server log.
#include "CliCommand.h"
#include "CliSupport.h"
#include "PayScoreCli.h"

#include <apiv3/NotificationDecoder.h>
#include <profile/ClientConfigFactory.h>
#include <profile/StoredSecretSource.h>
#include <refund/RefundView.h>

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
            "payscore-cli decrypt --file NOTIFICATION.json [--headers FILE | --timestamp T "
            "--nonce N --signature S --serial SERIAL]\n\n"
            "Decrypts resource{ciphertext, nonce, associated_data} (AEAD_AES_256_GCM) of a "
            "notification body — PAYSCORE.* and REFUND.SUCCESS/ABNORMAL/CLOSED alike — with the "
            "APIv3 key: the profile's (keychain or PAYSCORE_APIV3_KEY) with --profile, else "
            "PAYSCORE_APIV3_KEY. Given the callback's Wechatpay-Timestamp/-Nonce/-Signature/"
            "-Serial headers (--headers FILE, or one option each, and --profile for the keys), "
            "the body's signature is verified first and a failure stops the decryption; without "
            "them the output says verified: false. Refund events also print the refund."));
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
        const QCommandLineOption headersFile(QStringLiteral("headers"),
            QStringLiteral("a file with the callback's headers, \"Name: value\" per line "
                           "(Wechatpay-Timestamp, -Nonce, -Signature, -Serial)"),
            QStringLiteral("FILE"));
        parser.addOptions({ fileOption, headersFile, timestamp, nonce, signature, serial });
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
        const QByteArray &body = *read;

        apiv3::NotificationHeaders headers;
        if (parser.isSet(headersFile)) {
            const Result<QByteArray> headerText = readInputFile(parser.value(headersFile));
            if (!headerText) {
                return invalid(
                    QStringLiteral("INVALID_INPUT"), headerText.error(), QStringLiteral("headers"));
            }
            headers = apiv3::NotificationHeaders::fromText(*headerText);
        }
        if (parser.isSet(timestamp))
            headers.timestamp = parser.value(timestamp).toLatin1();
        if (parser.isSet(nonce))
            headers.nonce = parser.value(nonce).toLatin1();
        if (parser.isSet(signature))
            headers.signature = parser.value(signature).toLatin1();
        if (parser.isSet(serial))
            headers.serial = parser.value(serial).toLatin1();
        const bool verify = !headers.isEmpty();

        // The key (and, for verification, the key ring) from the profile when there is one.
        profile::Profile profile;
        std::unique_ptr<PayScoreSession> session;
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
        auto key = profile::ClientConfigFactory(secrets).apiV3Key(profile);
        if (!key) {
            return report(context,
                localFailure(mode, operation, OperationResult::Outcome::ConfigError,
                    QStringLiteral("CONFIG_ERROR"), key.error(), QStringLiteral("apiv3_key")),
                QStringLiteral("decrypt"));
        }

        std::optional<apiv3::KeyRing> keyRing;
        if (session)
            keyRing = session->client->config().keyRing;
        const apiv3::NotificationDecoder decoder(std::move(key).value(), keyRing);
        const apiv3::DecodedNotification decoded = decoder.decode(body, headers);
        if (!decoded.ok())
            return invalid(decoded.errorCode, decoded.error, decoded.field);

        OperationResult result;
        result.mode = mode;
        result.operation = operation;
        result.outcome = OperationResult::Outcome::Succeeded;
        result.verified = decoded.verified();
        result.verdict = apiv3::verdictName(decoded.verdict);
        if (!verify) {
            result.warnings.append(PayScoreCli::tr("The signature was not checked (no --headers "
                                                   "or --signature given)."));
        }
        const bool isRefund = decoded.eventType.startsWith(QLatin1String("REFUND."));
        if (context.output == OutputFormat::Json) {
            QJsonObject object = result.toJson();
            object.remove(QStringLiteral("mode"));
            object.remove(QStringLiteral("operation"));
            object.insert(QStringLiteral("event_type"), decoded.eventType);
            object.insert(QStringLiteral("original_type"), decoded.originalType);
            if (!decoded.resource.isEmpty())
                object.insert(QStringLiteral("plaintext"), decoded.resource);
            else
                object.insert(QStringLiteral("plaintext"), QString::fromUtf8(decoded.plaintext));
            if (isRefund && !decoded.resource.isEmpty())
                object.insert(QStringLiteral("refund"),
                    refund::RefundView::fromJson(decoded.resource).toJson());
            return reportJson(context, object, ExitSucceeded);
        }
        if (isRefund && !decoded.resource.isEmpty()) {
            const auto view = refund::RefundView::fromJson(decoded.resource);
            *context.out << PayScoreCli::tr("%1: refund %2 of %3 on payment %4: %5")
                                .arg(decoded.eventType, view.outRefundNo,
                                    view.refund ? view.refund->display() : QStringLiteral("-"),
                                    view.transactionId, refund::RefundView::statusText(view.status))
                         << '\n';
        }
        *context.out << QString::fromUtf8(!decoded.resource.isEmpty()
                ? QJsonDocument(decoded.resource).toJson(QJsonDocument::Indented)
                : decoded.plaintext + '\n');
        for (const QString &warning : result.warnings)
            *context.err << warning << '\n';
        context.out->flush();
        return ExitSucceeded;
    }
};

PAYSCORE_REGISTER_COMMAND(DecryptCommand)

} // namespace psc::cli
