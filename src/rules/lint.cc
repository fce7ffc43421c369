#include "rules/lint.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <utility>

#include "base/file_io.h"
#include "base/text.h"
#include "expr/node_text.h"
#include "rules/lint_internal.h"
#include "rules/rule_loader.h"

namespace grantcheck {
namespace lint {

std::vector<ExprRef> ProgramExpressions(const Program& program) {
  std::vector<ExprRef> refs;
  bool batch = false;
  std::vector<std::string> names;
  for (const Let& l : program.let) names.push_back(l.name);
  // Takes a pointer: an Expression passed where an optional is expected
  // would be copied into a temporary that the reference then outlives.
  auto add = [&](const Expression* e, const std::string& owner, std::string role,
                 Expect expect) {
    if (e) refs.push_back(ExprRef{e, owner, std::move(role), expect, batch, names});
  };
  auto opt = [](const std::optional<Expression>& e) { return e ? &*e : nullptr; };
  for (const Let& l : program.let) add(&l.expr, "[let]", "let." + l.name, Expect::kAnything);
  auto messages = [&](const std::map<std::string, MessageTemplate>& message,
                      const std::string& owner, const std::string& role) {
    for (const auto& [lang, tmpl] : message) {
      for (const MessageTemplate::Piece& piece : tmpl.pieces) {
        add(opt(piece.expr), owner, role + " (" + lang + ")", Expect::kAnything);
      }
    }
  };
  for (const std::vector<Rule>* rules : {&program.rules, &program.batch_rules}) {
    batch = rules == &program.batch_rules;
    for (const Rule& rule : *rules) {
      std::string owner = (batch ? "batch rule '" : "rule '") + rule.id + "'";
      names.resize(program.let.size());
      for (const Let& l : rule.let) names.push_back(l.name);
      for (const Let& l : rule.let) add(&l.expr, owner, "let." + l.name, Expect::kAnything);
      add(opt(rule.when), owner, "when", Expect::kBool);
      add(opt(rule.check), owner, "check", Expect::kBool);
      for (const MessageVariant& v : rule.sentences) {
        add(&v.when, owner, "sentence." + v.name + ".when", Expect::kBool);
        messages(v.message, owner, "sentence." + v.name);
      }
      for (const MessageVariant& v : rule.sentences) names.push_back(v.name);
      for (const MessageVariant& v : rule.variants) {
        add(&v.when, owner, "message." + v.name + ".when", Expect::kBool);
        messages(v.message, owner, "message." + v.name);
      }
      messages(rule.message, owner, "message");
    }
  }
  // group_by makes the groups, so `batch` and `group` are not bound in it.
  batch = false;
  for (const Rule& rule : program.batch_rules) {
    names.resize(program.let.size());
    for (const Let& l : rule.let) names.push_back(l.name);
    add(opt(rule.group_by), "batch rule '" + rule.id + "'", "group_by", Expect::kAnything);
  }
  names.resize(program.let.size());
  for (const Deadline& d : program.deadlines) {
    std::string owner = "deadline '" + d.id + "'";
    add(opt(d.when), owner, "when", Expect::kBool);
    add(opt(d.date), owner, "date", Expect::kDate);
  }
  return refs;
}

std::string FileOf(const Program& program, const Rule& rule) {
  return rule.file.empty() ? program.file : rule.file;
}

std::string FileOf(const Program& program, const Deadline& deadline) {
  return deadline.file.empty() ? program.file : deadline.file;
}

Diagnostic At(const std::string& file, Pos pos, std::string id, std::string message) {
  return Diagnostic{.level = Level::kWarning,
                    .id = std::move(id),
                    .file = file,
                    .pos = pos,
                    .message = std::move(message)};
}

Diagnostic At(const Expression& expr, Span span, std::string id, std::string message) {
  Pos pos = SourceText{expr.file, expr.text, expr.origin}.PosOf(span.begin);
  return At(expr.file, pos, std::move(id), std::move(message));
}

namespace {

// Whitespace runs as single spaces, so a quote that wraps differently still matches.
std::string Squeeze(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : Trim(text)) {
    bool is_space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (is_space && !space) out += ' ';
    if (!is_space) out += c;
    space = is_space;
  }
  return out;
}

// Whether every part of `source` (split at an ellipsis, "…" or "...") is in `text`.
bool Quoted(const std::string& source, const std::string& text) {
  std::string squeezed = Squeeze(source);
  std::string_view rest = squeezed;
  while (!rest.empty()) {
    size_t cut = std::min(rest.find("…"), rest.find("..."));
    std::string_view part = Trim(rest.substr(0, cut));
    if (!part.empty() && text.find(part) == std::string::npos) return false;
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + (rest.substr(cut).starts_with("…") ? std::string_view("…").size() : 3));
  }
  return true;
}

void SourceOf(const std::string& owner, const std::string& source, const std::string& file,
              Pos pos, const LintOptions& options, std::vector<Diagnostic>& out) {
  if (Trim(source).empty()) {
    out.push_back(At(file, pos, "lint-no-source",
                     owner + " has no source: quote, in `source`, the sentence of the funder's "
                             "text it rests on"));
    return;
  }
  if (options.funder_text && !Quoted(source, Squeeze(*options.funder_text))) {
    out.push_back(At(file, pos, "lint-no-source",
                     fmt::format("the source of {} is not found word for word in {}; quote the "
                                 "funder's sentence exactly (mark left-out words with …)",
                                 owner, options.funder_text_file)));
  }
}

// A rule inherited through `extends` quotes the text of the file it is
// written in, so --text (this file's funder text) is not held against it.
// Calls fn(rule, "rule 'ID'") for each rule, then fn(rule, "batch rule 'ID'")
// for each batch rule.
template <typename Fn>
void ForEachRule(const Program& program, Fn fn) {
  for (const Rule& rule : program.rules) fn(rule, "rule '" + rule.id + "'");
  for (const Rule& rule : program.batch_rules) fn(rule, "batch rule '" + rule.id + "'");
}

void NoSource(const LintInput& in, std::vector<Diagnostic>& out) {
  const Program& program = in.program;
  LintOptions inherited;
  auto options_for = [&](const std::string& file) -> const LintOptions& {
    return file == program.file ? in.options : inherited;
  };
  ForEachRule(program, [&](const Rule& rule, const std::string& owner) {
    std::string file = FileOf(program, rule);
    SourceOf(owner, rule.source, file, rule.pos, options_for(file), out);
  });
  for (const Deadline& d : program.deadlines) {
    std::string file = FileOf(program, d);
    SourceOf("deadline '" + d.id + "'", d.source, file, d.pos, options_for(file), out);
  }
}

// The languages every text must have: the program's and English.
std::vector<std::string> Languages(const Program& program) {
  std::vector<std::string> langs = {program.language};
  if (program.language != "en") langs.push_back("en");
  return langs;
}

template <typename ByLanguage>
void Texts(const Program& program, const ByLanguage& texts, const std::string& owner,
           std::string_view key, const std::string& file, Pos pos, std::vector<Diagnostic>& out) {
  for (const std::string& lang : Languages(program)) {
    if (texts.contains(lang)) continue;
    out.push_back(At(file, pos, "lint-missing-language",
                     fmt::format("{} has no '{}' text for '{}'; --lang {} would show another "
                                 "language",
                                 owner, lang, key, lang)));
  }
}

void MissingLanguage(const LintInput& in, std::vector<Diagnostic>& out) {
  const Program& program = in.program;
  ForEachRule(program, [&](const Rule& rule, const std::string& owner) {
    std::string file = FileOf(program, rule);
    Texts(program, rule.title, owner, "title", file, rule.pos, out);
    Texts(program, rule.message, owner, "message", file, rule.pos, out);
  });
  for (const Deadline& d : program.deadlines) {
    std::string owner = "deadline '" + d.id + "'";
    std::string file = FileOf(program, d);
    Texts(program, d.title, owner, "title", file, d.pos, out);
    if (!d.note.empty()) Texts(program, d.note, owner, "note", file, d.pos, out);
  }
  for (const NotChecked& n : program.not_checked) {
    Texts(program, n.reason, "a [[not_checked]] sentence", "reason",
          n.file.empty() ? program.file : n.file, n.pos, out);
  }
}

// The names read through `params` in `expr`, "*" for the map as a whole.
void CollectParams(const Expression& expr, std::vector<std::string>& read) {
  const Ast& ast = expr.ast;
  auto add = [&read](const std::string& name) {
    if (std::find(read.begin(), read.end(), name) == read.end()) read.push_back(name);
  };
  for (NodeId id = 0; id < ast.nodes.size(); ++id) {
    const Node& n = ast.at(id);
    if (n.kind != NodeKind::kIdent || n.name != "params" || BoundByMacro(ast, id)) continue;
    const Node* parent = nullptr;
    for (const Node& p : ast.nodes) {
      if (!p.args.empty() && p.args[0] == id && p.kind != NodeKind::kMacro) parent = &p;
    }
    if (parent != nullptr && parent->kind == NodeKind::kSelect) {
      add(parent->name);
    } else if (parent != nullptr && parent->kind == NodeKind::kIndex &&
               ast.at(parent->args[1]).kind == NodeKind::kLiteral &&
               ast.at(parent->args[1]).literal.kind() == ValueKind::kString) {
      add(ast.at(parent->args[1]).literal.as_string());
    } else {
      add("*");
    }
  }
}

// Whether `name` is written at `pos` of `text`: a param declared in this file,
// not one inherited from the file it extends. Without the text, assume so.
bool DeclaredAt(std::string_view text, Pos pos, const std::string& name) {
  if (text.empty()) return true;
  size_t at = 0;
  for (int line = 1; line < pos.line && at != std::string_view::npos; ++line) {
    at = text.find('\n', at);
    if (at != std::string_view::npos) ++at;
  }
  if (at == std::string_view::npos) return false;
  std::string_view rest = Trim(text.substr(at, text.find('\n', at) - at));
  if (!rest.empty() && (rest.front() == '"' || rest.front() == '\'')) rest.remove_prefix(1);
  return rest.starts_with(name);
}

void UnusedParam(const LintInput& in, std::vector<Diagnostic>& out) {
  const Program& program = in.program;
  std::vector<std::string> read;
  for (const ExprRef& ref : ProgramExpressions(program)) CollectParams(*ref.expr, read);
  auto reads = [&read](const std::string& name) {
    return std::find(read.begin(), read.end(), name) != read.end();
  };
  if (reads("*")) return;
  for (const Param& p : program.params) {
    if (reads(p.name) || !DeclaredAt(in.text, p.pos, p.name)) continue;
    out.push_back(At(program.file, p.pos, "lint-unused-param",
                     fmt::format("param '{}' is never read; use it as params.{} or remove it",
                                 p.name, p.name)));
  }
}

void Keep(std::vector<Diagnostic> all, std::string_view id, std::vector<Diagnostic>& out) {
  for (Diagnostic& d : all) {
    if (d.id == id) out.push_back(std::move(d));
  }
}

void UndeclaredField(const LintInput& in, std::vector<Diagnostic>& out) {
  const Program& program = in.program;
  Keep(InferTypes(program), "lint-undeclared-field", out);
}

void TypeMismatch(const LintInput& in, std::vector<Diagnostic>& out) {
  const Program& program = in.program;
  Keep(InferTypes(program), "lint-type-mismatch", out);
}

void UnknownValue(const LintInput& in, std::vector<Diagnostic>& out) {
  const Program& program = in.program;
  Keep(InferTypes(program), "lint-unknown-value", out);
}

// Ids the loader accepts but people cannot tell apart: equal but for case.
template <typename Item>
void SimilarIds(const Program& program, const std::vector<const Item*>& items,
                std::string_view kind, std::vector<Diagnostic>& out) {
  for (size_t i = 0; i < items.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      const Item& a = *items[i];
      const Item& b = *items[j];
      if (a.id == b.id || Lowercase(a.id) != Lowercase(b.id)) continue;
      std::string where = FileOf(program, a) == FileOf(program, b)
                              ? fmt::format("line {}", b.pos.line)
                              : fmt::format("{}:{}", FileOf(program, b), b.pos.line);
      out.push_back(At(FileOf(program, a), a.pos, "lint-duplicate-id",
                       fmt::format("{} id '{}' differs from '{}' ({}) only in case; give it an "
                                   "id of its own",
                                   kind, a.id, b.id, where)));
      break;
    }
  }
}

