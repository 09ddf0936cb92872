// payscore-console: the operator console. Everything lives in ui/ (payscore_ui); this file
// only reads the command line, sets up the application and shows the main window.
#include "MainWindow.h"

#include <payscore/Version.h>
#if __has_include(<payscore/ApplicationIcon.h>)
#include <payscore/ApplicationIcon.h>
#define PAYSCORE_HAVE_ICON 1
#endif

#include <QApplication>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

bool hasArgument(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return true;
    }
    return false;
}

const char *argumentValue(int argc, char **argv, const char *name)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return argv[i + 1];
    }
    return nullptr;
}

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
    if (hasArgument(argc, argv, "--version")) {
        std::printf("payscore-console %s\n", PAYSCORE_VERSION);
        return 0;
    }
    if (hasArgument(argc, argv, "--help") || hasArgument(argc, argv, "-h")) {
        std::printf("Usage: payscore-console [--lang zh_CN|en] [--smoke-test] [--version]\n\n"
                    "  --lang LANG    start in this language (default: the system's)\n"
                    "  --smoke-test   show the main window offscreen on a throw-away sandbox, "
                    "then exit 0\n"
                    "  --version      print the version and exit\n");
        return 0;
    }
    const bool smokeTest = hasArgument(argc, argv, "--smoke-test");
    if (smokeTest && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!haveDisplay()) {
        std::fprintf(stderr,
            "payscore-console needs a display: no DISPLAY or WAYLAND_DISPLAY is "
            "set.\nRun it from a desktop session, or try: xvfb-run "
            "payscore-console\n");
        return 2;
    }

    QApplication app(argc, argv);
    // The same organisation as payscore-cli: both find the shared journal and settings.
    QApplication::setOrganizationName(QStringLiteral("PayScoreConsole"));
    QApplication::setApplicationName(QStringLiteral("payscore-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("PayScore Console"));
    QApplication::setApplicationVersion(QStringLiteral(PAYSCORE_VERSION));
#ifdef PAYSCORE_HAVE_ICON
    QApplication::setWindowIcon(psc::resources::applicationIcon());
#endif

    psc::ui::MainWindow::Options options;
    if (const char *language = argumentValue(argc, argv, "--lang"))
        options.language = QString::fromLocal8Bit(language);
    // A smoke test leaves no trace in the user's folders: its sandbox and journal are temporary.
    QTemporaryDir scratch;
    if (smokeTest) {
        options.dataDir = scratch.path();
        options.journalPath = scratch.filePath(QStringLiteral("journal.sqlite"));
    }

    psc::ui::MainWindow window(options);
    window.show();
    if (smokeTest) {
        QTimer::singleShot(200, &app, [&] {
            const bool ok = window.isVisible() && window.session() != nullptr;
            std::printf("smoke test: main window %s, profile %s\n",
                window.isVisible() ? "shown" : "NOT shown",
                window.session() ? qPrintable(window.session()->info().name) : "NOT opened");
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
