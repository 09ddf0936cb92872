#include "OperatorIdentity.h"

#include <QSysInfo>
#include <QtGlobal>

namespace psc::journal {

QString OperatorIdentity::fromSystem()
{
    for (const char *variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value.left(maxLength);
    }
    return QStringLiteral("operator");
}

QString OperatorIdentity::hostName()
{
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? QStringLiteral("unknown-pc") : name.left(maxLength);
}

OperatorIdentity &OperatorIdentity::session()
{
    static OperatorIdentity identity;
    return identity;
}

OperatorIdentity::OperatorIdentity()
    : m_name(fromSystem())
{
}

bool OperatorIdentity::setName(const QString &name)
{
    const QString trimmed = name.simplified();
    if (m_edited || trimmed.isEmpty() || trimmed.size() > maxLength)
        return false;
    m_name = trimmed;
    m_edited = true;
    return true;
}

} // namespace psc::journal
