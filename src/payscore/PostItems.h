#pragma once

#include "Money.h"
#include "ValidationReport.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace psc::payscore {

class JsonFieldReader;

// One row of post_payments or post_discounts: `amount` is the row's total in fen.
struct PostItem {
    QString name;
    std::optional<Money> amount;
    QString description;
    std::optional<qint64> count;
};

// The fee and discount lists that complete and modify share (service orders, partner): one
// reader, one set of limits, one checked sum, one JSON shape.
namespace postitems {

// The rows of `key` in a --body file; type errors land in the reader's report.
QList<PostItem> read(JsonFieldReader &reader, const QString &key);
// Row count, name (≤ 20, unique), amount (≥ 0 fen), description (≤ 30), count (1–100).
void validate(ValidationReport &report, const QString &listPointer, const QList<PostItem> &items,
    int maxRows, bool descriptionRequired);
// Σ amount, nullopt when it overflows; rows without an amount count as 0.
std::optional<Money> checkedSum(const QList<PostItem> &items);
// Σ payments − Σ discounts, nullopt when any step overflows.
std::optional<Money> checkedTotal(
    const QList<PostItem> &payments, const QList<PostItem> &discounts);
bool allHaveAmounts(const QList<PostItem> &items);
QJsonArray toJson(const QList<PostItem> &items);

// The fee table shared by complete and modify (serviceorder, partner): post_payments required
// (≤ 100 rows), post_discounts (≤ 30, description required), and total_amount present, ≥ 0 and
// equal to Σ payments − Σ discounts (checked money: an overflowing sum is an error).
void validateLines(ValidationReport &report, const QList<PostItem> &payments,
    const QList<PostItem> &discounts, const std::optional<Money> &totalAmount);

} // namespace postitems
} // namespace psc::payscore
