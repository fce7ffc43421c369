// One application's whole check as `grantcheck check` does it per file: read
// from memory, load, type, every rule of the program, and its jsonl line.
#include <benchmark/benchmark.h>

#include <string>

#include "bench_support.h"
#include "engine/engine.h"
#include "model/application.h"
#include "model/document.h"
#include "report/json_writer.h"

namespace grantcheck::bench {
namespace {

void BM_CheckApplication(benchmark::State& state) {
  const Program& program = *FamiljenHelsingborg().Find("familjen-helsingborg");
  const PreparedProgram prepared = Prepare(program);
  const Application app =
      BuildApplication(LoadYaml(SourceFile("examples/passes.yaml"), "passes.yaml"), program.schema);
  const CheckOptions options{.today = ParseDate("2025-06-01")};
  for (auto _ : state) {
    AppReport report = CheckApplication(app, prepared, options);
    benchmark::DoNotOptimize(report);
  }
}
BENCHMARK(BM_CheckApplication);

void BM_CheckFromText(benchmark::State& state, const char* file) {
  const Program& program = *FamiljenHelsingborg().Find("familjen-helsingborg");
  const PreparedProgram prepared = Prepare(program);
  const std::string text = SourceFile(file);
  const CheckOptions options{.today = ParseDate("2025-06-01")};
  for (auto _ : state) {
    const Application app = BuildApplication(LoadYaml(text, file), program.schema);
    AppReport report = CheckApplication(app, prepared, options);
    std::string line = ApplicationJsonLine(report, WriteOptions{});
    benchmark::DoNotOptimize(line);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK_CAPTURE(BM_CheckFromText, passes, "examples/passes.yaml");
BENCHMARK_CAPTURE(BM_CheckFromText, fails, "examples/fails.yaml");

void BM_JsonLine(benchmark::State& state) {
  const Program& program = *FamiljenHelsingborg().Find("familjen-helsingborg");
  const PreparedProgram prepared = Prepare(program);
  const Application app =
      BuildApplication(LoadYaml(SourceFile("examples/fails.yaml"), "fails.yaml"), program.schema);
  const AppReport report = CheckApplication(app, prepared, CheckOptions{});
  for (auto _ : state) {
    std::string line = ApplicationJsonLine(report, WriteOptions{});
    benchmark::DoNotOptimize(line);
  }
}
BENCHMARK(BM_JsonLine);

}  // namespace
}  // namespace grantcheck::bench
