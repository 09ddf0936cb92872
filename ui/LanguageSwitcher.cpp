#include "LanguageSwitcher.h"

#include <Translations.h>

#include <QAction>
#include <QActionGroup>
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
    if (m_chinese) {
        m_chinese->setChecked(language == QLatin1String("zh_CN"));
        m_english->setChecked(language != QLatin1String("zh_CN"));
    }
    // Installing a translator posts LanguageChange to every widget; deliver them now so that
    // the whole window has switched when this returns.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    emit languageChanged(language);
    return loaded;
}

void LanguageSwitcher::attachMenu(QAction *chinese, QAction *english)
{
    m_chinese = chinese;
    m_english = english;
    m_chinese->setChecked(m_language == QLatin1String("zh_CN"));
    m_english->setChecked(!m_language.isEmpty() && m_language != QLatin1String("zh_CN"));
    auto *group = new QActionGroup(this);
    group->addAction(chinese);
    group->addAction(english);
    const auto choose = [this](const QString &language) {
        setLanguage(language);
        rememberChoice(language);
    };
    connect(chinese, &QAction::triggered, this, [choose] { choose(QStringLiteral("zh_CN")); });
    connect(english, &QAction::triggered, this, [choose] { choose(QStringLiteral("en")); });
}

} // namespace psc::ui
