#include "engine/batch_rules.h"

#include <map>

#include "engine/acknowledgement.h"
#include "engine/let_scope.h"
#include "engine/rule_runner.h"

namespace grantcheck {
namespace {

// The group key of each member for `rule`, as displayed text; nullopt when
// the key cannot be had (its finding then says why).
std::vector<std::optional<std::string>> GroupKeys(const Rule& rule,
                                                  const std::vector<BatchMember>& members,
                                                  const PreparedProgram& program,
                                                  const CheckOptions& options,
                                                  std::vector<EvalBudget>& budgets,
                                                  std::vector<Value>& failures) {
  std::vector<std::optional<std::string>> keys;
  for (size_t i = 0; i < members.size(); ++i) {
    const BatchMember& m = members[i];
    if (!rule.group_by) {
      keys.emplace_back("");
      failures.emplace_back();
      continue;
    }
    Bindings b{&m.app->root, &program.program->params_value};
    EvalContext ctx{.today = options.today, .budget = &budgets[i]};
    ctx.canonical_member = [&members = program.members](std::string_view name) {
      return members.Canonical(name);
    };
    std::vector<Local> scope = RuleScope(*program.program, rule, b, ctx);
    Value key = EvaluateNode(rule.group_by->ast, rule.group_by->ast.root, b, ctx, scope);
    keys.push_back(key.is_special() ? std::nullopt : std::optional(key.Display()));
    failures.push_back(key.is_special() ? key : Value());
  }
  return keys;
}

}  // namespace

void ApplyBatchRules(const PreparedProgram& program, const std::vector<BatchMember>& members,
                     const CheckOptions& options) {
  std::vector<Value> all;
  for (const BatchMember& m : members) all.push_back(m.app->root);
  Value batch = Value::List(all, "batch");
  // Each member's batch rules share one evaluation budget, as its own rules do.
  std::vector<EvalBudget> budgets(members.size());
  for (const Rule& rule : program.program->batch_rules) {
    std::vector<Value> failures;
    std::vector<std::optional<std::string>> keys =
        GroupKeys(rule, members, program, options, budgets, failures);
    std::map<std::string, std::vector<Value>> groups;
    for (size_t i = 0; i < members.size(); ++i) {
      if (keys[i]) groups[*keys[i]].push_back(members[i].app->root);
    }
    std::map<std::string, bool> reported;
    for (size_t i = 0; i < members.size(); ++i) {
      Value group = keys[i] ? Value::List(groups[*keys[i]], "group") : failures[i];
      if (keys[i] && rule.report_first && reported[*keys[i]]) continue;
      if (keys[i]) reported[*keys[i]] = true;
      RuleRunner runner(*members[i].app, program, options, {{"batch", batch}, {"group", group}},
                        &budgets[i]);
      members[i].report->findings.push_back(runner.Run(rule));
    }
  }
  // Every finding is known now, batch rules' too.
  for (const BatchMember& m : members) SettleAcknowledgements(m.report);
}

}  // namespace grantcheck
