#include "FuzzCheck.h"

#include <cstdio>
#include <cstdlib>

namespace baton::fuzz {

void check(bool condition, const char *promise)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz check failed: %s\n", promise);
    std::abort();
}

} // namespace baton::fuzz
