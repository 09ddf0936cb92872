// payscore-cli certificates: download the platform certificates (GET /v3/certificates),
// verify the answer, decrypt each certificate with the APIv3 key and save it as PEM.
#include "CliCommand.h"
#include "PayScoreCli.h"

#include <apiv3/AnswerVerifier.h>
#include <crypto/Codec.h>
#include <crypto/Keys.h>
#include <payscore/AnswerDecoder.h>
#include <profile/ClientConfigFactory.h>
#include <profile/StoredSecretSource.h>

#include <QDir>
#include <QJsonArray>
#include <QSaveFile>

namespace psc::cli {

using payscore::OperationResult;

namespace {

struct DecryptedCertificate {
    QString serial;
    QString effectiveTime;
    QString expireTime;
    crypto::Certificate certificate;
};

// Every entry of data[] decrypted and parsed; the error names the entry that failed.
Result<QList<DecryptedCertificate>> decryptAll(
    const QJsonObject &answer, const crypto::SecureBytes &apiV3Key)
{
    using R = Result<QList<DecryptedCertificate>>;
    QList<DecryptedCertificate> result;
    const QJsonArray data = answer.value(QStringLiteral("data")).toArray();
    if (data.isEmpty())
        return R::failure(PayScoreCli::tr("The answer lists no certificates (data[] is empty)."));
    for (qsizetype i = 0; i < data.size(); ++i) {
        const QJsonObject entry = data.at(i).toObject();
        const QJsonObject encrypted = entry.value(QStringLiteral("encrypt_certificate")).toObject();
        const QString where = QStringLiteral("data[%1]").arg(i);
        const auto ciphertext = crypto::decodeBase64Strict(
            encrypted.value(QStringLiteral("ciphertext")).toString().toLatin1());
        if (!ciphertext)
            return R::failure(PayScoreCli::tr("%1: the ciphertext is not Base64.").arg(where));
        const auto plain = crypto::decryptAes256Gcm(apiV3Key,
            encrypted.value(QStringLiteral("nonce")).toString().toUtf8(),
            encrypted.value(QStringLiteral("associated_data")).toString().toUtf8(), *ciphertext);
        if (!plain) {
            return R::failure(PayScoreCli::tr("%1: cannot decrypt (%2) - is the APIv3 key right?")
                                  .arg(where, plain.error()));
        }
        auto certificate = crypto::Certificate::fromPem(plain->view().toByteArray());
        if (!certificate)
            return R::failure(PayScoreCli::tr("%1: %2").arg(where, certificate.error()));
        DecryptedCertificate item { entry.value(QStringLiteral("serial_no")).toString(),
            entry.value(QStringLiteral("effective_time")).toString(),
            entry.value(QStringLiteral("expire_time")).toString(), *certificate };
        if (item.serial.compare(certificate->serialHex(), Qt::CaseInsensitive) != 0) {
            return R::failure(PayScoreCli::tr("%1: serial_no %2 does not match the certificate's "
                                              "serial %3.")
                                  .arg(where, item.serial, certificate->serialHex()));
        }
        result.append(item);
    }
    return result;
}

} // namespace

class CertificatesCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("certificates"); }
    QString summary() const override
    {
        return QStringLiteral("download, decrypt and save the platform certificates");
    }

    int run(CliContext &context) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "payscore-cli certificates [--out-dir DIR]\n\n"
            "GET /v3/certificates with --profile, verifies the answer, decrypts each "
            "certificate with the APIv3 key (PAYSCORE_APIV3_KEY or the keychain) and saves it "
            "as DIR/<serial>.pem (default DIR: platform_certificates/ beside the profile). A "
            "profile that has no key for the answer's Wechatpay-Serial yet is bootstrapped: the "
            "answer is verified with the downloaded certificate of that serial. Add the files to "
            "the profile's platform_certificate_files to use them."));
        const QCommandLineOption outDir(QStringLiteral("out-dir"),
            QStringLiteral("where to save the PEM files"), QStringLiteral("DIR"));
        parser.addOption(outDir);
        int exitCode = ExitSucceeded;
        if (!parseOptions(parser, context, &exitCode))
            return exitCode;

        const auto mode = payscore::Mode::ServiceOrder; // not used by this endpoint
        const auto operation = payscore::Operation::Query;
        OperationResult failure;
        const auto session = openSession(context, mode, operation, false, &failure);
        if (!session)
            return report(context, failure, QStringLiteral("certificates"));
        profile::StoredSecretSource secrets;
        const auto apiV3Key = profile::ClientConfigFactory(&secrets).apiV3Key(session->profile);
        if (!apiV3Key) {
            return report(context,
                localFailure(mode, operation, OperationResult::Outcome::ConfigError,
                    QStringLiteral("CONFIG_ERROR"), apiV3Key.error(), QStringLiteral("apiv3_key")),
                QStringLiteral("certificates"));
        }

        const apiv3::ApiResult api = session->client->sendAndWait(
            apiv3::ApiRequest::get(QByteArrayLiteral("/v3/certificates")));
        OperationResult result = payscore::AnswerDecoder::decode(api, mode, operation);
        const bool bootstrap = api.outcome == apiv3::Outcome::Unknown
            && api.verdict == apiv3::Verdict::UnknownSerial && api.httpStatus == 200;
        if (!result.succeeded() && !bootstrap)
            return report(context, result, QStringLiteral("certificates"));

        const QJsonObject answer = QJsonDocument::fromJson(api.body).object();
        const auto certificates = decryptAll(answer, *apiV3Key);
        if (!certificates) {
            return report(context,
                localFailure(mode, operation, OperationResult::Outcome::ConfigError,
                    QStringLiteral("DECRYPT_FAILED"), certificates.error(),
                    QStringLiteral("apiv3_key")),
                QStringLiteral("certificates"));
        }
        if (bootstrap) {
            // Trust the answer only if a certificate it carries verifies the answer itself.
            apiv3::KeyRing ring;
            for (const DecryptedCertificate &item : *certificates)
                ring.addCertificate(item.certificate);
            if (apiv3::AnswerVerifier(ring).verify(api.headers, api.body)
                != apiv3::Verdict::Verified)
                return report(context, result,
                    QStringLiteral("certificates")); // stays unknown: nothing saved
            result = payscore::AnswerDecoder::decode(api, mode, operation);
            result.outcome = OperationResult::Outcome::Succeeded;
            result.verified = true;
            result.verdict = apiv3::verdictName(apiv3::Verdict::Verified);
            result.error = {};
            result.response = answer;
            result.hasResponse = true;
            result.warnings.clear();
            result.warnings.append(PayScoreCli::tr("The answer was verified with the downloaded "
                                                   "certificate of its own serial (bootstrap)."));
        }

        const QString dir = parser.isSet(outDir)
            ? parser.value(outDir)
            : session->profile.resolve(QStringLiteral("platform_certificates"));
        if (!QDir().mkpath(dir)) {
            return report(context,
                localFailure(mode, operation, OperationResult::Outcome::ConfigError,
                    QStringLiteral("CONFIG_ERROR"),
                    PayScoreCli::tr("Cannot create the folder %1.").arg(dir),
                    QStringLiteral("out-dir")),
                QStringLiteral("certificates"));
        }
        QJsonArray saved;
        for (const DecryptedCertificate &item : *certificates) {
            const QString path = QDir(dir).filePath(item.certificate.serialHex() + ".pem");
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(item.certificate.toPem()) < 0
                || !file.commit()) {
                return report(context,
                    localFailure(mode, operation, OperationResult::Outcome::ConfigError,
                        QStringLiteral("CONFIG_ERROR"),
                        PayScoreCli::tr("Cannot write %1: %2").arg(path, file.errorString()),
                        QStringLiteral("out-dir")),
                    QStringLiteral("certificates"));
            }
            saved.append(QJsonObject {
                { QStringLiteral("serial_no"), item.certificate.serialHex() },
                { QStringLiteral("effective_time"), item.effectiveTime },
                { QStringLiteral("expire_time"), item.expireTime },
                { QStringLiteral("subject"), item.certificate.subject() },
                { QStringLiteral("not_after"), item.certificate.notAfter().toString(Qt::ISODate) },
                { QStringLiteral("file"), QDir(path).absolutePath() },
            });
        }
        if (context.output == OutputFormat::Json) {
            QJsonObject object = result.toJson();
            object.remove(QStringLiteral("mode"));
            object.remove(QStringLiteral("operation"));
            object.insert(QStringLiteral("certificates"), saved);
            return reportJson(context, object, ExitSucceeded);
        }
        report(context, result, QStringLiteral("certificates"));
        for (const auto &item : saved) {
            const QJsonObject entry = item.toObject();
            *context.out << PayScoreCli::tr("Saved %1 (valid until %2): %3")
                                .arg(entry.value(QStringLiteral("serial_no")).toString(),
                                    entry.value(QStringLiteral("expire_time")).toString(),
                                    entry.value(QStringLiteral("file")).toString())
                         << '\n';
        }
        context.out->flush();
        return ExitSucceeded;
    }
};

PAYSCORE_REGISTER_COMMAND(CertificatesCommand)

} // namespace psc::cli
