#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace psc {

// A value or a human-readable reason why there is none. Every layer (crypto, apiv3, payscore,
// profile, journal, sandbox, ui, app) returns it where Qt's "bool *ok" style would lose the
// reason, so it lives below all of them. The reason never contains key material.
template<typename T> class Result {
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    static Result failure(QString reason) { return Result(Failure {}, std::move(reason)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const QString &error() const { return m_error; }

private:
    struct Failure { };
    Result(Failure, QString reason)
        : m_error(std::move(reason))
    {
    }
    std::optional<T> m_value;
    QString m_error;
};

} // namespace psc
