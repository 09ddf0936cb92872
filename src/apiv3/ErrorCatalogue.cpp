#include "ErrorCatalogue.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace psc::apiv3 {

namespace {

constexpr auto englishKey = QLatin1String("en");
constexpr auto chineseKey = QLatin1String("zh_CN");

} // namespace

const ErrorCatalogue &ErrorCatalogue::builtIn()
{
    static const ErrorCatalogue catalogue = [] {
        QFile file(QStringLiteral(":/errors/catalogue.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("the error catalogue is not embedded (:/errors/catalogue.json)");
        auto loaded = fromJson(file.readAll());
        if (!loaded)
            qFatal("the embedded error catalogue is invalid: %s", qPrintable(loaded.error()));
        return std::move(loaded).value();
    }();
    return catalogue;
}

Result<ErrorCatalogue> ErrorCatalogue::fromJson(const QByteArray &json)
{
    using R = Result<ErrorCatalogue>;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return R::failure(QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject root = document.object();

    auto readText = [](const QJsonObject &object, QLatin1String language, Text *text) {
        const QJsonObject localized = object.value(language).toObject();
        text->meaning = localized.value(QLatin1String("meaning")).toString();
        text->action = localized.value(QLatin1String("action")).toString();
        return !text->meaning.isEmpty() && !text->action.isEmpty();
    };
    auto readEntry = [&](const QString &code, const QJsonObject &object, Entry *entry) -> QString {
        if (!readText(object, englishKey, &entry->english))
            return QStringLiteral("%1: English meaning or action missing").arg(code);
        if (!readText(object, chineseKey, &entry->chinese))
            return QStringLiteral("%1: Chinese meaning or action missing").arg(code);
        return {};
    };

    ErrorCatalogue catalogue;
    if (const QString problem = readEntry(QStringLiteral("unknown"),
            root.value(QLatin1String("unknown")).toObject(), &catalogue.m_unknown);
        !problem.isEmpty())
        return R::failure(problem);

    const QJsonObject codes = root.value(QLatin1String("codes")).toObject();
    if (codes.isEmpty())
        return R::failure(QStringLiteral("no \"codes\" object"));
    for (auto it = codes.begin(); it != codes.end(); ++it) {
        const QJsonObject object = it.value().toObject();
        Entry entry;
        if (const QString problem = readEntry(it.key(), object, &entry); !problem.isEmpty())
            return R::failure(problem);
        const QJsonValue retryable = object.value(QLatin1String("retryable"));
        if (!retryable.isBool())
            return R::failure(
                QStringLiteral("%1: \"retryable\" must be true or false").arg(it.key()));
        entry.retryable = retryable.toBool();
        catalogue.m_entries.insert(it.key(), entry);
    }
    return catalogue;
}

CatalogueLanguage ErrorCatalogue::languageFor(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? CatalogueLanguage::Chinese
                                                 : CatalogueLanguage::English;
}

ErrorExplanation ErrorCatalogue::explain(const QString &code, CatalogueLanguage language) const
{
    ErrorExplanation explanation;
    explanation.code = code;
    const auto it = m_entries.constFind(code);
    const Entry &entry = it != m_entries.constEnd() ? *it : m_unknown;
    const Text &text = language == CatalogueLanguage::Chinese ? entry.chinese : entry.english;
    explanation.meaning = text.meaning;
    explanation.action = text.action;
    explanation.retryable = it != m_entries.constEnd() && entry.retryable;
    explanation.known = it != m_entries.constEnd();
    return explanation;
}

QStringList ErrorCatalogue::codes() const
{
    QStringList list = m_entries.keys();
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace psc::apiv3
