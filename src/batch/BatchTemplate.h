#pragma once

#include "BatchOperation.h"

#include <QByteArray>
#include <QString>

namespace psc::batch {

// A CSV to start from, per operation: the header row in the operator's language ("zh_CN":
// Chinese headers, anything else English; both are recognised when the file is read back)
// and one example row for a sandbox demo order. UTF-8 with a BOM, so Excel shows the Chinese.
class BatchTemplate {
public:
    static QByteArray csv(BatchOperation operation, const QString &language);
};

} // namespace psc::batch
