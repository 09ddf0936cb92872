#pragma once

#include <QString>

namespace psc::journal {

// Who is at the keyboard, for the journal. It starts as the OS account name; on a shared
// store PC that is often a generic account, so the operator may type their own name, once
// per session: after that it is fixed until the program restarts, so one session's entries
// cannot be spread over several names.
class OperatorIdentity {
public:
    static QString fromSystem(); // USER, USERNAME or LOGNAME; "operator" when none is set
    static QString osAccount() { return fromSystem(); } // what the journal records as such
    static QString hostName(); // this PC's name, as the team journal shows it
    static OperatorIdentity &session(); // the process-wide identity

    OperatorIdentity();
    QString name() const { return m_name; }
    bool isEditable() const { return !m_edited; }
    // Refused (false) when already edited this session, or for an empty or over-long name.
    bool setName(const QString &name);

    static constexpr int maxLength = 64;

private:
    QString m_name;
    bool m_edited = false;
};

} // namespace psc::journal
