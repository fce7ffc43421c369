// Loading the Familjen Helsingborg rule file: compiled from its TOML, as a
// first run does, and read back from the compiled-rules cache's encoding.
#include <benchmark/benchmark.h>

#include <string>

#include "bench_support.h"
#include "rules/program_codec.h"
#include "rules/rule_loader.h"

namespace grantcheck::bench {
namespace {

void BM_LoadRules_Toml(benchmark::State& state) {
  const std::string text = SourceFile("rules/familjen-helsingborg.toml");
  for (auto _ : state) {
    LoadedProgram loaded = ParseRuleFile(text, "familjen-helsingborg.toml");
    benchmark::DoNotOptimize(loaded);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_LoadRules_Toml);

void BM_LoadRules_Cached(benchmark::State& state) {
  const std::string bytes =
      EncodeProgram(*FamiljenHelsingborg().Find("familjen-helsingborg"));
  for (auto _ : state) {
    std::optional<Program> program = DecodeProgram(bytes);
    benchmark::DoNotOptimize(program);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}
BENCHMARK(BM_LoadRules_Cached);

}  // namespace
}  // namespace grantcheck::bench
