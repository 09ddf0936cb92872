#include "LanguageSwitcher.h"

#include <Translations.h>

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace psc::ui {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QString LanguageSwitcher::startLanguage(const QString &requested)
{
    const QStringList available = resources::Translations::languages();
    if (available.contains(requested))
        return requested;
    const QString remembered = QSettings().value(QStringLiteral("ui/language")).toString();
    return available.contains(remembered) ? remembered : systemLanguage();
}

void LanguageSwitcher::rememberChoice(const QString &language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString LanguageSwitcher::systemLanguage()
{
    return resources::Translations::languageFor(QLocale::system());
}

bool LanguageSwitcher::setLanguage(const QString &language)
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
    const QLocale locale(language);
    QLocale::setDefault(locale);

    auto app = std::make_unique<QTranslator>();
    const bool loaded = app->load(
        QStringLiteral("payscore_") + language, resources::Translations::resourcePath());
    // Qt's own strings (OK, Cancel, the calendar popup): from the Qt installation when present.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    if (loaded) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    }
    m_language = language;
    // Installing a translator posts LanguageChange to every widget; deliver them now so that
    // the whole window has switched when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    emit languageChanged(language);
    return loaded;
}

} // namespace psc::ui
