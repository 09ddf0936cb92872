// payscore-cli sandbox: the local PayScore simulator as a process (tests, training, scripts).
#include "CliCommand.h"
#include "PayScoreCli.h"

#include "sandbox/Sandbox.h"
#include "sandbox/ShutdownSignalWatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QStandardPaths>

namespace psc::cli {

class SandboxCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
            "SandboxCommand", "run the local PayScore sandbox server");
    }
    int run(CliContext &context) override;

private:
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port);
};

bool SandboxCommand::parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return false;
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!address->setAddress(host))
        return false;
    *port = quint16(number);
    return true;
}

int SandboxCommand::run(CliContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("SandboxCommand",
        "Runs the local PayScore sandbox until SIGTERM or SIGINT. The first line on stdout is\n"
        "\"listening on http(s)://HOST:PORT\". DIR receives profile.json (a complete client\n"
        "profile for this sandbox; the APIv3 key is in DIR/sandbox_apiv3_key.txt) and "
        "orders.json."));
    const QCommandLineOption listen(QStringLiteral("listen"),
        QCoreApplication::translate("SandboxCommand", "Address and port; port 0 picks a free one."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption dir(QStringLiteral("dir"),
        QCoreApplication::translate(
            "SandboxCommand", "Folder for keys, state, profile.json and orders.json."),
        QStringLiteral("DIR"));
    const QCommandLineOption tls(QStringLiteral("tls"),
        QCoreApplication::translate(
            "SandboxCommand", "Serve HTTPS with the sandbox's self-signed certificate."));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"),
        QCoreApplication::translate(
            "SandboxCommand", "Serve HTTPS with this certificate (PEM) instead."),
        QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
        QCoreApplication::translate("SandboxCommand", "The private key (PEM) for --tls-cert."),
        QStringLiteral("FILE"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
        QCoreApplication::translate("SandboxCommand", "Delay every answer by N milliseconds."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption refundSettle(QStringLiteral("refund-settle-ms"),
        QCoreApplication::translate("SandboxCommand",
            "A refund stays PROCESSING for N milliseconds, then SUCCESS (default 2000)."),
        QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
        QCoreApplication::translate("SandboxCommand",
            "Answer 429 FREQUENCY_LIMITED above N requests a second (0: no limit)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({ listen, dir, tls, tlsCert, tlsKey, latency, refundSettle, rateLimit });
    int exitCode = ExitSucceeded;
    if (!parseOptions(parser, context, &exitCode))
        return exitCode;

    sandbox::SandboxOptions options;
    if (!parseListen(parser.value(listen), &options.address, &options.port)) {
        return invalidInput(context,
            QCoreApplication::translate(
                "SandboxCommand", "--listen takes HOST:PORT, e.g. 127.0.0.1:0"),
            QStringLiteral("listen"));
    }
    bool ok = false;
    options.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || options.latencyMs < 0 || options.latencyMs > 600'000) {
        return invalidInput(context,
            QCoreApplication::translate("SandboxCommand", "--latency-ms takes 0 to 600000"),
            QStringLiteral("latency-ms"));
    }
    options.refundSettleMs = parser.value(refundSettle).toInt(&ok);
    if (!ok || options.refundSettleMs < 0 || options.refundSettleMs > 600'000) {
        return invalidInput(context,
            QCoreApplication::translate("SandboxCommand", "--refund-settle-ms takes 0 to 600000"),
            QStringLiteral("refund-settle-ms"));
    }
    options.rateLimitPerSecond = parser.value(rateLimit).toInt(&ok);
    if (!ok || options.rateLimitPerSecond < 0) {
        return invalidInput(context,
            QCoreApplication::translate(
                "SandboxCommand", "--rate-limit takes a whole number, 0 for none"),
            QStringLiteral("rate-limit"));
    }
    options.dir = parser.value(dir);
    if (options.dir.isEmpty())
        options.dir = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                          .filePath(QStringLiteral("sandbox"));
    options.tlsCertificateFile = parser.value(tlsCert);
    options.tlsKeyFile = parser.value(tlsKey);
    if (options.tlsCertificateFile.isEmpty() != options.tlsKeyFile.isEmpty()) {
        return invalidInput(context,
            QCoreApplication::translate("SandboxCommand", "--tls-cert and --tls-key go together"),
            QStringLiteral("tls-cert"));
    }
    options.tls = parser.isSet(tls) || !options.tlsCertificateFile.isEmpty();

    sandbox::ShutdownSignalWatcher watcher;
    sandbox::Sandbox server;
    const auto url = server.start(options);
    if (!url)
        return configError(context, url.error(), QStringLiteral("listen"));
    // The first line is a contract with scripts and tests: they read the URL from it.
    *context.out << "listening on " << url->toString() << '\n';
    *context.out << "profile " << QDir::toNativeSeparators(server.profilePath()) << '\n';
    *context.out << "orders " << QDir::toNativeSeparators(server.ordersPath()) << '\n';
    context.out->flush();

    QEventLoop loop;
    int received = 0;
    QObject::connect(
        &watcher, &sandbox::ShutdownSignalWatcher::shutdownRequested, &loop, [&](int signalNumber) {
            received = signalNumber;
            loop.quit();
        });
    loop.exec();
    server.stop();
    const auto saved = server.save();
    *context.err << "payscore-cli sandbox: "
                 << (saved ? QCoreApplication::translate(
                         "SandboxCommand", "signal %1: state saved, exiting")
                           : QCoreApplication::translate(
                               "SandboxCommand", "signal %1: saving the state FAILED"))
                        .arg(received)
                 << '\n';
    context.err->flush();
    return saved ? ExitSucceeded : ExitConfigError;
}

PAYSCORE_REGISTER_COMMAND(SandboxCommand)

} // namespace psc::cli
