#pragma once

#include <QByteArrayView>
#include <QSet>
#include <QString>

namespace psc::payscore {

// QJsonDocument turns 100.0 and 1e2 into the integer 100, so whether a number in a body file
// was written as a whole number is lost after parsing. Money must be JSON integers, so the
// reader asks this scanner which numbers were spelled with a fraction or an exponent.
class JsonNumberSpelling {
public:
    // JSON pointers ("/post_payments/0/amount") of every number in `json` written with '.',
    // 'e' or 'E', written as -0, or larger than 2^53 in magnitude (not exact as a JSON number).
    // `json` should already have parsed; on malformed input the result is partial.
    static QSet<QString> nonIntegerPointers(QByteArrayView json);
};

} // namespace psc::payscore
