#include "ValidationReport.h"

#include <algorithm>

namespace psc::payscore {

void ValidationReport::addError(const QString &pointer, const QString &message)
{
    // One error per field is enough: a value of the wrong type is not also "missing".
    if (hasErrorAt(pointer))
        return;
    m_issues.append({ ValidationIssue::Severity::Error, pointer, message });
}

void ValidationReport::addWarning(const QString &pointer, const QString &message)
{
    m_issues.append({ ValidationIssue::Severity::Warning, pointer, message });
}

void ValidationReport::merge(const ValidationReport &other)
{
    m_issues.append(other.m_issues);
}

bool ValidationReport::hasErrors() const
{
    return std::any_of(m_issues.cbegin(), m_issues.cend(),
        [](const ValidationIssue &issue) { return issue.isError(); });
}

QList<ValidationIssue> ValidationReport::errors() const
{
    QList<ValidationIssue> result;
    std::copy_if(m_issues.cbegin(), m_issues.cend(), std::back_inserter(result),
        [](const ValidationIssue &issue) { return issue.isError(); });
    return result;
}

QList<ValidationIssue> ValidationReport::warnings() const
{
    QList<ValidationIssue> result;
    std::copy_if(m_issues.cbegin(), m_issues.cend(), std::back_inserter(result),
        [](const ValidationIssue &issue) { return !issue.isError(); });
    return result;
}

ValidationIssue ValidationReport::firstError() const
{
    for (const ValidationIssue &issue : m_issues) {
        if (issue.isError())
            return issue;
    }
    return {};
}

bool ValidationReport::hasErrorAt(const QString &pointer) const
{
    return std::any_of(m_issues.cbegin(), m_issues.cend(),
        [&](const ValidationIssue &issue) { return issue.isError() && issue.pointer == pointer; });
}

} // namespace psc::payscore
