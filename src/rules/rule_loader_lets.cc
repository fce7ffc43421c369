// The rule loader's named values: [let] for the program and `let` for a rule,
// read, checked for clashes and cycles, and put in evaluation order; and the
// names in a rule's expressions that look like a mistyped named value.
#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <utility>

#include "base/text.h"
#include "rules/rule_loader_internal.h"

namespace grantcheck::rule_loader {
namespace {

// Names an expression gives a meaning of their own; a let may not take them.
const KeySet kReserved = {"params", "batch", "group", "true", "false", "null", "in"};

bool IsIdentifier(std::string_view name) {
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
  });
}

// The names `expr` reads as bare identifiers, macro variables left out.
std::set<std::string> NamesRead(const Expression& expr) {
  std::set<std::string> vars, names;
  for (const Node& n : expr.ast.nodes) {
    if (n.kind == NodeKind::kMacro) vars.insert(n.var);
  }
  for (const Node& n : expr.ast.nodes) {
    if (n.kind == NodeKind::kIdent && !vars.contains(n.name)) names.insert(n.name);
  }
  return names;
}

// program.schema is set before [let] and the rules are read.
bool IsTopField(const Program& program, std::string_view name) {
  const FieldType& schema = program.schema;
  return std::any_of(schema.fields.begin(), schema.fields.end(),
                     [&](const FieldSpec& f) { return f.name == name; });
}

// `lets` ordered so that each comes after the lets of the same table it reads;
// a let that reads itself through others is an error at its name.
std::vector<Let> Ordered(Reader& r, std::vector<Let> lets) {
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < lets.size(); ++i) index[lets[i].name] = i;
  std::vector<int> state(lets.size(), 0);  // 0 new, 1 being visited, 2 placed
  std::vector<size_t> order;
  std::vector<std::string> path;
  std::function<void(size_t)> visit = [&](size_t i) {
    if (state[i] == 2) return;
    path.push_back(lets[i].name);
    if (state[i] == 1) {
      std::string cycle;
      for (auto it = std::find(path.begin(), path.end(), lets[i].name); it != path.end(); ++it) {
        cycle += (cycle.empty() ? "" : " -> ") + *it;
      }
      r.Error("rules-let-cycle", lets[i].pos,
              "named value '" + lets[i].name + "' depends on itself: " + cycle);
      path.pop_back();
      return;
    }
    state[i] = 1;
    for (const std::string& name : NamesRead(lets[i].expr)) {
      if (auto it = index.find(name); it != index.end()) visit(it->second);
    }
    state[i] = 2;
    order.push_back(i);
    path.pop_back();
  };
  for (size_t i = 0; i < lets.size(); ++i) {
    if (state[i] == 0) visit(i);
  }
  std::vector<Let> out;
  for (size_t i : order) out.push_back(std::move(lets[i]));
  return out;
}

// The lets of the table at `key` of `t`; `outer` are the program's, which a
// rule's may not redefine.
std::vector<Let> ReadLets(Reader& r, const toml::table& t, const Program& program,
                          const std::vector<Let>& outer, std::string_view where) {
  const toml::table* table = r.Table(t, "let");
  if (table == nullptr) return {};
  std::vector<Let> lets;
  for (const Entry& e : r.Entries(*table, where)) {
    std::string name(e.key);
    if (!IsIdentifier(name)) {
      r.Error("rules-let", e.key_pos,
              "named value '" + name + "' is not a name an expression can read; use letters, "
              "digits and '_', such as 'project_months'");
      continue;
    }
    if (std::find(kReserved.begin(), kReserved.end(), name) != kReserved.end()) {
      r.Error("rules-let", e.key_pos, "'" + name + "' is a word of the rule language; pick another name");
      continue;
    }
    if (IsTopField(program, name)) {
      r.Error("rules-let", e.key_pos,
              "named value '" + name + "' would hide the application's field '" + name +
                  "'; pick another name");
      continue;
    }
    auto same = [&](const Let& l) { return l.name == name; };
    if (auto it = std::find_if(outer.begin(), outer.end(), same); it != outer.end()) {
      r.Error("rules-let", e.key_pos,
              "'" + name + "' is already a named value of the program ([let] at line " +
                  std::to_string(it->pos.line) + "); pick another name");
      continue;
    }
    std::optional<Expression> expr = r.Expr(*table, e.key);
    if (expr) lets.push_back(Let{name, std::move(*expr), e.key_pos});
  }
  return Ordered(r, std::move(lets));
}

// "unknown name 'mnths'; did you mean the named value 'months'?" for each
// name `expr` reads that is neither a named value nor a field of the
// application but is close to a named value.
void CheckNames(Reader& r, const Expression& expr, const std::vector<std::string_view>& lets,
                const Program& program) {
  for (const std::string& name : NamesRead(expr)) {
    if (std::find(lets.begin(), lets.end(), name) != lets.end() || IsTopField(program, name) ||
        std::find(kReserved.begin(), kReserved.end(), name) != kReserved.end()) {
      continue;
    }
    std::optional<std::string> guess = DidYouMean(name, lets);
    if (!guess) continue;
    for (const Node& n : expr.ast.nodes) {
      if (n.kind != NodeKind::kIdent || n.name != name) continue;
      Diagnostic d = expr.ErrorDiagnostic(
          ErrorData{n.span, "unknown name '" + name + "'; did you mean the named value '" +
                                *guess + "'?"});
      d.id = "rules-let-unknown";
      r.AddPlaced({std::move(d)});
      break;
    }
  }
}

}  // namespace

void ReadProgramLets(Reader& r, const toml::table& root, Program& program) {
  program.let = ReadLets(r, root, program, {}, "[let]");
}

std::vector<Let> ReadRuleLets(Reader& r, const toml::table& rule, const Program& program) {
  return ReadLets(r, rule, program, program.let, "the rule's 'let'");
}

void CheckLetNames(Reader& r, const Rule& rule, const Program& program) {
  std::vector<std::string_view> lets;
  for (const Let& l : program.let) lets.push_back(l.name);
  for (const Let& l : rule.let) lets.push_back(l.name);
  for (const MessageVariant& s : rule.sentences) lets.push_back(s.name);
  if (lets.empty()) return;
  auto check = [&](const std::optional<Expression>& e) {
    if (e) CheckNames(r, *e, lets, program);
  };
  check(rule.when);
  check(rule.check);
  check(rule.group_by);
  for (const Let& l : rule.let) CheckNames(r, l.expr, lets, program);
  auto templates = [&](const std::map<std::string, MessageTemplate>& message) {
    for (const auto& [lang, tmpl] : message) {
      for (const MessageTemplate::Piece& piece : tmpl.pieces) check(piece.expr);
    }
  };
  templates(rule.message);
  for (const std::vector<MessageVariant>* texts : {&rule.variants, &rule.sentences}) {
    for (const MessageVariant& v : *texts) {
      CheckNames(r, v.when, lets, program);
      templates(v.message);
    }
  }
}

}  // namespace grantcheck::rule_loader
