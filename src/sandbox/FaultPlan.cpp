#include "FaultPlan.h"

namespace psc::sandbox {

FaultPlan FaultPlan::fromOrderNumber(const QString &outOrderNo)
{
    FaultPlan plan;
    if (!outOrderNo.startsWith(QLatin1String("FAULT-")))
        return plan;
    const QStringView rest = QStringView(outOrderNo).mid(6);
    struct Prefix {
        QLatin1StringView text;
        Kind kind;
    };
    static const Prefix prefixes[] = { { QLatin1StringView("500-"), Kind::ServerError },
        { QLatin1StringView("429-"), Kind::RateLimited },
        { QLatin1StringView("HANG-"), Kind::Hang }, { QLatin1StringView("RESET-"), Kind::Reset },
        { QLatin1StringView("BADSIG-"), Kind::BadSignature },
        { QLatin1StringView("SIGNTEST-"), Kind::SignTest },
        { QLatin1StringView("SKEW-"), Kind::Skew },
        { QLatin1StringView("DECLINE-"), Kind::Declined } };
    for (const Prefix &prefix : prefixes) {
        if (rest.startsWith(prefix.text)) {
            plan.kind = prefix.kind;
            return plan;
        }
    }
    if (rest.startsWith(QLatin1String("SLOW-"))) {
        const QStringView afterSlow = rest.mid(5);
        const qsizetype dash = afterSlow.indexOf(u'-');
        bool ok = false;
        const int ms = dash > 0 ? afterSlow.left(dash).toInt(&ok) : 0;
        if (ok && ms >= 0) {
            plan.kind = Kind::Slow;
            plan.slowMs = qMin(ms, 300'000);
        }
    }
    return plan;
}

} // namespace psc::sandbox
