#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace psc::resources {

// Where the compiled translations live and which languages exist. The translator objects
// themselves are installed by the programs (the console switches them live).
struct Translations {
    // Qt resource folder holding payscore_<lang>.qm.
    static QString resourcePath();
    // Languages with a translation, as locale names: "zh_CN", "en".
    static QStringList languages();
    // The language to start in: the system's if we have it, else English.
    static QString languageFor(const QLocale &locale);
};

} // namespace psc::resources
