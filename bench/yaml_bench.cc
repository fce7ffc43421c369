// YAML loading: one application's text to a Document with positions (the
// libyaml adapter), and the Document typed into the Value tree rules read.
#include <benchmark/benchmark.h>

#include <string>

#include "bench_support.h"
#include "model/application.h"
#include "model/document.h"

namespace grantcheck::bench {
namespace {

void BM_LoadYaml(benchmark::State& state, const char* file) {
  const std::string text = SourceFile(file);
  for (auto _ : state) {
    Document doc = LoadYaml(text, file);
    benchmark::DoNotOptimize(doc);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK_CAPTURE(BM_LoadYaml, passes, "examples/passes.yaml");
BENCHMARK_CAPTURE(BM_LoadYaml, projektplan, "examples/projektplan-kommunala-mikrotjanster.yaml");

void BM_BuildApplication(benchmark::State& state) {
  const Program& program = *FamiljenHelsingborg().Find("familjen-helsingborg");
  const Document doc = LoadYaml(SourceFile("examples/passes.yaml"), "passes.yaml");
  for (auto _ : state) {
    Application app = BuildApplication(doc, program.schema);
    benchmark::DoNotOptimize(app);
  }
}
BENCHMARK(BM_BuildApplication);

}  // namespace
}  // namespace grantcheck::bench
