#include "CliSupport.h"

#include <QJsonDocument>

namespace psc::cli {

std::optional<profile::Profile> loadProfile(CliContext &context, const QString &command)
{
    if (context.profilePath.isEmpty()) {
        *context.err << "payscore-cli " << command << ": --profile FILE is required\n";
        return std::nullopt;
    }
    auto loaded = profile::Profile::load(context.profilePath);
    if (!loaded) {
        *context.err << "payscore-cli " << command << ": " << loaded.error() << '\n';
        return std::nullopt;
    }
    return std::move(loaded).value();
}

void printJson(CliContext &context, const QJsonObject &object)
{
    *context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    context.out->flush();
}

} // namespace psc::cli
