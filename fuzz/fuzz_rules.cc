// libFuzzer target: arbitrary bytes as a TOML rule file through the rule loader.
// The contract it enforces is tests/hardening/fuzz_contracts.h, which also replays fuzz/regressions/.
#include <cstddef>
#include <cstdint>

#include "fuzz_check.h"
#include "hardening/fuzz_contracts.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return Enforce(grantcheck::testing::RulesContract(FuzzBytes(data, size)));
}
