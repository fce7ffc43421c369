// libFuzzer target: arbitrary text as a rule expression, compiled and evaluated.
// The contract it enforces is tests/hardening/fuzz_contracts.h, which also replays fuzz/regressions/.
#include <cstddef>
#include <cstdint>

#include "fuzz_check.h"
#include "hardening/fuzz_contracts.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return Enforce(grantcheck::testing::ExprContract(FuzzBytes(data, size)));
}
