#include "CliSupport.h"

#include "PayScoreCli.h"

#include <QFile>
#include <QFileInfo>
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

Result<QByteArray> readInputFile(const QString &path)
{
    using R = Result<QByteArray>;
    const QFileInfo info(path); // follows symbolic links: the target is what gets read
    if (!info.exists())
        return R::failure(PayScoreCli::tr("%1 does not exist.").arg(path));
    if (!info.isFile()) {
        return R::failure(
            PayScoreCli::tr("%1 is not a regular file (a folder, FIFO or device is not read).")
                .arg(path));
    }
    if (info.size() > kMaxInputFileBytes) {
        return R::failure(PayScoreCli::tr("%1 is %2 bytes; at most %3 bytes are read.")
                              .arg(path)
                              .arg(info.size())
                              .arg(kMaxInputFileBytes));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(PayScoreCli::tr("Cannot read %1: %2").arg(path, file.errorString()));
    // The file may have grown since it was measured: never read more than the limit.
    QByteArray bytes = file.read(kMaxInputFileBytes + 1);
    if (bytes.size() > kMaxInputFileBytes) {
        return R::failure(
            PayScoreCli::tr("%1 is larger than %2 bytes.").arg(path).arg(kMaxInputFileBytes));
    }
    return bytes;
}

void printJson(CliContext &context, const QJsonObject &object)
{
    *context.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    context.out->flush();
}

} // namespace psc::cli
