#include "BatchRowResult.h"

#include "BatchText.h"

#include <core/OutcomeNames.h>

namespace psc::batch {

QString rowOutcomeName(RowOutcome outcome)
{
    // The journal's and the CLI's spellings (core/OutcomeNames); "skipped" is the batch's own.
    switch (outcome) {
    case RowOutcome::NotSent:
        return OutcomeNames::notSent;
    case RowOutcome::Succeeded:
        return OutcomeNames::succeeded;
    case RowOutcome::Rejected:
        return OutcomeNames::rejected;
    case RowOutcome::Unknown:
        return OutcomeNames::unknown;
    case RowOutcome::Invalid:
        return OutcomeNames::invalid;
    case RowOutcome::Skipped:
        return QStringLiteral("skipped");
    case RowOutcome::ConfigError:
        return OutcomeNames::configError;
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

QList<qsizetype> retryableRows(const QList<BatchRowResult> &results)
{
    QList<qsizetype> rows;
    for (qsizetype row = 0; row < results.size(); ++row) {
        const BatchRowResult &result = results.at(row);
        if (result.outcome == RowOutcome::Rejected && result.retryable)
            rows.append(row);
    }
    return rows;
}

} // namespace psc::batch
