#pragma once

#include <QtGlobal>

namespace psc::sandbox {

// The bytes of unfinished requests all connections of one server may hold together
// (ServerLimits::maxBufferedBytes). Connections take before they read and give back what
// their parser no longer holds.
class BufferBudget {
public:
    explicit BufferBudget(qsizetype limit)
        : m_limit(limit)
    {
    }

    bool take(qsizetype bytes)
    {
        if (bytes > m_limit - m_used)
            return false;
        m_used += bytes;
        return true;
    }
    void give(qsizetype bytes) { m_used -= bytes; }
    qsizetype used() const { return m_used; }
    qsizetype limit() const { return m_limit; }

private:
    qsizetype m_limit;
    qsizetype m_used = 0;
};

} // namespace psc::sandbox
