// payscore-cli reconcile: query every order whose write has an unknown outcome and record in
// the journal what was found, so that the write is no longer blocked.
#include "CliCommand.h"
#include "PayScoreCli.h"

#include <journal/Journal.h>
#include <journal/OperatorIdentity.h>
#include <journal/PayScoreOrderLookup.h>
#include <refund/RefundJournalLookup.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace psc::cli {

namespace {

QString findingKindName(journal::OrderFinding::Kind kind)
{
    switch (kind) {
    case journal::OrderFinding::Kind::Found:
        return QStringLiteral("found");
    case journal::OrderFinding::Kind::NotFound:
        return QStringLiteral("not_found");
    case journal::OrderFinding::Kind::Failed:
        break;
    }
    return QStringLiteral("failed");
}

} // namespace

class ReconcileCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("reconcile"); }
    QString summary() const override
    {
        return QStringLiteral("query every order whose write outcome is unknown; record it");
    }

    int run(CliContext &context) override
    {
        QCommandLineParser parser;
        parser.setApplicationDescription(QStringLiteral(
            "For each journal entry of the profile whose outcome is unknown (pending after a "
            "crash, or unknown after a timeout, a lost connection or an unverified answer), "
            "queries the order and records what was found. Until then the same write is "
            "refused. Exit code 0 when every entry was settled, 3 when some are still unknown "
            "(their query got no verified answer), 4 on a configuration error."));
        const QCommandLineOption order(QStringLiteral("out-order-no"),
            QStringLiteral("only this order number"), QStringLiteral("NO"));
        const QCommandLineOption operatorName(QStringLiteral("operator"),
            QStringLiteral("who reconciles (default: the OS account name)"),
            QStringLiteral("NAME"));
        parser.addOptions({ order, operatorName });
        int exitCode = ExitSucceeded;
        if (!parseOptions(parser, context, &exitCode))
            return exitCode;
        if (parser.isSet(operatorName)
            && !journal::OperatorIdentity::session().setName(parser.value(operatorName))) {
            return invalidInput(context,
                PayScoreCli::tr("--operator takes a name of 1 to %1 characters.")
                    .arg(journal::OperatorIdentity::maxLength),
                QStringLiteral("operator"));
        }
        // The profile as the other PayScore commands load it (opened per mode below).
        payscore::OperationResult failure;
        const auto probe = openSession(
            context, payscore::Mode::ServiceOrder, payscore::Operation::Query, false, &failure);
        if (!probe)
            return report(context, failure);
        const QString profileName = probe->profile.name;
        auto opened = journal::Journal::open(context.journalLocation);
        if (!opened)
            return configError(context, opened.error(), QStringLiteral("journal"));
        journal::Journal &journal = **opened;

        journal::JournalFilter filter;
        filter.profileName = profileName;
        filter.onlyOutcomeUnknown = true;
        filter.outOrderNo = parser.value(order);
        QList<journal::JournalEntry> entries = journal.entries(filter);
        if (!filter.outOrderNo.isEmpty()) { // exact number, not a substring, here
            entries.removeIf([&](const journal::JournalEntry &e) {
                return e.write.outOrderNo != filter.outOrderNo;
            });
        }

        QJsonArray reported;
        const auto print = [&](qint64 id, const journal::OrderFinding &finding, bool recorded) {
            const auto entry = journal.entry(id);
            const QJsonObject item { { QStringLiteral("id"), id },
                { QStringLiteral("out_order_no"), entry ? entry->write.outOrderNo : QString() },
                { QStringLiteral("operation"), entry ? entry->write.operation : QString() },
                { QStringLiteral("finding"), findingKindName(finding.kind) },
                { QStringLiteral("state"), finding.state },
                { QStringLiteral("state_description"), finding.stateDescription },
                { QStringLiteral("order_id"), finding.orderId },
                { QStringLiteral("summary"), finding.summary },
                { QStringLiteral("settled"), recorded } };
            reported.append(item);
            if (context.output == OutputFormat::Text) {
                *context.out << '#' << id << ' '
                             << item.value(QStringLiteral("operation")).toString() << ' '
                             << item.value(QStringLiteral("out_order_no")).toString() << ": "
                             << finding.summary << (recorded ? "" : "  [still unknown]") << '\n';
                context.out->flush();
            }
        };

        // One session per mode: the oversea family lives on another host.
        int settled = 0;
        int stillUnknown = 0;
        const QString who = journal::OperatorIdentity::session().name();
        for (const payscore::Mode mode : { payscore::Mode::ServiceOrder, payscore::Mode::PayAfter,
                 payscore::Mode::Oversea, payscore::Mode::Partner }) {
            QList<journal::JournalEntry> ofMode = entries;
            ofMode.removeIf([mode](const journal::JournalEntry &e) {
                return e.write.mode != payscore::modeName(mode);
            });
            if (ofMode.isEmpty())
                continue;
            auto session = openSession(context, mode, payscore::Operation::Query, false, &failure);
            if (!session)
                return report(context, failure);
            journal::PayScoreOrderLookup orders(*session->runner, session->defaults());
            // Refund entries are settled by querying their own refund number.
            refund::RefundJournalLookup lookup(orders, *session->runner);
            journal::Reconciler reconciler(journal, lookup, who);
            QObject::connect(&reconciler, &journal::Reconciler::entryDone, print);
            reconciler.run(ofMode);
            settled += reconciler.settledCount();
            stillUnknown += reconciler.failedCount();
        }

        if (context.output == OutputFormat::Json) {
            const QJsonObject result { { QStringLiteral("ok"), stillUnknown == 0 },
                { QStringLiteral("profile"), profileName }, { QStringLiteral("settled"), settled },
                { QStringLiteral("still_unknown"), stillUnknown },
                { QStringLiteral("entries"), reported } };
            *context.out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        } else {
            *context.out << "Reconciled " << settled << " of " << entries.size()
                         << " entries with an unknown outcome (profile " << profileName << ")";
            if (stillUnknown > 0)
                *context.out << "; " << stillUnknown << " still unknown: try again later";
            *context.out << ".\n";
        }
        return stillUnknown == 0 ? ExitSucceeded : ExitUnknown;
    }
};

PAYSCORE_REGISTER_COMMAND(ReconcileCommand)

} // namespace psc::cli
