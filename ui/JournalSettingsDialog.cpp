#include "JournalSettingsDialog.h"

#include "Palette.h"
#include "ui_JournalSettingsDialog.h"

#include <journal/Journal.h>
#include <journal/JournalLocation.h>
#include <profile/SecretStore.h>

#include <QPushButton>
#include <QSettings>

namespace psc::ui {

namespace {

const char *const settingsKey = "journal/url";

QString keychainAccount(const QString &url)
{
    const auto location = journal::JournalLocation::parse(url);
    return location ? location->displayName() : QString();
}

} // namespace

JournalSettingsDialog::JournalSettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::JournalSettingsDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("journalSettingsDialog"));
    const auto enableTeam = [this](bool team) {
        for (QWidget *widget :
            { static_cast<QWidget *>(m_ui->urlEdit), static_cast<QWidget *>(m_ui->passwordEdit),
                static_cast<QWidget *>(m_ui->testButton) })
            widget->setEnabled(team);
        showStatus(QString(), true);
    };
    connect(m_ui->teamRadio, &QRadioButton::toggled, this, enableTeam);
    enableTeam(false);
    connect(m_ui->urlEdit, &QLineEdit::textEdited, this, [this] { showStatus(QString(), true); });
    connect(m_ui->testButton, &QPushButton::clicked, this, &JournalSettingsDialog::testConnection);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &JournalSettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

JournalSettingsDialog::~JournalSettingsDialog() = default;

void JournalSettingsDialog::setTeamUrl(const QString &url)
{
    m_ui->urlEdit->setText(url);
    (url.isEmpty() ? m_ui->localRadio : m_ui->teamRadio)->setChecked(true);
}

QString JournalSettingsDialog::teamUrl() const
{
    return m_ui->teamRadio->isChecked() ? m_ui->urlEdit->text().trimmed() : QString();
}

QString JournalSettingsDialog::storedTeamUrl()
{
    return QSettings().value(QLatin1String(settingsKey)).toString();
}

void JournalSettingsDialog::storeTeamUrl(const QString &url)
{
    QSettings().setValue(QLatin1String(settingsKey), url);
}

QString JournalSettingsDialog::passwordFor(const QString &url)
{
    const QString account = keychainAccount(url);
    if (account.isEmpty())
        return {};
    auto lookup
        = profile::SecretStore::instance().read(account, profile::SecretKind::JournalPassword);
    return lookup.found() ? QString::fromUtf8(lookup.secret.view().toByteArray()) : QString();
}

QString JournalSettingsDialog::validationError() const
{
    if (!m_ui->teamRadio->isChecked())
        return {};
    const QString url = teamUrl();
    if (url.isEmpty())
        return tr("Type the team journal's URL (postgresql://USER@HOST:PORT/DATABASE).");
    if (!url.startsWith(QLatin1String("postgresql://"))
        && !url.startsWith(QLatin1String("postgres://")))
        return tr("A team journal's URL starts with postgresql://.");
    const auto location = journal::JournalLocation::parse(url);
    return location ? QString() : location.error();
}

void JournalSettingsDialog::showStatus(const QString &text, bool good)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setStyleSheet(
        Palette::textStyle(good ? Palette::Text::Good : Palette::Text::Error));
}

bool JournalSettingsDialog::testConnection()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        showStatus(error, false);
        return false;
    }
    QString password = m_ui->passwordEdit->text();
    if (password.isEmpty())
        password = passwordFor(teamUrl());
    const auto journal = journal::Journal::open(teamUrl(), password);
    if (!journal) {
        showStatus(tr("The team journal cannot be used: %1").arg(journal.error()), false);
        return false;
    }
    showStatus(tr("Connected: %n entries in the team journal.", nullptr,
                   int((*journal)->entries().size())),
        true);
    return true;
}

void JournalSettingsDialog::accept()
{
    const QString error = validationError();
    if (!error.isEmpty()) {
        showStatus(error, false);
        m_ui->urlEdit->setFocus();
        return;
    }
    if (m_ui->teamRadio->isChecked() && !m_ui->passwordEdit->text().isEmpty()) {
        const QByteArray typed = m_ui->passwordEdit->text().toUtf8();
        profile::SecretStore::instance().store(keychainAccount(teamUrl()),
            profile::SecretKind::JournalPassword, crypto::SecureBytes(typed));
        m_ui->passwordEdit->clear();
    }
    storeTeamUrl(teamUrl());
    QDialog::accept();
}

} // namespace psc::ui
