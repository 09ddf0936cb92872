#pragma once

#include "Mode.h"
#include "OperationResult.h"

#include <apiv3/ApiResult.h>

namespace psc::payscore {

// Turns apiv3's classification of one exchange into a PayScore result: the five outcomes of
// the CLI contract, the order view of a verified answer, and the error with the catalogue's
// hint. An answer that failed verification is never decoded into an order: it is `unknown`.
class AnswerDecoder {
public:
    static OperationResult decode(const apiv3::ApiResult &api, Mode mode, Operation operation);
};

} // namespace psc::payscore
