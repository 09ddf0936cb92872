#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace psc::payscore {

// One finding of the checks that run before a request is sent. `pointer` is a JSON pointer
// into the request as it would be sent ("/post_payments/2/amount"; path parameters such as
// "/out_order_no" use the same form), `formKey` the same place as a dotted key a form can
// highlight ("post_payments.2.amount"). `message` is already translated.
struct ValidationIssue {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString pointer;
    QString message;

    bool isError() const { return severity == Severity::Error; }
    QString formKey() const; // "/post_payments/2/amount" -> "post_payments.2.amount"
    QString field() const; // the last segment: "amount"
    QJsonObject toJson() const; // {severity, field (the pointer), form_key, message}
};

} // namespace psc::payscore
