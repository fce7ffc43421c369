// `grantcheck explain RULE-ID [APPLICATION]`: the rule, its source text, the
// value of every sub-expression for the application, and how a failing rule could pass.
#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <string>

#include "base/escape.h"
#include "base/file_io.h"
#include "cli/app.h"
#include "cli/command.h"
#include "cli/common_options.h"
#include "cli/rule_lookup.h"
#include "cli/safe_lines.h"
#include "engine/explain.h"
#include "expr/node_text.h"
#include "model/application.h"
#include "model/document.h"
#include "rules/lint.h"

namespace grantcheck {
namespace {

struct ExplainOptions {
  std::string rule_id;
  std::string application;
  std::string rules;
  std::string program;
  std::string lang;
  bool draft = false;
  std::optional<std::string> today;
  std::optional<std::string> stdin_name;
};

void Header(const Program& p, const Rule& r, const std::string& lang, std::ostream& out) {
  // Each text from the rule file on its line: a line break in one is a space.
  out << r.id << " (" << SeverityName(r.severity) << "): "
      << StripControl(Localize(r.title, lang, p.language)) << "\n  "
      << StripControl(DisplayPath(p.file)) << ":" << r.pos.line << ":" << r.pos.col << ", program "
      << p.id << "\n"
      << "source: \"" << StripControl(r.source) << "\"\n";
  for (const Param* param : ParamsOfRule(p, r)) {
    if (!param->assumption) continue;
    out << "assumption: params." << param->name << " = " << StripControl(ShowValue(param->value))
        << ", " << kAssumptionLabel << ": " << StripControl(param->note) << "\n";
  }
}

void Tree(std::string_view key, const std::optional<ExprTrace>& trace, bool values,
          std::ostream& out) {
  if (!trace) return;
  out << "\n" << key << ":\n";
  std::string text = TraceText(*trace, values);
  size_t begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    out << "  " << text.substr(begin, end - begin) << "\n";
    begin = end + 1;
  }
}

// The names `e` reads, added to `names`.
void NamesOf(const Expression& e, std::set<std::string>& names) {
  for (const Node& n : e.ast.nodes) {
    if (n.kind == NodeKind::kIdent) names.insert(n.name);
  }
}

// The named values the rule reads (its own, and those of [let] it reads,
// directly or through others), each as `name = expression` and, with an
// application, its value there.
void Lets(const Program& p, const Rule& r, const std::vector<std::pair<std::string, Value>>* values,
          std::ostream& out) {
  std::set<std::string> names;
  for (const std::optional<Expression>* e : {&r.when, &r.check, &r.group_by}) {
    if (*e) NamesOf(**e, names);
  }
  for (const Let& l : r.let) NamesOf(l.expr, names);
  auto texts = [&](const std::map<std::string, MessageTemplate>& message) {
    for (const auto& [lang, tmpl] : message) {
      for (const MessageTemplate::Piece& piece : tmpl.pieces) {
        if (piece.expr) NamesOf(*piece.expr, names);
      }
    }
  };
  texts(r.message);
  for (const std::vector<MessageVariant>* list : {&r.variants, &r.sentences}) {
    for (const MessageVariant& v : *list) {
      NamesOf(v.when, names);
      texts(v.message);
    }
  }
  // [let] is in evaluation order: walked backwards, a value is reached
  // before those it reads.
  std::vector<const Let*> lets;
  for (auto it = p.let.rbegin(); it != p.let.rend(); ++it) {
    if (!names.contains(it->name)) continue;
    NamesOf(it->expr, names);
    lets.insert(lets.begin(), &*it);
  }
  for (const Let& l : r.let) lets.push_back(&l);
  if (lets.empty()) return;
  out << "\nlet:\n";
  for (const Let* l : lets) {
    out << "  " << l->name << " = " << StripControl(OneLine(l->expr.text));
    for (size_t i = 0; values != nullptr && i < values->size(); ++i) {
      if ((*values)[i].first == l->name) out << " = " << StripControl(ShowValue((*values)[i].second));
    }
    out << "\n";
  }
}

// Without an application: what the rule reads, unvalued.
int ShowRuleOnly(const FoundRule& f, const ExplainOptions& o, std::ostream& out) {
  const Rule& r = *f.rule;
  Header(*f.program, r, o.lang.empty() ? f.program->language : o.lang, out);
  Lets(*f.program, r, nullptr, out);
  if (r.when) Tree("when", Unevaluated(*r.when), false, out);
  if (r.check) Tree("check", Unevaluated(*r.check), false, out);
  out << "\nGive an application (grantcheck explain " << r.id
      << " FILE) to see the value of each part.\n";
  return kExitPass;
}

void Outcome(const Explanation& e, const std::string& file, const std::string& lang,
             std::ostream& out) {
  out << "\nmissing: ";
  if (e.missing.empty()) out << "nothing";
  // The application's text (paths are its keys) stays on its line.
  for (size_t i = 0; i < e.missing.size(); ++i) out << (i ? ", " : "") << StripControl(e.missing[i]);
  const Finding& f = e.finding;
  out << "\nresult: " << StatusName(f.status) << " at " << StripControl(file) << ":" << f.pos.line
      << ":" << f.pos.col << (f.path.empty() ? "" : " (" + StripControl(f.path) + ")") << "\n";
  if (!f.message.empty()) out << "  " << StripControl(f.message) << "\n";
  if (e.hints.empty()) return;
  out << "to pass: " << StripControl(JoinHints(e.hints, lang)) << "\n";
}

int ExplainFor(const ExplainOptions& o, const CommandEnv& env) {
  CheckOptions check{.lang = o.lang, .draft = o.draft};
  if (!ResolveToday(o.today, &check.today, env.err)) return kExitUsage;
  std::optional<std::string> stdin_name = ResolveStdinName(o.stdin_name, {o.application}, env.err);
  if (!stdin_name) return kExitUsage;
  RuleSet rules = LoadRulesFor(o.rules, env);
  if (!ReportRuleDiagnostics(rules, env.err)) return kExitUsage;
  if (o.application.empty()) {
    std::optional<FoundRule> f = FindRuleOrSay(rules, o.rule_id, o.program, env.err);
    return f ? ShowRuleOnly(*f, o, env.out) : kExitUsage;
  }
  std::string shown = o.application == "-" ? *stdin_name : o.application;
  FileText text = ReadInput(o.application);
  if (!text.text) {
    env.err << "grantcheck: error: cannot read " << shown << ": " << text.error << "\n";
    return kExitUsage;
  }
  Document doc = LoadYaml(*text.text, shown);
  for (const Diagnostic& d : doc.diagnostics) env.err << FormatDiagnosticWithSnippet(d) << "\n";
  if (!doc.ok) return kExitUsage;
  std::string program = o.program.empty() ? ProgramOf(doc) : o.program;
  if (program.empty()) {
    env.err << "grantcheck: error: " << shown << " names no program; add 'program:' or give "
            << "--program\n";
    return kExitUsage;
  }
  std::optional<FoundRule> f = FindRuleOrSay(rules, o.rule_id, program, env.err);
  if (!f) return kExitUsage;
  if (f->batch) {
    // Its value depends on the other applications of a run, which explain
    // does not have; a trace of one application alone would mislead.
    env.err << "grantcheck: error: " << f->rule->id << " compares the applications of a run; "
            << "check them together (grantcheck check DIR), or run explain without an "
            << "application to see the rule\n";
    return kExitUsage;
  }
  Application app = BuildApplication(doc, f->program->schema);
  PreparedProgram prepared = Prepare(*f->program);
  Explanation e = Explain(*f->rule, app, prepared, check);
  Header(*f->program, *f->rule, MessageLanguage(check, *f->program), env.out);
  Lets(*f->program, *f->rule, &e.lets, env.out);
  Tree("when", e.when, true, env.out);
  Tree("check", e.check, true, env.out);
  Outcome(e, shown, MessageLanguage(check, *f->program), env.out);
  bool fails = e.finding.status == Status::kFail || e.finding.status == Status::kUnknown ||
               e.finding.status == Status::kError;
  return fails ? kExitFail : kExitPass;
}

}  // namespace

Registered AddExplainCommand(CLI::App& parent) {
  CLI::App* cmd = parent.add_subcommand(
      "explain", "Why a rule passes or fails for an application: every value it read");
  auto o = std::make_shared<ExplainOptions>();
  cmd->add_option("rule", o->rule_id, "The rule's id, e.g. FH-DURATION")->required();
  cmd->add_option("application", o->application,
                  "The application (YAML, or - for standard input); without it, the rule alone");
  cmd->add_option("--rules", o->rules, "A rule file or a directory of them (default: "
                                       "GRANTCHECK_RULES_PATH, then the installed rules)");
  cmd->add_option("--program", o->program, "The program (default: the application's)");
  AddLanguageOption(*cmd, o->lang);
  cmd->add_flag("--draft", o->draft, "Missing fields are to-dos, not failures");
  AddTodayOption(*cmd, o->today);
  AddStdinNameOption(*cmd, o->stdin_name);
  return {cmd, [o](const CommandEnv& env) {
            return RunWithSafeLines(env, [&o](const CommandEnv& safe) { return ExplainFor(*o, safe); });
          }};
}

}  // namespace grantcheck
