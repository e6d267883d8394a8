#pragma once

#include "support/ScopedEnvironment.h"

namespace baton::cli::test {

using baton::test::ScopedEnvironment;

} // namespace baton::cli::test
