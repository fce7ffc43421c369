// libFuzzer target: arbitrary bytes as an application file: LoadYaml and the application view.
// The contract it enforces is tests/hardening/fuzz_contracts.h, which also replays fuzz/regressions/.
#include <cstddef>
#include <cstdint>

#include "fuzz_check.h"
#include "hardening/fuzz_contracts.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return Enforce(grantcheck::testing::YamlContract(FuzzBytes(data, size)));
}
