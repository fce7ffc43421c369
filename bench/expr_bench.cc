// The expression evaluator: three Familjen Helsingborg checks (date arithmetic,
// member matching, exact money over a list) against one typed application.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "bench_support.h"
#include "engine/engine.h"
#include "expr/expression.h"
#include "model/application.h"

namespace grantcheck::bench {
namespace {

const Rule& RuleById(const Program& program, const std::string& id) {
  for (const Rule& rule : program.rules) {
    if (rule.id == id) return rule;
  }
  std::abort();
}

void BM_EvaluateCheck(benchmark::State& state, const char* rule_id) {
  const Program& program = *FamiljenHelsingborg().Find("familjen-helsingborg");
  const PreparedProgram prepared = Prepare(program);
  const Application app =
      BuildApplication(LoadYaml(SourceFile("examples/passes.yaml"), "passes.yaml"), program.schema);
  const Expression& check = *RuleById(program, rule_id).check;
  EvalContext ctx;
  ctx.canonical_member = [&](std::string_view name) { return prepared.members.Canonical(name); };
  const Bindings bindings{&app.root, &program.params_value};
  for (auto _ : state) {
    Value v = check.Evaluate(bindings, ctx);
    benchmark::DoNotOptimize(v);
  }
}
BENCHMARK_CAPTURE(BM_EvaluateCheck, duration, "FH-DURATION");
BENCHMARK_CAPTURE(BM_EvaluateCheck, municipalities, "FH-MUNICIPALITIES");
BENCHMARK_CAPTURE(BM_EvaluateCheck, budget_sum, "FH-BUDGET-SUM");

void BM_CompileExpression(benchmark::State& state) {
  const std::string text =
      "months(period.start, period.end) <= params.max_months || "
      "(months(period.start, period.end) <= params.max_months_exceptional && "
      "has(period.extension_reason))";
  for (auto _ : state) {
    CompileResult r = Compile(text);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_CompileExpression);

}  // namespace
}  // namespace grantcheck::bench
