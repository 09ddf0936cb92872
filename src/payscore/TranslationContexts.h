#pragma once

#include <QCoreApplication>

// Translation contexts of src/payscore ("PayScoreValidation", "PayScoreOperation" in the .ts
// file). They sit outside any namespace so that lupdate and the runtime agree on the names.
class PayScoreValidation {
    Q_DECLARE_TR_FUNCTIONS(PayScoreValidation)
};

class PayScoreOperation {
    Q_DECLARE_TR_FUNCTIONS(PayScoreOperation)
};

class PayScoreOrderActions {
    Q_DECLARE_TR_FUNCTIONS(PayScoreOrderActions)
};