void DuplicateId(const LintInput& in, std::vector<Diagnostic>& out) {
  const Program& program = in.program;
  // Findings, `explain` and rule tests name rules and batch rules alike by id.
  std::vector<const Rule*> rules;
  ForEachRule(program, [&](const Rule& rule, const std::string&) { rules.push_back(&rule); });
  std::vector<const Deadline*> deadlines;
  for (const Deadline& d : program.deadlines) deadlines.push_back(&d);
  SimilarIds(program, rules, "rule", out);
  SimilarIds(program, deadlines, "deadline", out);
}

constexpr std::array kChecks = {
    LintCheck{"lint-no-source", "a rule or deadline whose `source` is blank, or (with --text) not "
                                "quoted word for word from the funder's text",
              NoSource},
    LintCheck{"lint-missing-language",
              "a title, message or note missing in the program's language or in English",
              MissingLanguage},
    LintCheck{"lint-unused-param", "a parameter no expression reads", UnusedParam},
    LintCheck{"lint-undeclared-field",
              "a field, params.NAME or `at` the application format does not declare",
              UndeclaredField},
    LintCheck{"lint-duplicate-id", "rule or deadline ids that differ only in case", DuplicateId},
    LintCheck{"lint-constant-check",
              "a `check` or `when` that is the same for every application: it reads no field, or "
              "a part decides it whatever the fields (`|| 1 == 1`, `a || !a`, `len(x) >= 0`)",
              ConstantCheck},
    LintCheck{"lint-literal-limit",
              "a number (other than 0 and 1) or a date written in a `check`: a limit belongs in "
              "[params]",
              LiteralLimitCheck},
    LintCheck{"lint-type-mismatch",
              "types that cannot match: a date compared with a number, arithmetic on dates, a "
              "check that is not a bool",
              TypeMismatch},
    LintCheck{"lint-unknown-value",
              "a field with a fixed set of values compared with a value outside it",
              UnknownValue},
    LintCheck{"lint-requirement-word",
              "an `error` rule whose source has no requirement word (ska, skal, må, must …): "
              "only what the funder's text requires may fail an application (an error)",
              RequirementWordCheck},
    LintCheck{"lint-untraced-sentence",
              "with --text, a requirement sentence of the funder's text that no rule or "
              "deadline quotes and [[not_checked]] does not list with a reason",
              UntracedSentence},
    LintCheck{"lint-repeated-expression",
              "a sub-expression of three parts or more written twice in one rule: name it once "
              "in `let`",
              RepeatedExpression},
    LintCheck{"lint-long-message",
              "a message longer than 400 characters of source: split it into message variants",
              LongMessage},
    LintCheck{"lint-message-ternary",
              "a message that picks its wording with a ternary: write message variants instead",
              MessageTernary},
};

