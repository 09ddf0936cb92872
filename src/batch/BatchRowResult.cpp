#include "BatchRowResult.h"

#include "BatchText.h"

namespace psc::batch {

QString rowOutcomeName(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::NotSent:
        return QStringLiteral("not_sent");
    case RowOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case RowOutcome::Rejected:
        return QStringLiteral("rejected");
    case RowOutcome::Unknown:
        return QStringLiteral("unknown");
    case RowOutcome::Invalid:
        return QStringLiteral("invalid");
    case RowOutcome::Skipped:
        return QStringLiteral("skipped");
    case RowOutcome::ConfigError:
        return QStringLiteral("config_error");
    }
    return {};
}

QString rowOutcomeText(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::NotSent:
        return PayScoreBatch::tr("Not sent");
    case RowOutcome::Succeeded:
        return PayScoreBatch::tr("Succeeded");
    case RowOutcome::Rejected:
        return PayScoreBatch::tr("Rejected");
    case RowOutcome::Unknown:
        return PayScoreBatch::tr("Outcome unknown");
    case RowOutcome::Invalid:
        return PayScoreBatch::tr("Invalid, not sent");
    case RowOutcome::Skipped:
        return PayScoreBatch::tr("Already done, skipped");
    case RowOutcome::ConfigError:
        return PayScoreBatch::tr("Configuration error");
    }
    return {};
}

} // namespace psc::batch
