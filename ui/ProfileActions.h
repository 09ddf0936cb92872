#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAbstractButton;
class QAction;
class QWidget;

namespace psc::ui {

class ConsoleContext;

// The console's profile and journal-location menu commands: open a profile file, create or
// edit one through the ProfileDialog, and move the journal through the JournalSettingsDialog.
// Each is refused while a request is in flight (`busy`), because the session or journal it
// would replace is still waiting for an answer.
class ProfileActions : public QObject {
    Q_OBJECT
public:
    ProfileActions(ConsoleContext &context, QWidget *window, std::function<bool()> busy);

    // The menu entries and the profile bar's button that run these commands.
    struct Triggers {
        QAction *newProfile = nullptr;
        QAction *editProfile = nullptr;
        QAction *openProfile = nullptr;
        QAction *journalLocation = nullptr;
        QAbstractButton *profilesButton = nullptr;
    };
    void attach(const Triggers &triggers);

    // Makes a profile file current (added to the selector if new); false with lastError().
    bool openProfile(const QString &path);
    QString lastError() const { return m_lastError; }

    void openProfileFromFile(); // File › Open profile…: a file picker, then openProfile
    // New or edit the current profile; the built-in sandbox profile is never edited (a new
    // profile is started instead).
    void editProfile(bool createNew);
    void editCurrentOrNew();
    void editJournalLocation();

signals:
    // The journal was reopened at the location the operator chose.
    void journalReopened();

private:
    ConsoleContext &m_context;
    QWidget *m_window;
    std::function<bool()> m_busy;
    QString m_lastError;
};

} // namespace psc::ui
