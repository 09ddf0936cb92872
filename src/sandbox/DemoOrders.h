#pragma once

#include "Order.h"

#include <QList>

namespace psc::sandbox {

class SandboxIdentity;

// The orders a fresh sandbox starts with: every state of every mode, with memorable numbers
// (DEMO-RENT-CONFIRMED-001 …) that the console, the training material and the GUI tests use.
QList<Order> demoOrders(const SandboxIdentity &identity);

} // namespace psc::sandbox
