#include "PostItems.h"

#include "FieldRules.h"
#include "JsonFieldReader.h"
#include "Limits.h"
#include "MoneyLimits.h"
#include "TranslationContexts.h"

#include <QJsonObject>

#include <algorithm>

namespace psc::payscore::postitems {

QList<PostItem> read(JsonFieldReader &reader, const QString &key)
{
    QList<PostItem> items;
    for (JsonFieldReader &row : reader.objectList(key)) {
        PostItem item;
        item.name = row.string(QStringLiteral("name"));
        item.amount = row.money(QStringLiteral("amount"));
        item.description = row.string(QStringLiteral("description"));
        item.count = row.integer(QStringLiteral("count"));
        row.rejectUnknownKeys();
        items.append(item);
    }
    return items;
}

void validate(ValidationReport &report, const QString &listPointer, const QList<PostItem> &items,
    int maxRows, bool descriptionRequired)
{
    rules::checkRowCount(report, listPointer, items.size(), maxRows);
    QStringList names;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const PostItem &item = items.at(i);
        const QString row = listPointer + u'/' + QString::number(i);
        rules::checkText(
            report, row + QStringLiteral("/name"), item.name, limits::kNameMaxLength, true);
        rules::checkAmount(report, row + QStringLiteral("/amount"), item.amount);
        rules::checkText(report, row + QStringLiteral("/description"), item.description,
            limits::kDescriptionMaxLength, descriptionRequired);
        if (item.count)
            rules::checkCount(report, row + QStringLiteral("/count"), *item.count);
        names.append(item.name);
    }
    rules::checkUniqueNames(report, listPointer, QStringLiteral("name"), names);
}

std::optional<Money> checkedSum(const QList<PostItem> &items)
{
    std::optional<Money> total = Money();
    for (const PostItem &item : items) {
        total = checkedPlus(*total, item.amount.value_or(Money()));
        if (!total)
            return std::nullopt;
    }
    return total;
}

std::optional<Money> checkedTotal(const QList<PostItem> &payments, const QList<PostItem> &discounts)
{
    const std::optional<Money> paid = checkedSum(payments);
    const std::optional<Money> off = checkedSum(discounts);
    return paid && off ? checkedMinus(*paid, *off) : std::nullopt;
}

bool allHaveAmounts(const QList<PostItem> &items)
{
    return std::all_of(
        items.cbegin(), items.cend(), [](const PostItem &item) { return item.amount.has_value(); });
}

QJsonArray toJson(const QList<PostItem> &items)
{
    QJsonArray array;
    for (const PostItem &item : items) {
        QJsonObject row { { QStringLiteral("name"), item.name } };
        if (item.amount)
            row.insert(QStringLiteral("amount"), item.amount->fen());
        if (!item.description.isEmpty())
            row.insert(QStringLiteral("description"), item.description);
        if (item.count)
            row.insert(QStringLiteral("count"), *item.count);
        array.append(row);
    }
    return array;
}

void validateLines(ValidationReport &report, const QList<PostItem> &payments,
    const QList<PostItem> &discounts, const std::optional<Money> &totalAmount)
{
    const QString paymentsPointer = QStringLiteral("/post_payments");
    const QString totalPointer = QStringLiteral("/total_amount");
    if (payments.isEmpty())
        rules::missing(report, paymentsPointer);
    validate(report, paymentsPointer, payments, limits::kServiceOrderMaxPostPayments, false);
    validate(report, QStringLiteral("/post_discounts"), discounts,
        limits::kServiceOrderMaxPostDiscounts, true);
    // The total rule only speaks when every row has an amount; a missing one is reported there.
    if (!rules::checkAmount(report, totalPointer, totalAmount) || !allHaveAmounts(payments)
        || !allHaveAmounts(discounts))
        return;
    const QString rule = PayScoreValidation::tr("Σ post_payments.amount − Σ post_discounts.amount");
    const std::optional<Money> expected = checkedTotal(payments, discounts);
    if (rules::checkSum(report, totalPointer, expected, rule))
        rules::checkTotal(report, totalPointer, *totalAmount, *expected, rule);
}

} // namespace psc::payscore::postitems
