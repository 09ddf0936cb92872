// payscore-cli sign: prints the canonical message and the Authorization header for given
// inputs, so that an operator can compare them with the sign_information of a SIGN_ERROR.
#include "CliCommand.h"
#include "CliSupport.h"

#include <apiv3/ApiRequest.h>
#include <apiv3/RequestSigner.h>
#include <profile/ClientConfigFactory.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace psc::cli {

namespace {

// "/v3/x?a=b" from "/v3/x?a=b" or from "https://api.mch.weixin.qq.com/v3/x?a=b": the canonical
// URL has no scheme or host.
QByteArray targetOf(const QString &url)
{
    QByteArray bytes = url.toUtf8();
    if (bytes.startsWith("http://") || bytes.startsWith("https://")) {
        const qsizetype slash = bytes.indexOf('/', bytes.indexOf("//") + 2);
        bytes = slash < 0 ? QByteArray("/") : bytes.mid(slash);
    }
    return bytes;
}

// True when every byte is one a request line may carry as is (no space, |, non-ASCII …).
bool isFullyEncoded(const QByteArray &target)
{
    const QUrl url = QUrl::fromEncoded("https://host" + target, QUrl::StrictMode);
    return url.isValid() && url.toEncoded() == "https://host" + target;
}

} // namespace

class SignCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("sign"); }
    QString summary() const override
    {
        return QStringLiteral(
            "print the canonical message and Authorization header (SIGN_ERROR help)");
    }

    int run(CliContext &context) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "Signs a request with the merchant private key of --profile and prints the canonical "
            "message (each line ends in \\n) and the Authorization header. Nothing is sent.\n"
            "Give the URL exactly as it is sent: path and query already percent-encoded."));
        const QCommandLineOption method(QStringLiteral("method"),
            QStringLiteral("HTTP method, e.g. POST"), QStringLiteral("M"));
        const QCommandLineOption url(QStringLiteral("url"),
            QStringLiteral("PATH[?QUERY], e.g. /v3/payscore/serviceorder?out_order_no=A%7CB"),
            QStringLiteral("URL"));
        const QCommandLineOption timestamp(QStringLiteral("timestamp"),
            QStringLiteral("Unix time in seconds"), QStringLiteral("T"));
        const QCommandLineOption nonce(
            QStringLiteral("nonce"), QStringLiteral("the nonce string"), QStringLiteral("N"));
        const QCommandLineOption bodyFile(QStringLiteral("body-file"),
            QStringLiteral("file holding the exact body bytes (default: empty body)"),
            QStringLiteral("F"));
        parser.addOptions({ method, url, timestamp, nonce, bodyFile });
        bool helpShown = false;
        if (!parseCommandLine(parser, context, &helpShown))
            return ExitInvalid;
        if (helpShown)
            return ExitSucceeded;

        QTextStream &err = *context.err;
        for (const QCommandLineOption *required : { &method, &url, &timestamp, &nonce }) {
            if (!parser.isSet(*required)) {
                err << "payscore-cli sign: --" << required->names().first() << " is required\n";
                return ExitInvalid;
            }
        }
        bool numeric = false;
        const qint64 seconds = parser.value(timestamp).toLongLong(&numeric);
        if (!numeric || seconds <= 0) {
            err << "payscore-cli sign: --timestamp takes Unix seconds, e.g. 1554208460\n";
            return ExitInvalid;
        }
        if (seconds > 100000000000LL)
            err << "payscore-cli sign: warning: " << seconds
                << " looks like milliseconds; WeChat Pay uses seconds\n";
        const QByteArray target = targetOf(parser.value(url));
        if (!target.startsWith('/')) {
            err << "payscore-cli sign: --url must start with / (the path, without scheme and "
                   "host)\n";
            return ExitInvalid;
        }
        if (!isFullyEncoded(target))
            err << "payscore-cli sign: warning: the URL holds characters that are sent "
                   "percent-encoded (space, |, *, non-ASCII …); the server signs the encoded "
                   "form, so sign that form\n";
        QByteArray body;
        if (parser.isSet(bodyFile)) {
            const Result<QByteArray> read = readInputFile(parser.value(bodyFile));
            if (!read) {
                err << "payscore-cli sign: --body-file: " << read.error() << '\n';
                return ExitInvalid;
            }
            body = *read;
        }

        const auto profile = loadProfile(context, name());
        if (!profile)
            return ExitConfigError;
        auto credentials = profile::ClientConfigFactory().credentials(*profile);
        if (!credentials) {
            err << "payscore-cli sign: profile " << context.profilePath << ": "
                << credentials.error() << '\n';
            return ExitConfigError;
        }
        const auto signedMessage = apiv3::RequestSigner(*credentials)
                                       .sign(parser.value(method).toUpper().toLatin1(), target,
                                           seconds, parser.value(nonce).toUtf8(), body);
        if (!signedMessage) {
            err << "payscore-cli sign: " << signedMessage.error() << '\n';
            return ExitConfigError;
        }
        // A header for a current timestamp is a working credential for 5 minutes.
        if (qAbs(QDateTime::currentSecsSinceEpoch() - seconds) <= 600)
            err << "payscore-cli sign: note: this Authorization header is valid for about 5 "
                   "minutes; do not paste it into tickets or chats\n";

        const QString message = QString::fromUtf8(signedMessage->canonicalMessage);
        const QString authorization = QString::fromUtf8(signedMessage->authorization);
        if (context.output == OutputFormat::Json) {
            printJson(context,
                QJsonObject {
                    { QStringLiteral("canonical_message"), message },
                    { QStringLiteral("authorization"), authorization },
                    { QStringLiteral("signature"), QString::fromLatin1(signedMessage->signature) },
                });
            return ExitSucceeded;
        }
        QTextStream &out = *context.out;
        out << "Canonical message (" << signedMessage->canonicalMessage.size()
            << " bytes; every line ends in \\n):\n";
        out << message;
        out << "\nAuthorization: " << authorization << '\n';
        out.flush();
        return ExitSucceeded;
    }
};

PAYSCORE_REGISTER_COMMAND(SignCommand)

} // namespace psc::cli
