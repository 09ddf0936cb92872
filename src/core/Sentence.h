#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <utility>

namespace psc {

// A sentence for people that can be said again in the language in use when it is shown: its
// translation context, its English source text and its arguments. A result keeps the text as
// it was said (the CLI prints it, the journal records it) and this beside it, so that the
// console shows a client message in the language now on screen, not the one it was made in.
class Sentence {
public:
    Sentence() = default;
    // `context` and `source` are string literals (they outlive every result).
    Sentence(const char *context, const char *source, QStringList args = {})
        : m_context(context)
        , m_source(source)
        , m_args(std::move(args))
    {
    }

    bool isEmpty() const { return m_source == nullptr; }
    QString toString() const
    {
        if (m_source == nullptr)
            return {};
        QString text = QCoreApplication::translate(m_context, m_source);
        for (const QString &arg : m_args)
            text = text.arg(arg);
        return text;
    }
    // The text in the language in use, or `said` when this is empty.
    QString toString(const QString &said) const { return isEmpty() ? said : toString(); }

private:
    const char *m_context = nullptr;
    const char *m_source = nullptr;
    QStringList m_args;
};

} // namespace psc
