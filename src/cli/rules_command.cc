// `grantcheck rules list|show|lint|trace`: what the rule files on the rules
// path hold, one rule in full, the static checks of a rule file, its traceability.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "base/escape.h"
#include "base/file_io.h"
#include "base/text.h"
#include "cli/app.h"
#include "cli/command.h"
#include "cli/common_options.h"
#include "cli/rule_lookup.h"
#include "cli/rules_trace.h"
#include "cli/safe_lines.h"
#include "engine/explain.h"
#include "expr/node_text.h"
#include "rules/lint.h"
#include "rules/rule_set.h"

namespace grantcheck {
namespace {

namespace fs = std::filesystem;

struct RulesOptions {
  std::string rules;
  std::string lang;
  std::string rule_id;             // show
  std::string program;             // show: which program, when several have the rule
  std::vector<std::string> files;  // lint
  std::string text;                // lint, trace: the funder's text
  std::string rule_file;           // trace
  bool ids = false;                // list: the program ids alone, for shell completion
};

// --- list ------------------------------------------------------------------

void ListProgram(const Program& p, const std::string& lang, std::ostream& out) {
  out << p.id << ": " << StripControl(p.name) << " (" << p.language << ", " << p.rules.size() << " rules";
  if (!p.batch_rules.empty()) out << ", " << p.batch_rules.size() << " across the batch";
  out << "; " << StripControl(DisplayPath(p.file)) << ")\n";
  size_t width = 0;
  for (const Rule& r : p.rules) width = std::max(width, r.id.size());
  for (const Rule& r : p.batch_rules) width = std::max(width, r.id.size());
  auto line = [&](const Rule& r, std::string_view tag) {
    std::string severity(SeverityName(r.severity));
    out << "  " << r.id << std::string(width - r.id.size() + 2, ' ') << severity
        << std::string(9 - severity.size(), ' ') << StripControl(Localize(r.title, lang, p.language))
        << tag
        << "\n";
  };
  for (const Rule& r : p.rules) line(r, "");
  for (const Rule& r : p.batch_rules) line(r, "  [batch]");
}

int RunList(const RulesOptions& o, const CommandEnv& env) {
  RuleSet rules = LoadRulesFor(o.rules, env);
  if (!ReportRuleDiagnostics(rules, env.err)) return kExitUsage;
  for (const std::string& id : rules.Ids()) {
    if (o.ids) {
      env.out << StripControl(id) << "\n";
      continue;
    }
    const Program* p = rules.Find(id);
    ListProgram(*p, o.lang.empty() ? p->language : o.lang, env.out);
  }
  return kExitPass;
}

// --- show ------------------------------------------------------------------

// An expression on one line, or at a top-level chain of || or && one
// operand a line when that line would be long.
std::string Pretty(const Expression& e) {
  const Ast& ast = e.ast;
  std::string whole = OneLine(e.text);
  const Node& root = ast.at(ast.root);
  bool chain = root.kind == NodeKind::kBinary && (root.op == Op::kOr || root.op == Op::kAnd);
  if (!chain || CodePointCount(whole) <= 76) return "  " + whole + "\n";
  std::vector<NodeId> operands;
  NodeId left = ast.root;
  while (ast.at(left).kind == NodeKind::kBinary && ast.at(left).op == root.op) {
    operands.push_back(ast.at(left).args[1]);
    left = ast.at(left).args[0];
  }
  operands.push_back(left);
  std::reverse(operands.begin(), operands.end());
  std::string out;
  for (size_t i = 0; i < operands.size(); ++i) {
    out += std::string(i == 0 ? "     " : "  " + std::string(OpText(root.op)) + " ") +
           NodeText(e.text, ast, operands[i], true) + "\n";
  }
  return out;
}

void ShowExpression(std::string_view key, const std::optional<Expression>& e, std::ostream& out) {
  if (!e) return;
  out << key << ":\n" << Pretty(*e) << "  ast: " << e->ast.Dump() << "\n";
}

// A message template as written in the rule file: {expr} placeholders, {{ }} braces.
std::string TemplateText(const MessageTemplate& t) {
  std::string out;
  for (const MessageTemplate::Piece& piece : t.pieces) {
    if (piece.expr) {
      out += "{" + piece.expr->text + "}";
      continue;
    }
    for (char c : piece.text) out += c == '{' ? "{{" : c == '}' ? "}}" : std::string(1, c);
  }
  return out;
}

void ShowParams(const Program& p, const Rule& r, std::ostream& out) {
  const std::vector<const Param*> params = ParamsOfRule(p, r);
  if (params.empty()) return;
  out << "params:\n";
  for (const Param* param : params) {
    out << "  " << param->name << " = " << StripControl(ShowValue(param->value)) << "  ("
        << StripControl(DisplayPath(p.file)) << ":" << param->pos.line << ")\n";
    if (param->assumption) out << "    " << kAssumptionLabel << ": " << StripControl(param->note) << "\n";
  }
}

void ShowTexts(std::string_view key, const Localized& texts, std::ostream& out) {
  out << key << ":\n";
  for (const auto& [lang, text] : texts) out << "  " << lang << ": " << StripControl(text) << "\n";
}

void ShowRule(const Program& p, const Rule& r, std::ostream& out) {
  out << r.id << " (" << SeverityName(r.severity) << ") in " << p.id << ", "
      << StripControl(DisplayPath(p.file)) << ":" << r.pos.line << ":" << r.pos.col << "\n";
  ShowTexts("title", r.title, out);
  out << "source:\n  " << StripControl(r.source) << "\n";
  if (!r.at.empty()) out << "at: " << r.at << "\n";
  if (!r.when) out << "when: (none: the rule applies to every application)\n";
  ShowExpression("group_by", r.group_by, out);
  if (r.report_first) out << "report: first (once per group, on its first application)\n";
  ShowExpression("when", r.when, out);
  ShowExpression("check", r.check, out);
  if (!r.check) out << "check: (none: a review item, judged by a person)\n";
  Localized messages;
  for (const auto& [lang, tmpl] : r.message) messages[lang] = TemplateText(tmpl);
  ShowTexts("message", messages, out);
  ShowParams(p, r, out);
}

int RunShow(const RulesOptions& o, const CommandEnv& env) {
  RuleSet rules = LoadRulesFor(o.rules, env);
  if (!ReportRuleDiagnostics(rules, env.err)) return kExitUsage;
  std::optional<FoundRule> found = FindRuleOrSay(rules, o.rule_id, o.program, env.err);
  if (!found) return kExitUsage;
  ShowRule(*found->program, *found->rule, env.out);
  return kExitPass;
}

// --- lint ------------------------------------------------------------------

// The rule files to lint: those named, else every one on the rules path.
std::vector<std::string> LintTargets(const RulesOptions& o, const CommandEnv& env) {
  if (!o.files.empty()) return o.files;
  std::vector<std::string> files;
  for (const std::string& entry :
       RuleSearchPath(o.rules, std::getenv("GRANTCHECK_RULES_PATH"), env.executable)) {
    std::error_code ec;
    if (!fs::is_directory(entry, ec)) {
      files.push_back(entry);
      continue;
    }
    std::vector<std::string> here;
    for (const auto& e : fs::directory_iterator(entry, ec)) {
      if (e.path().extension() == ".toml") here.push_back(e.path().string());
    }
    std::sort(here.begin(), here.end());
    files.insert(files.end(), here.begin(), here.end());
  }
  return files;
}

int RunLint(const RulesOptions& o, const CommandEnv& env) {
  LintOptions options;
  if (!o.text.empty()) {
    FileText text = ReadInput(o.text);
    if (!text.text) {
      env.err << "grantcheck: error: cannot read " << o.text << ": " << text.error << "\n";
      return kExitUsage;
    }
    options.funder_text = *text.text;
    options.funder_text_file = o.text;
  }
  int status = kExitPass;
  for (const std::string& file : LintTargets(o, env)) {
    LintResult r = LintFile(file, options);
    for (std::vector<Diagnostic>* ds : {&r.load, &r.findings}) {
      for (Diagnostic& d : *ds) d.file = DisplayPath(d.file);
    }
    for (const Diagnostic& d : r.load) {
      (d.level == Level::kError ? env.err : env.out)
          << (d.level == Level::kError ? FormatDiagnosticWithSnippet(d) : FormatDiagnostic(d))
          << "\n";
    }
    if (!r.loaded) {
      status = kExitUsage;
      continue;
    }
    for (const Diagnostic& d : r.findings) env.out << FormatDiagnostic(d) << "\n";
    size_t n = r.findings.size() + r.load.size();
    env.out << StripControl(DisplayPath(file)) << ": " << n << (n == 1 ? " finding" : " findings")
            << "\n";
    if (n > 0 && status == kExitPass) status = kExitFail;
  }
  return status;
}

}  // namespace

Registered AddRulesCommand(CLI::App& parent) {
  CLI::App* cmd = parent.add_subcommand("rules", "What the rule files hold, and their static "
                                                 "checks: list, show RULE-ID, lint [FILE...], trace TEXT FILE");
  cmd->require_subcommand(1);
  auto o = std::make_shared<RulesOptions>();
  CLI::App* list = cmd->add_subcommand("list", "Every program on the rules path and its rules");
  CLI::App* show = cmd->add_subcommand("show", "One rule: source, texts, expressions, params");
  CLI::App* lint = cmd->add_subcommand("lint", "Static checks of rule files; exit 1 on findings");
  for (CLI::App* sub : {list, show, lint}) {
    sub->add_option("--rules", o->rules, "A rule file or a directory of them (default: "
                                         "GRANTCHECK_RULES_PATH, then the installed rules)");
  }
  AddLanguageOption(*list, o->lang);
  list->add_flag("--ids", o->ids, "Only the program ids, one a line");
  show->add_option("rule", o->rule_id, "The rule's id, e.g. FH-DURATION")->required();
  show->add_option("--program", o->program, "The program, when several have the rule");
  lint->add_option("files", o->files, "Rule files (default: every one on the rules path)");
  lint->add_option("--text", o->text, "The funder's text: every `source` must be quoted from it");
  CLI::App* trace = cmd->add_subcommand(
      "trace", "Every requirement sentence of a funder's text and the rules that quote it, or "
               "why none does; exit 1 when one is unexplained");
  trace->add_option("text", o->text, "The funder's text")->required();
  trace->add_option("rule-file", o->rule_file, "The rule file resting on it")->required();
  AddLanguageOption(*trace, o->lang);
  return {cmd, [o, list, show, trace](const CommandEnv& env) {
            return RunWithSafeLines(env, [&](const CommandEnv& safe) {
              if (list->parsed()) return RunList(*o, safe);
              if (show->parsed()) return RunShow(*o, safe);
              if (trace->parsed()) return RunRulesTrace(o->text, o->rule_file, o->lang, safe);
              return RunLint(*o, safe);
            });
          }};
}

}  // namespace grantcheck
