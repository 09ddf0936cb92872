#pragma once

#include "ValidationIssue.h"

#include <QList>

namespace psc::payscore {

// Everything the checks found about one request. A report with an error means: do not send.
// Warnings (e.g. '|' in an order number) are shown but do not block.
class ValidationReport {
public:
    void addError(const QString &pointer, const QString &message);
    void addWarning(const QString &pointer, const QString &message);
    void merge(const ValidationReport &other);

    bool hasErrors() const;
    bool isEmpty() const { return m_issues.isEmpty(); }
    const QList<ValidationIssue> &issues() const { return m_issues; }
    QList<ValidationIssue> errors() const;
    QList<ValidationIssue> warnings() const;
    // The first error, or a default issue when there is none.
    ValidationIssue firstError() const;
    // Whether some error sits at `pointer` (tests and forms use it).
    bool hasErrorAt(const QString &pointer) const;

private:
    QList<ValidationIssue> m_issues;
};

} // namespace psc::payscore
