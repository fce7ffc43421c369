// Evaluating one rule for one application into a finding: shared by the
// engine (per application) and batch rules (with `batch` and `group` bound).
#pragma once

#include <fmt/format.h>

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/localized_text.h"
#include "engine/engine.h"
#include "engine/let_scope.h"
#include "expr/input_error.h"
#include "model/placeholder.h"

namespace grantcheck {
namespace rule_runner_internal {

inline constexpr std::array kPhrases = {
    Phrase{"unknown", "{0}: kan inte bedömas eftersom {1} saknas",
           "{0}: kan ikke vurderes, fordi {1} mangler", "{0}: kan ikke vurderes fordi {1} mangler",
           "{0}: cannot be checked because {1} is missing"},
    Phrase{"todo", "{0}: fyll i {1}", "{0}: udfyld {1}", "{0}: fyll ut {1}", "{0}: fill in {1}"},
    Phrase{"error", "{0}: regeln kunde inte prövas: {1}", "{0}: reglen kunne ikke afprøves: {1}",
           "{0}: regelen kunne ikke prøves: {1}", "{0}: the rule could not be applied: {1}"},
    Phrase{"not-bool", "kontrollen gav {0}, inte sant eller falskt",
           "kontrollen gav {0}, ikke sand eller falsk", "kontrollen ga {0}, ikke sann eller usann",
           "the check gave {0}, not true or false"},
    Phrase{"when-not-bool", "villkoret (when) blev {0}, inte sant eller falskt",
           "betingelsen (when) blev {0}, ikke sand eller falsk",
           "vilkåret (when) ble {0}, ikke sann eller usann",
           "the condition (when) gave {0}, not true or false"},
    Phrase{"budget",
           "ansökans utvärderingsbudget ({0} steg för alla regler och meddelanden tillsammans) "
           "är förbrukad",
           "ansøgningens evalueringsbudget ({0} trin for alle regler og meddelelser tilsammen) "
           "er brugt op",
           "søknadens evalueringsbudsjett ({0} steg for alle regler og meldinger samlet) er "
           "brukt opp",
           "the application's evaluation budget ({0} steps for all rules and messages together) "
           "is spent"},
};

inline std::string Say(std::string_view key, std::string_view lang, std::string_view a,
                std::string_view b = {}) {
  return fmt::format(fmt::runtime(Pick(kPhrases, key, lang)), a, b);
}

}  // namespace rule_runner_internal

class RuleRunner {
 public:
  // `locals` are bound in every expression: `batch` and `group` for batch rules.
  // Every evaluation is charged to `budget` (not owned; null: a budget of the
  // runner's own, kMaxApplicationEvalSteps for all the rules it runs).
  RuleRunner(const Application& app, const PreparedProgram& prepared, const CheckOptions& options,
             std::vector<Local> locals = {}, EvalBudget* budget = nullptr)
      : app_(app),
        program_(*prepared.program),
        options_(options),
        lang_(MessageLanguage(options, program_)),
        bindings_{&app.root, &program_.params_value},
        locals_(std::move(locals)),
        members_(prepared.members) {
    ctx_.today = options.today;
    ctx_.lang = lang_;
    ctx_.budget = budget != nullptr ? budget : &own_budget_;
    ctx_.canonical_member = [this](std::string_view name) { return CanonicalMember(name); };
  }
  // ctx_ refers back to this runner.
  RuleRunner(const RuleRunner&) = delete;
  RuleRunner& operator=(const RuleRunner&) = delete;

  Finding Run(const Rule& rule) {
    Finding f{.rule_id = rule.id,
              .severity = rule.severity,
              .title = Localize(rule.title, lang_, program_.language),
              .path = rule.at};
    if (ctx_.budget->spent()) {
      std::string why = rule_runner_internal::Say(
          "error", lang_, f.title,
          rule_runner_internal::Say("budget", lang_, std::to_string(ctx_.budget->limit())));
      return Done(std::move(f), Status::kError, std::move(why));
    }
    EnterRule(rule);
    if (rule.when) {
      Value applies = Eval(*rule.when);
      if (applies.kind() == ValueKind::kBool && !applies.as_bool()) {
        return Done(std::move(f), Status::kNotApplicable, "");
      }
      if (applies.kind() != ValueKind::kBool) {
        return Outcome(std::move(f), rule, *rule.when, applies, "when-not-bool");
      }
    }
    if (rule.severity == Severity::kReview) {
      // Without a `when`, every application of the program gets the item: a
      // routine criterion rather than something this application raised.
      f.routine = !rule.when;
      return Done(std::move(f), Status::kReview, Message(rule));
    }
    if (!rule.check) return Done(std::move(f), Status::kPass, "");
    Value v = Eval(*rule.check);
    return Outcome(std::move(f), rule, *rule.check, v);
  }

