#pragma once

#include <QCoreApplication>

// Translation context of src/batch ("PayScoreBatch" in the .ts files). Outside any namespace
// so that lupdate and the runtime agree on the name.
class PayScoreBatch {
    Q_DECLARE_TR_FUNCTIONS(PayScoreBatch)
};
