#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

namespace psc::ui {

// Installs the console's translation (and Qt's own, for standard buttons) for one language
// and switches live: every widget receives QEvent::LanguageChange and retranslates itself.
// The chosen language also becomes the default QLocale, which the error catalogue follows.
class LanguageSwitcher : public QObject {
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // "zh_CN" or "en". Returns false when the translation could not be loaded (the source
    // text, English, is then shown).
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }
    // The language the system asks for, if we have it; else English.
    static QString systemLanguage();
    // The language to start in: `requested` if we have it, else the one picked last in the
    // menu (rememberChoice), else the system's.
    static QString startLanguage(const QString &requested);
    static void rememberChoice(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_language;
};

} // namespace psc::ui
