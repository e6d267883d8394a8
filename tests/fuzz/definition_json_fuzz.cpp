// libFuzzer target: baton::fuzz::definitionJson (FuzzBodies.h) on each input. Run by scripts/fuzz.sh.
#include "FuzzBodies.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    baton::fuzz::definitionJson(data, size);
    return 0;
}
