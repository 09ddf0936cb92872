// payscore-console: the operator console. Everything lives in ui/ (payscore_ui); this file
// reads the command line, builds the composition root (ConsoleContext), shows the main window
// and only then starts what may be slow (the sandbox comes up on its own thread).
#include "ConsoleContext.h"
#include "MainWindow.h"
#include "ProfileBar.h"
#include "StartupProbe.h"

#include <payscore/Version.h>
#if __has_include(<payscore/ApplicationIcon.h>)
#include <payscore/ApplicationIcon.h>
#define PAYSCORE_HAVE_ICON 1
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace {

bool haveDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    // Parsed before QApplication exists: --help and --version work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("PayScore Console: sync, complete and query WeChat Pay PayScore orders."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
        QStringLiteral("Start in this language (zh_CN or en; default: the last chosen, else the "
                       "system's)."),
        QStringLiteral("LANG"));
    const QCommandLineOption smokeTest(QStringLiteral("smoke-test"),
        QStringLiteral("Show the main window offscreen on a throw-away sandbox, then exit 0."));
    const QCommandLineOption probe(QStringLiteral("startup-probe"),
        QStringLiteral("For the startup benchmark: print 'first-frame' when the window is shown, "
                       "'ready' when the sandbox is up, the peak memory, and exit."));
    parser.addOptions({ lang, smokeTest, probe });
    // Messages on stderr before exiting with 2: if even stderr is gone, the exit code remains.
    if (!parser.parse(arguments)) {
        (void)std::fprintf(
            stderr, "%s\n%s", qPrintable(parser.errorText()), qPrintable(parser.helpText()));
        return 2;
    }
    if (parser.isSet(version)) {
        std::printf("payscore-console %s\n", PAYSCORE_VERSION);
        return 0;
    }
    if (parser.isSet(help)) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    const bool smoke = parser.isSet(smokeTest);
    if (smoke && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!haveDisplay()) {
        (void)std::fprintf(stderr,
            "payscore-console needs a display: no DISPLAY or WAYLAND_DISPLAY is "
            "set.\nRun it from a desktop session, or try: xvfb-run "
            "payscore-console\n");
        return 2;
    }

    QApplication app(argc, argv);
    // The same organisation as payscore-cli: both find the shared journal and settings.
    QApplication::setOrganizationName(QStringLiteral("PayScoreConsole"));
    QApplication::setApplicationName(QStringLiteral("payscore-console"));
    QApplication::setApplicationDisplayName(psc::ui::ProfileBar::consoleName());
    QApplication::setApplicationVersion(QStringLiteral(PAYSCORE_VERSION));
#ifdef PAYSCORE_HAVE_ICON
    QApplication::setWindowIcon(psc::resources::applicationIcon());
#endif

    psc::ui::ConsoleContext::Options options;
    // A smoke test leaves no trace in the user's folders: its sandbox and journal are temporary.
    QTemporaryDir scratch;
    if (smoke) {
        options.dataDir = scratch.path();
        options.journalPath = scratch.filePath(QStringLiteral("journal.sqlite"));
    }
    psc::ui::ConsoleContext context(options);
    psc::ui::MainWindow window(context, parser.value(lang));
    if (parser.isSet(probe)) {
        // 'ready' once the sandbox's profile is open (or it failed), then the peak memory.
        new psc::ui::StartupProbe(&window, [&context] {
            const auto done = [&context] {
                const bool up
                    = context.sandboxState() == psc::ui::ConsoleContext::SandboxState::Ready;
                psc::ui::StartupProbe::report(up ? "ready" : "sandbox-failed");
                psc::ui::StartupProbe::reportPeakAndQuit(up ? 0 : 1);
            };
            if (context.sandboxState() != psc::ui::ConsoleContext::SandboxState::Starting)
                done();
            else
                QObject::connect(
                    &context, &psc::ui::ConsoleContext::sandboxStateChanged, &context, done);
        });
    }
    window.show();
    window.start();
    if (smoke) {
        // Waits for the sandbox (started in the background) to open its profile.
        auto *check = new QTimer(&app);
        int ticks = 0;
        QObject::connect(check, &QTimer::timeout, &app, [&, check] {
            const bool opened = context.session() != nullptr;
            if (!opened && ++ticks < 300)
                return;
            check->stop();
            const bool ok = window.isVisible() && opened;
            std::printf("smoke test: main window %s, profile %s\n",
                window.isVisible() ? "shown" : "NOT shown",
                opened ? qPrintable(context.session()->info().name) : "NOT opened");
            QApplication::exit(ok ? 0 : 1);
        });
        check->start(100);
    }
    return app.exec();
}
