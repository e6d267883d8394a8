#pragma once

namespace baton::fuzz {

/// Stops the process with the broken promise on stderr when `condition` is false: under
/// libFuzzer that is a crash with its input kept, in the corpus test a failed test.
void check(bool condition, const char *promise);

} // namespace baton::fuzz
