#pragma once

#include <QCoreApplication>

// Translation context of src/refund ("RefundRules" in the .ts files), outside any namespace so
// that the runtime and the .ts file agree on the name.
class RefundRules {
    Q_DECLARE_TR_FUNCTIONS(RefundRules)
};
