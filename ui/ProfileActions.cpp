#include "ProfileActions.h"

#include "ConsoleContext.h"
#include "JournalSettingsDialog.h"
#include "ModalAnswer.h"
#include "ProfileDialog.h"

#include <profile/Profile.h>

#include <QAbstractButton>
#include <QAction>
#include <QMessageBox>

namespace psc::ui {

ProfileActions::ProfileActions(ConsoleContext &context, QWidget *window, std::function<bool()> busy)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_busy(std::move(busy))
{
}

void ProfileActions::attach(const Triggers &triggers)
{
    connect(triggers.newProfile, &QAction::triggered, this, [this] { editProfile(true); });
    connect(triggers.editProfile, &QAction::triggered, this, [this] { editProfile(false); });
    connect(triggers.openProfile, &QAction::triggered, this, &ProfileActions::openProfileFromFile);
    connect(
        triggers.journalLocation, &QAction::triggered, this, &ProfileActions::editJournalLocation);
    connect(triggers.profilesButton, &QAbstractButton::clicked, this,
        &ProfileActions::editCurrentOrNew);
}

bool ProfileActions::openProfile(const QString &path)
{
    if (m_busy()) {
        m_lastError = tr("Wait for the answer (or press Esc) before switching profiles.");
        return false;
    }
    if (!m_context.openProfile(path)) {
        m_lastError = m_context.lastError();
        return false;
    }
    return true;
}

void ProfileActions::openProfileFromFile()
{
    const QString path = ModalAnswer::openFileName(
        m_window, tr("Open a merchant profile"), m_context.profilesDir(), tr("Profiles (*.json)"));
    if (!path.isEmpty() && !openProfile(path))
        ModalAnswer::warning(m_window, tr("Profile"), m_lastError);
}

void ProfileActions::editProfile(bool createNew)
{
    if (m_busy())
        return;
    ProfileDialog dialog(m_window);
    QString path;
    if (!createNew && !m_context.isBuiltInSandbox()) {
        path = m_context.session()->info().path;
        if (const auto loaded = profile::Profile::load(path))
            dialog.setProfile(loaded.value());
    }
    if (ModalAnswer::exec(dialog) != QDialog::Accepted)
        return;
    if (!m_context.saveAndOpen(dialog.profile(), path))
        ModalAnswer::warning(m_window, tr("Profile"), m_context.lastError());
}

void ProfileActions::editCurrentOrNew()
{
    editProfile(m_context.isBuiltInSandbox());
}

void ProfileActions::editJournalLocation()
{
    if (m_busy()) {
        QMessageBox::information(m_window, tr("Journal location"),
            tr("Wait for the answer (or press Esc) before changing the journal."));
        return;
    }
    JournalSettingsDialog dialog(m_window);
    dialog.setTeamUrl(JournalSettingsDialog::storedTeamUrl());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context.reopenJournal();
    emit journalReopened();
}

} // namespace psc::ui
