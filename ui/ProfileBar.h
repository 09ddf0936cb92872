#pragma once

#include <QObject>
#include <QString>

class QComboBox;
class QLabel;

namespace psc::ui {

class ConsoleContext;

// The bar above the screens: the profile selector (saved profiles, the built-in sandbox, any
// profile opened), the environment badge (red for production) and where requests go. While
// the sandbox starts and nothing else is open it says "starting the sandbox…".
class ProfileBar : public QObject {
    Q_OBJECT
public:
    struct Widgets {
        QComboBox *selector = nullptr;
        QLabel *badge = nullptr;
        QLabel *details = nullptr;
    };
    ProfileBar(ConsoleContext &context, const Widgets &widgets, QObject *parent);

    void listSavedProfiles();
    void showSession(); // selects the open profile (added to the selector if new)
    void refresh(); // badge and texts, in the current language
    QString windowTitle() const;
    // The console's name in both languages, also its application display name: the window
    // title ends with it, so the platform (X11, macOS) does not append it a second time.
    static QString consoleName();

signals:
    void profileChosen(const QString &path);

private:
    ConsoleContext &m_context;
    Widgets m_widgets;
};

} // namespace psc::ui
