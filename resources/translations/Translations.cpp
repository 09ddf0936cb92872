#include "Translations.h"

namespace psc::resources {

QString Translations::resourcePath()
{
    return QStringLiteral(":/i18n");
}

QStringList Translations::languages()
{
    return { QStringLiteral("zh_CN"), QStringLiteral("en") };
}

QString Translations::languageFor(const QLocale &locale)
{
    // Every Chinese locale gets the Simplified Chinese text: it is the only Chinese we ship.
    if (locale.language() == QLocale::Chinese)
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

} // namespace psc::resources
