#include "ApiCall.h"

#include "ApiCallPrivate.h"

namespace psc::apiv3 {

ApiCall::ApiCall(QObject *parent)
    : QObject(parent)
{
}

ApiCall::~ApiCall() = default;

bool ApiCall::isFinished() const
{
    return d->finished;
}

const ApiResult &ApiCall::result() const
{
    return d->result;
}

void ApiCall::cancel()
{
    d->cancel();
}

} // namespace psc::apiv3
