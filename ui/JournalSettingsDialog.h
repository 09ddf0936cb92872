#pragma once

#include <QDialog>
#include <QString>

#include <memory>

namespace Ui {
class JournalSettingsDialog;
}

namespace psc::ui {

// Settings › Journal location: the local SQLite journal, or the chain's team journal on
// PostgreSQL. The URL is checked as the journal will check it (no password in it, TLS with
// verify-full to any other machine) and kept in the settings; the password goes to the OS
// keychain (or this session only), never into the settings or the URL.
class JournalSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit JournalSettingsDialog(QWidget *parent = nullptr);
    ~JournalSettingsDialog() override;

    // The team journal's URL; empty: the local journal.
    void setTeamUrl(const QString &url);
    QString teamUrl() const;

    // The setting itself (QSettings "journal/url"), and the password the keychain holds for a
    // team journal (PGPASSWORD first, as libpq would).
    static QString storedTeamUrl();
    static void storeTeamUrl(const QString &url);
    static QString passwordFor(const QString &url);

    // Tries the connection with what is typed; the verdict is shown in the dialog.
    bool testConnection();
    void accept() override;

private:
    QString validationError() const; // empty when the typed location can be used
    void showStatus(const QString &text, bool good);

    std::unique_ptr<Ui::JournalSettingsDialog> m_ui;
};

} // namespace psc::ui