 private:
  Value Eval(const Expression& e) const {
    return EvaluateNode(e.ast, e.ast.root, bindings_, ctx_, scope_);
  }

  // The names `rule` sees: the runner's locals, the program's lets (evaluated
  // once per application, on its first rule) and the rule's own.
  void EnterRule(const Rule& rule) {
    if (!program_scope_) {
      program_scope_ = locals_;
      BindLets(program_.let, bindings_, ctx_, *program_scope_);
    }
    scope_ = *program_scope_;
    BindLets(rule.let, bindings_, ctx_, scope_);
  }

  // `not_bool` names the phrase for a value that is neither bool nor special:
  // the check's, or the `when`'s.
  Finding Outcome(Finding f, const Rule& rule, const Expression& expr, const Value& v,
                  std::string_view not_bool = "not-bool") {
    if (v.kind() == ValueKind::kBool) {
      if (!v.as_bool() && options_.draft && NearPlaceholder(rule.at)) {
        return Todo(std::move(f), rule.at);
      }
      if (!v.as_bool()) f.path = OffendingElement(expr).value_or(f.path);
      return Done(std::move(f), v.as_bool() ? Status::kPass : Status::kFail,
                  v.as_bool() ? "" : Message(rule));
    }
    if (v.is_missing()) return Todo(std::move(f), v.as_missing().path);
    // One mistake, one finding: the wrong value has its own (app-type); the
    // rule says briefly that it waits for it, at its line.
    if (std::optional<std::string> input = v.is_error() ? InputErrorPath(v.as_error()) : std::nullopt) {
      f.path = *input;
      std::string text = CannotJudgeText(f.title, *input, lang_);
      return Done(std::move(f), Status::kError, std::move(text));
    }
    std::string why = v.is_error() ? RuntimeError(expr, v.as_error())
                                   : rule_runner_internal::Say(not_bool, lang_, v.Dump());
    // The message first: the order in which a call's arguments are evaluated is
    // the compiler's, and `f` is moved from in the first (clang moves it first).
    std::string text = rule_runner_internal::Say("error", lang_, f.title, why);
    return Done(std::move(f), Status::kError, std::move(text));
  }

  // The check needs `missing`, not given yet: a to-do while drafting, else unknown.
  Finding Todo(Finding f, std::string missing) {
    f.missing = std::move(missing);
    f.path = f.missing;
    Status s = options_.draft ? Status::kTodo : Status::kUnknown;
    std::string text =
        rule_runner_internal::Say(options_.draft ? "todo" : "unknown", lang_, f.title, f.missing);
    return Done(std::move(f), s, std::move(text));
  }

  // Whether the field `at`, or the map it is in, still holds a placeholder: a
  // rule that fails there in --draft is a to-do, not a failure, since what it
  // reads is not given yet ("applicant.kind == 'municipal' &&
  // has(applicant.municipality)" while the municipality is "<<Kommune>>").
  // The placeholders are found once, when a rule first fails in --draft.
  bool NearPlaceholder(std::string_view at) const {
    if (!placeholders_) placeholders_ = FindPlaceholders(app_.doc);
    size_t dot = at.rfind('.');
    return UnderPlaceholder(at, *placeholders_) ||
           (dot != std::string_view::npos && UnderPlaceholder(at.substr(0, dot), *placeholders_));
  }

