#pragma once

#include <core/Result.h>

#include <QByteArray>
#include <QHash>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace psc::apiv3 {

enum class CatalogueLanguage { English, Chinese };

struct ErrorExplanation {
    QString code; // as received
    QString meaning;
    QString action; // what the operator should do
    bool retryable = false; // safe to resend as is (after backoff)
    bool known = false; // false: the code is not in the catalogue, texts are the generic hint
};

// What each error code means and what to do about it, in English and Simplified Chinese,
// loaded from :/errors/catalogue.json (resources/errors/catalogue.json).
class ErrorCatalogue {
public:
    // The catalogue embedded in payscore_apiv3 (loaded once).
    static const ErrorCatalogue &builtIn();
    static Result<ErrorCatalogue> fromJson(const QByteArray &json);

    static CatalogueLanguage languageFor(const QLocale &locale);

    ErrorExplanation explain(const QString &code, CatalogueLanguage language) const;
    ErrorExplanation explain(const QString &code, const QLocale &locale = QLocale()) const
    {
        return explain(code, languageFor(locale));
    }
    bool contains(const QString &code) const { return m_entries.contains(code); }
    QStringList codes() const; // sorted

private:
    struct Text {
        QString meaning;
        QString action;
    };
    struct Entry {
        Text english;
        Text chinese;
        bool retryable = false;
    };
    QHash<QString, Entry> m_entries;
    Entry m_unknown; // the generic hint for codes not listed
};

} // namespace psc::apiv3
