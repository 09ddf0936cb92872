#include "JournalExport.h"

#include <payscore/Money.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace psc::journal {

namespace {

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// One row as ordered (column, value) pairs; numbers stay numbers for JSON.
QList<QPair<QString, QVariant>> rowOf(const JournalEntry &e)
{
    const auto number
        = [](qint64 value, bool present) { return present ? QVariant(value) : QVariant(); };
    const Reconciliation r = e.reconciliation.value_or(Reconciliation {});
    const bool reconciled = e.reconciliation.has_value();
    return {
        { QStringLiteral("id"), e.id },
        { QStringLiteral("started_at"), timeText(e.startedAt) },
        { QStringLiteral("operator"), e.write.operatorName },
        { QStringLiteral("profile"), e.write.profileName },
        { QStringLiteral("mode"), e.write.mode },
        { QStringLiteral("operation"), e.write.operation },
        { QStringLiteral("out_order_no"), e.write.outOrderNo },
        { QStringLiteral("amount_fen"),
            number(e.write.amountFen.value_or(0), e.write.amountFen.has_value()) },
        { QStringLiteral("amount_yuan"),
            e.write.amountFen ? payscore::Money::fromFen(*e.write.amountFen).toYuanString()
                              : QString() },
        { QStringLiteral("outcome"), outcomeName(e.result.outcome) },
        { QStringLiteral("outcome_unknown"), e.isOutcomeUnknown() },
        { QStringLiteral("http_status"), number(e.result.httpStatus, e.result.httpStatus > 0) },
        { QStringLiteral("request_id"), e.result.requestId },
        { QStringLiteral("error_code"), e.result.errorCode },
        { QStringLiteral("error_message"), e.result.errorMessage },
        { QStringLiteral("order_id"), e.result.orderId },
        { QStringLiteral("state"), e.result.state },
        { QStringLiteral("elapsed_ms"), number(e.result.elapsedMs, e.result.elapsedMs >= 0) },
        { QStringLiteral("finished_at"), timeText(e.finishedAt) },
        { QStringLiteral("reconciled_at"), timeText(e.reconciledAt) },
        { QStringLiteral("reconciliation"),
            reconciled ? reconciliationKindName(r.kind) : QString() },
        { QStringLiteral("reconciled_by"), r.operatorName },
        { QStringLiteral("reconciled_state"), r.orderState },
        { QStringLiteral("reconciled_order_id"), r.orderId },
        { QStringLiteral("reconciled_note"), r.note },
        { QStringLiteral("os_account"), e.write.osAccount },
        { QStringLiteral("host_name"), e.write.hostName },
        { QStringLiteral("request_body"), QString::fromUtf8(e.write.requestBody) },
    };
}

QString csvCell(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.typeId() != QMetaType::QString)
        return value.toString(); // numbers: never prefixed or quoted
    QString text = value.toString();
    // A cell starting like a formula would be evaluated by a spreadsheet: text from a server
    // answer must not be able to do that.
    if (!text.isEmpty() && QStringLiteral("=+@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(','))
        || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
        || text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

} // namespace

QStringList JournalExport::columns()
{
    QStringList names;
    for (const auto &cell : rowOf(JournalEntry {}))
        names << cell.first;
    return names;
}

QByteArray JournalExport::toCsv(const QList<JournalEntry> &entries)
{
    QString text = columns().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const JournalEntry &entry : entries) {
        QStringList cells;
        for (const auto &cell : rowOf(entry))
            cells << csvCell(cell.second);
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QByteArray JournalExport::toJson(const QList<JournalEntry> &entries)
{
    QJsonArray array;
    for (const JournalEntry &entry : entries) {
        QJsonObject object;
        for (const auto &cell : rowOf(entry)) {
            if (cell.first == QLatin1String("request_body")) {
                const QJsonDocument body = QJsonDocument::fromJson(entry.write.requestBody);
                object.insert(cell.first,
                    body.isObject()      ? QJsonValue(body.object())
                        : body.isArray() ? QJsonValue(body.array())
                                         : QJsonValue());
            } else {
                object.insert(cell.first, QJsonValue::fromVariant(cell.second));
            }
        }
        array.append(object);
    }
    QJsonObject root;
    root.insert(QStringLiteral("entries"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace psc::journal