  // For a check of the form `list.all(x, condition)` that failed, the path of
  // the first element whose condition is false, so that the finding points at
  // the offending budget line rather than at the whole list. Elements made by
  // the evaluator (no path) give nullopt and the rule's `at` stands.
  std::optional<std::string> OffendingElement(const Expression& expr) const {
    const Ast& ast = expr.ast;
    const Node& root = ast.at(ast.root);
    if (root.kind != NodeKind::kMacro || root.name != "all") return std::nullopt;
    Value list = EvaluateNode(ast, root.args[0], bindings_, ctx_, scope_);
    if (list.kind() != ValueKind::kList) return std::nullopt;
    for (const Value& item : list.as_list().items) {
      std::vector<Local> with_item = scope_;
      with_item.emplace_back(root.var, item);
      Value ok = EvaluateNode(ast, root.args[1], bindings_, ctx_, with_item);
      if (ok.kind() != ValueKind::kBool || ok.as_bool()) continue;
      if (item.kind() == ValueKind::kMap && !item.as_map().path.empty()) return item.as_map().path;
      return std::nullopt;
    }
    return std::nullopt;
  }

  // A fault in the rule's own expression is shown at its place in the rule
  // file; a fault carried in from the application (a bad date) as it is.
  static std::string RuntimeError(const Expression& expr, const ErrorData& error) {
    if (error.span == Span{}) return error.message;
    Diagnostic d = expr.ErrorDiagnostic(error);
    return fmt::format("{} ({}:{}:{})", error.message, d.file, d.pos.line, d.pos.col);
  }

  // The first variant whose `when` is true, else the plain message, in the
  // run's language, else the program's, else English, else the title.
  std::string Message(const Rule& rule) const {
    const std::map<std::string, MessageTemplate>* texts = &rule.message;
    for (const MessageVariant& variant : rule.variants) {
      Value applies = Eval(variant.when);
      if (applies.kind() == ValueKind::kBool && applies.as_bool()) {
        texts = &variant.message;
        break;
      }
    }
    for (std::string_view l : {std::string_view(lang_), std::string_view(program_.language),
                               std::string_view("en")}) {
      if (auto it = texts->find(std::string(l)); it != texts->end()) {
        if (rule.sentences.empty()) return it->second.Render(bindings_, ctx_, scope_, l);
        return it->second.Render(bindings_, ctx_, WithSentences(rule, l), l);
      }
    }
    return Localize(rule.title, lang_, program_.language);
  }

  // scope_ and each of the rule's sentences by name: its text in `lang` (or
  // the fallbacks) where its `when` is true, else "".
  std::vector<Local> WithSentences(const Rule& rule, std::string_view lang) const {
    std::vector<Local> scope = scope_;
    for (const MessageVariant& sentence : rule.sentences) {
      Value applies = Eval(sentence.when);
      std::string text;
      if (applies.kind() == ValueKind::kBool && applies.as_bool()) {
        for (std::string_view l : {lang, std::string_view(program_.language), std::string_view("en")}) {
          auto it = sentence.message.find(std::string(l));
          if (it == sentence.message.end()) continue;
          text = it->second.Render(bindings_, ctx_, scope_, l);
          break;
        }
      }
      scope.emplace_back(sentence.name, Value::String(std::move(text)));
    }
    return scope;
  }

  // Several rules and their messages match the same names (members() of the
  // municipalities, the owner, the financial administrator), and matching one
  // (Unicode normalisation) costs more than the rest of the call, so each
  // application remembers its first kMemberMemo answers.
  static constexpr size_t kMemberMemo = 64;
  std::optional<std::string> CanonicalMember(std::string_view name) const {
    for (const auto& [seen, canonical] : member_memo_) {
      if (seen == name) return canonical;
    }
    std::optional<std::string> canonical = members_.Canonical(name);
    if (member_memo_.size() < kMemberMemo) member_memo_.emplace_back(std::string(name), canonical);
    return canonical;
  }

  Finding Done(Finding f, Status status, std::string message) {
    f.status = status;
    f.message = std::move(message);
    f.pos = f.path.empty() ? Pos{1, 1} : app_.PosOf(f.path);
    return f;
  }

  const Application& app_;
  const Program& program_;
  const CheckOptions& options_;
  std::string lang_;
  Bindings bindings_;
  std::vector<Local> locals_;
  std::optional<std::vector<Local>> program_scope_;  // locals_ and the program's lets
  std::vector<Local> scope_;                         // what the current rule sees
  const MemberIndex& members_;
  mutable std::vector<std::pair<std::string, std::optional<std::string>>> member_memo_;
  mutable std::optional<std::vector<PlaceholderValue>> placeholders_;
  EvalBudget own_budget_;
  EvalContext ctx_;
};

}  // namespace grantcheck