bool Before(const Diagnostic& a, const Diagnostic& b) {
  if (a.file != b.file) return a.file < b.file;
  if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
  return a.pos.col < b.pos.col;
}

}  // namespace
}  // namespace lint

std::span<const LintCheck> LintChecks() { return lint::kChecks; }

std::vector<std::string> ParamsRead(const Expression& expr) {
  std::vector<std::string> read;
  lint::CollectParams(expr, read);
  return read;
}

std::vector<const Param*> ParamsOfRule(const Program& program, const Rule& rule) {
  std::vector<std::string> read;
  std::vector<std::string> names;  // every name the rule's expressions read
  auto collect = [&](const Expression& e) {
    lint::CollectParams(e, read);
    for (const Node& n : e.ast.nodes) {
      if (n.kind == NodeKind::kIdent) names.push_back(n.name);
    }
  };
  for (const std::optional<Expression>* e : {&rule.when, &rule.check, &rule.group_by}) {
    if (*e) collect(**e);
  }
  for (const Let& l : rule.let) collect(l.expr);
  auto messages = [&](const std::map<std::string, MessageTemplate>& message) {
    for (const auto& [lang, tmpl] : message) {
      for (const MessageTemplate::Piece& piece : tmpl.pieces) {
        if (piece.expr) collect(*piece.expr);
      }
    }
  };
  messages(rule.message);
  for (const std::vector<MessageVariant>* texts : {&rule.variants, &rule.sentences}) {
    for (const MessageVariant& v : *texts) {
      collect(v.when);
      messages(v.message);
    }
  }
  // The program's named values the rule reads, and those they read in turn
  // ([let] is in evaluation order, so walking it backwards reaches them all).
  for (auto it = program.let.rbegin(); it != program.let.rend(); ++it) {
    if (std::find(names.begin(), names.end(), it->name) != names.end()) collect(it->expr);
  }
  std::vector<const Param*> out;
  for (const Param& param : program.params) {
    if (std::find(read.begin(), read.end(), param.name) != read.end()) out.push_back(&param);
  }
  return out;
}

std::vector<Diagnostic> LintProgram(const Program& program, const LintOptions& options,
                                    std::string_view text) {
  std::vector<Diagnostic> out;
  LintInput in{program, options, text};
  for (const LintCheck& check : LintChecks()) check.run(in, out);
  std::stable_sort(out.begin(), out.end(), lint::Before);
  return out;
}

LintResult LintFile(const std::string& path, const LintOptions& options) {
  LintResult result;
  LoadedProgram loaded = LoadRuleFile(path);
  for (Diagnostic& d : loaded.diagnostics) {
    // lint-missing-language says the same at the rule, once per text.
    if (loaded.program && d.id == "rules-missing-language") continue;
    result.load.push_back(std::move(d));
  }
  if (!loaded.program) return result;
  result.loaded = true;
  FileText text = ReadInput(path);
  result.findings = LintProgram(*loaded.program, options, text.text.value_or(""));
  return result;
}

}  // namespace grantcheck
