#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace psc::ui {

// The plain meaning of an order's state for the people at the counter ("DONE — Order
// completed"), and the colour its badge wears.
class OrderStateText {
    Q_DECLARE_TR_FUNCTIONS(OrderStateText)
public:
    static QString meaning(const QString &state, const QString &stateDescription);
    static QString collectionMeaning(const QString &collectionState);
    // The state in a word or two, for a table cell (the journal): "Completed", "Awaiting
    // payment", "Refunded"; the codes and the long form go to the tooltip. A refund's status
    // in plain words is refund::RefundView::statusText (the results pane's too).
    static QString word(const QString &state, const QString &stateDescription);
    static QString refundWord(const QString &status);
    // Badge background for the state: green when finished, blue while running, grey else.
    static QColor colour(const QString &state);
};

} // namespace psc::ui
