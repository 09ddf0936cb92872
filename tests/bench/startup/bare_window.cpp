// The yardstick for the console's startup: a minimal Qt Widgets program (a main window with a
// label, a line edit and a button), reporting its first shown frame and peak memory through
// the same probe as payscore-console --startup-probe.
#include "StartupProbe.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QVBoxLayout>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(new QLabel(QStringLiteral("PayScore")));
    layout->addWidget(new QLineEdit);
    layout->addWidget(new QPushButton(QStringLiteral("Send")));
    window.setCentralWidget(central);
    window.resize(1280, 720);
    new psc::ui::StartupProbe(&window, [] { psc::ui::StartupProbe::reportPeakAndQuit(); });
    window.show();
    return app.exec();
}
