// Static types for lint: each sub-expression's kind, inferred from the
// program's schema, its params and the builtins' signatures, so that a field
// the schema does not declare, a date compared with a number, or an enum
// compared with a value it can never have is found before any application is read.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <utility>

#include "base/text.h"
#include "expr/builtins.h"
#include "expr/node_text.h"
#include "rules/lint_internal.h"

namespace grantcheck::lint {
namespace {

// A static type. kAny is "not known here", which no check complains about.
struct Type {
  FieldKind kind = FieldKind::kAny;
  const FieldType* decl = nullptr;        // the schema's type, for the application's values
  std::shared_ptr<const Type> element;    // kList made by an expression: its element type
  std::string path;                       // for messages: "period", "budget.lines[]"
  bool params = false;                    // the params map itself
};

Type Of(FieldKind kind) { return Type{.kind = kind}; }

Type FromDecl(const FieldType& decl, std::string path) {
  return Type{.kind = decl.kind, .decl = &decl, .path = std::move(path)};
}

Type ListOf(Type element) {
  return Type{.kind = FieldKind::kList, .element = std::make_shared<const Type>(std::move(element))};
}

Type ElementOf(const Type& list) {
  if (list.decl != nullptr && list.decl->element) {
    return FromDecl(*list.decl->element, list.path + "[]");
  }
  return list.element ? *list.element : Type{};
}

std::string_view KindWord(FieldKind kind) {
  switch (kind) {
    case FieldKind::kString: return "a string";
    case FieldKind::kNumber: return "a number";
    case FieldKind::kDate: return "a date";
    case FieldKind::kBool: return "a bool";
    case FieldKind::kList: return "a list";
    case FieldKind::kMap: return "a map";
    case FieldKind::kAny: return "a value";
  }
  return "a value";
}

std::optional<FieldKind> KindOfValue(ValueKind kind) {
  switch (kind) {
    case ValueKind::kBool: return FieldKind::kBool;
    case ValueKind::kNumber: return FieldKind::kNumber;
    case ValueKind::kString: return FieldKind::kString;
    case ValueKind::kDate: return FieldKind::kDate;
    case ValueKind::kList: return FieldKind::kList;
    case ValueKind::kMap: return FieldKind::kMap;
    default: return std::nullopt;
  }
}

Type TypeOfValue(const Value& v) {
  std::optional<FieldKind> kind = KindOfValue(v.kind());
  if (!kind) return Type{};
  if (*kind != FieldKind::kList || v.as_list().items.empty()) return Of(*kind);
  Type first = TypeOfValue(v.as_list().items.front());
  for (const Value& item : v.as_list().items) {
    if (TypeOfValue(item).kind != first.kind) return Of(FieldKind::kList);
  }
  return ListOf(first);
}

bool Known(const Type& t) { return t.kind != FieldKind::kAny; }

// One common kind of `types`, or kAny.
Type Common(const std::vector<Type>& types) {
  if (types.empty()) return Type{};
  for (const Type& t : types) {
    if (t.kind != types.front().kind) return Type{};
  }
  return types.front();
}

class Inference {
 public:
  Inference(const Program& program, const ExprRef& ref, std::vector<Diagnostic>& out)
      : program_(program), expr_(*ref.expr), ast_(ref.expr->ast), out_(out) {
    // A named value is read by name; its type is not inferred here.
    for (const std::string& name : ref.names) locals_.emplace_back(name, Type{});
    if (!ref.batch) return;
    // A batch rule sees every application of the run, and those of its group.
    Type apps = ListOf(FromDecl(program.schema, ""));
    locals_.emplace_back("batch", apps);
    locals_.emplace_back("group", apps);
  }

  Type Run() { return Infer(ast_.root); }

 private:
  using Locals = std::vector<std::pair<std::string, Type>>;

  Type Infer(NodeId id) {
    const Node& n = ast_.at(id);
    switch (n.kind) {
      case NodeKind::kLiteral: return n.literal.is_null() ? Type{} : TypeOfValue(n.literal);
      case NodeKind::kIdent: return Ident(id);
      case NodeKind::kSelect: return Field(id, Infer(n.args[0]), n.name, n.name_span);
      case NodeKind::kIndex: return Index(id);
      case NodeKind::kUnary: return Unary(n);
      case NodeKind::kBinary: return Binary(n);
      case NodeKind::kTernary: return Ternary(n);
      case NodeKind::kCall: return Call(n);
      case NodeKind::kMacro: return Macro(n);
      case NodeKind::kList: {
        std::vector<Type> items;
        for (NodeId a : n.args) items.push_back(Infer(a));
        return items.empty() ? Of(FieldKind::kList) : ListOf(Common(items));
      }
    }
    return Type{};
  }

  void Report(Span span, std::string id, std::string message) {
    out_.push_back(At(expr_, span, std::move(id), std::move(message)));
  }
  void Mismatch(Span span, std::string message) {
    Report(span, "lint-type-mismatch", std::move(message));
  }
  std::string Text(NodeId id) const { return NodeText(expr_.text, ast_, id); }

  Type Ident(NodeId id) {
    const Node& n = ast_.at(id);
    for (auto it = locals_.rbegin(); it != locals_.rend(); ++it) {
      if (it->first == n.name) return it->second;
    }
    if (n.name == "params") return Type{.kind = FieldKind::kMap, .path = "params", .params = true};
    return Field(id, FromDecl(program_.schema, ""), n.name, n.span);
  }

  // Field `name` of `base`: the schema's or a param's type; unknown names reported.
  Type Field(NodeId id, const Type& base, const std::string& name, Span at) {
    if (base.params) return Param(name, at);
    if (base.kind == FieldKind::kList) {
      Mismatch(at, fmt::format("'{}' reads the field '{}' of a list; use an index ([0]) or a macro "
                               "such as .map(x, x.{})",
                               Text(id), name, name));
      return Type{};
    }
    if (Known(base) && base.kind != FieldKind::kMap) {
      Mismatch(at, fmt::format("'{}' reads the field '{}' of {}", Text(id), name,
                               KindWord(base.kind)));
      return Type{};
    }
    if (base.decl == nullptr || base.decl->kind != FieldKind::kMap) return Type{};
    std::string path = base.path.empty() ? name : base.path + "." + name;
    if (const FieldSpec* spec = FindField(*base.decl, name)) return FromDecl(spec->type, path);
    if (!base.decl->open) Undeclared(at, path, *base.decl, name);
    return Type{};
  }

  void Undeclared(Span at, const std::string& path, const FieldType& parent,
                  const std::string& name) {
    std::vector<std::string_view> names;
    for (const FieldSpec& f : parent.fields) names.push_back(f.name);
    std::optional<std::string> near = DidYouMean(name, names);
    Report(at, "lint-undeclared-field",
           fmt::format("'{}' is not a field of the application format{}; declare it in [[fields]] "
                       "or correct the name",
                       path, near ? fmt::format(" (did you mean '{}'?)", *near) : ""));
  }

  Type Param(const std::string& name, Span at) {
    for (const grantcheck::Param& p : program_.params) {
      if (p.name == name) return TypeOfValue(p.value);
    }
    std::vector<std::string_view> names;
    for (const grantcheck::Param& p : program_.params) names.push_back(p.name);
    std::optional<std::string> near = DidYouMean(name, names);
    Report(at, "lint-undeclared-field",
           fmt::format("'params.{}' is not declared in [params]{}", name,
                       near ? fmt::format("; did you mean 'params.{}'?", *near) : ""));
    return Type{};
  }

  Type Index(NodeId id) {
    const Node& n = ast_.at(id);
    Type base = Infer(n.args[0]);
    Infer(n.args[1]);
    const Node& key = ast_.at(n.args[1]);
    if (base.kind == FieldKind::kList) return ElementOf(base);
    if ((base.kind == FieldKind::kMap || base.params) && key.kind == NodeKind::kLiteral &&
        key.literal.kind() == ValueKind::kString) {
      return Field(id, base, key.literal.as_string(), key.span);
    }
    if (Known(base) && base.kind != FieldKind::kMap) {
      Mismatch(n.span, fmt::format("'{}' indexes {}", Text(id), KindWord(base.kind)));
    }
    return Type{};
  }

  Type Unary(const Node& n) {
    Type t = Infer(n.args[0]);
    FieldKind want = n.op == Op::kNot ? FieldKind::kBool : FieldKind::kNumber;
    if (Known(t) && t.kind != want) {
      Mismatch(n.name_span, fmt::format("'{}' needs {}, and '{}' is {}", OpText(n.op),
                                        KindWord(want), Text(n.args[0]), KindWord(t.kind)));
    }
    return Of(want);
  }

  Type Binary(const Node& n) {
    Type a = Infer(n.args[0]);
    Type b = Infer(n.args[1]);
    switch (n.op) {
      case Op::kOr:
      case Op::kAnd: return Logical(n, a, b);
      case Op::kEq:
      case Op::kNe: return Equality(n, a, b);
      case Op::kLt:
      case Op::kLe:
      case Op::kGt:
      case Op::kGe: return Order(n, a, b);
      case Op::kIn: return In(n, a, b);
      default: return Arithmetic(n, a, b);
    }
  }

  Type Logical(const Node& n, const Type& a, const Type& b) {
    for (size_t i = 0; i < 2; ++i) {
      const Type& t = i == 0 ? a : b;
      if (Known(t) && t.kind != FieldKind::kBool) {
        Mismatch(n.name_span, fmt::format("'{}' joins conditions, but '{}' is {}", OpText(n.op),
                                          Text(n.args[i]), KindWord(t.kind)));
      }
    }
    return Of(FieldKind::kBool);
  }

  std::string Pair(const Node& n, const Type& a, const Type& b) const {
    return fmt::format("'{}' compares {} ('{}') with {} ('{}')", OpText(n.op), KindWord(a.kind),
                       Text(n.args[0]), KindWord(b.kind), Text(n.args[1]));
  }

  Type Equality(const Node& n, const Type& a, const Type& b) {
    if (Known(a) && Known(b) && a.kind != b.kind) {
      Mismatch(n.name_span, Pair(n, a, b) + fmt::format(", which are never equal, so it is always "
                                                        "{}",
                                                        n.op == Op::kEq ? "false" : "true"));
    }
    EnumValue(a, n.args[1]);
    EnumValue(b, n.args[0]);
    return Of(FieldKind::kBool);
  }

  // A string field with a fixed set of values compared with a literal outside it.
  void EnumValue(const Type& field, NodeId other) {
    const Node& lit = ast_.at(other);
    if (field.decl == nullptr || field.decl->kind != FieldKind::kString ||
        field.decl->values.empty() || lit.kind != NodeKind::kLiteral ||
        lit.literal.kind() != ValueKind::kString) {
      return;
    }
    const std::string& value = lit.literal.as_string();
    std::vector<std::string_view> values(field.decl->values.begin(), field.decl->values.end());
    if (std::find(values.begin(), values.end(), value) != values.end()) return;
    std::optional<std::string> near = DidYouMean(value, values);
    std::string allowed;
    for (std::string_view v : values) allowed += (allowed.empty() ? "" : ", ") + std::string(v);
    Report(lit.span, "lint-unknown-value",
           fmt::format("'{}' is never '{}': its values are {}{}", field.path, value, allowed,
                       near ? fmt::format("; did you mean '{}'?", *near) : ""));
  }

  Type Order(const Node& n, const Type& a, const Type& b) {
    auto orderable = [](FieldKind k) {
      return k == FieldKind::kNumber || k == FieldKind::kDate || k == FieldKind::kString;
    };
    if (Known(a) && Known(b) && (a.kind != b.kind || !orderable(a.kind))) {
      Mismatch(n.name_span, Pair(n, a, b) + "; only two numbers, two dates or two strings have an "
                                            "order");
    } else if (Known(a) != Known(b) && !orderable(Known(a) ? a.kind : b.kind)) {
      Mismatch(n.name_span,
               fmt::format("'{}' cannot order {} ('{}')", OpText(n.op),
                           KindWord(Known(a) ? a.kind : b.kind), Text(n.args[Known(a) ? 0 : 1])));
    }
    return Of(FieldKind::kBool);
  }

  Type In(const Node& n, const Type& a, const Type& b) {
    if (Known(b) && b.kind != FieldKind::kList && b.kind != FieldKind::kMap) {
      Mismatch(n.name_span, fmt::format("'in' needs a list or a map on its right, and '{}' is {}",
                                        Text(n.args[1]), KindWord(b.kind)));
    }
    Type element = b.kind == FieldKind::kList ? ElementOf(b) : Type{};
    if (Known(a) && Known(element) && a.kind != element.kind) {
      Mismatch(n.name_span, fmt::format("'in' looks for {} ('{}') among {}s ('{}'), so it is "
                                        "always false",
                                        KindWord(a.kind), Text(n.args[0]),
                                        KindWord(element.kind).substr(2), Text(n.args[1])));
    }
    return Of(FieldKind::kBool);
  }

  Type Arithmetic(const Node& n, const Type& a, const Type& b) {
    if (!Known(a) || !Known(b)) {
      bool strings = n.op == Op::kAdd && (a.kind == FieldKind::kString || b.kind == FieldKind::kString);
      if (strings) return Of(FieldKind::kString);
      const Type& known = Known(a) ? a : b;
      if (Known(known) && known.kind != FieldKind::kNumber) Reject(n, a, b);
      return Of(FieldKind::kNumber);
    }
    if (a.kind == FieldKind::kNumber && b.kind == FieldKind::kNumber) return a;
    if (n.op == Op::kAdd && a.kind == FieldKind::kString && b.kind == FieldKind::kString) return a;
    Reject(n, a, b);
    return Type{};
  }

  void Reject(const Node& n, const Type& a, const Type& b) {
    bool date = a.kind == FieldKind::kDate || b.kind == FieldKind::kDate;
    std::string hint = !date ? ""
                       : n.op == Op::kSub && a.kind == b.kind
                           ? "; use days(a, b) or months(a, b)"
                           : "; use add_days() or add_months()";
    Mismatch(n.name_span, fmt::format("'{}' cannot combine {} ('{}') with {} ('{}'){}",
                                      OpText(n.op), KindWord(a.kind), Text(n.args[0]),
                                      KindWord(b.kind), Text(n.args[1]), hint));
  }

  Type Ternary(const Node& n) {
    Type cond = Infer(n.args[0]);
    if (Known(cond) && cond.kind != FieldKind::kBool) {
      Mismatch(ast_.at(n.args[0]).span,
               fmt::format("the condition of '?:' must be a bool, and '{}' is {}", Text(n.args[0]),
                           KindWord(cond.kind)));
    }
    return Common({Infer(n.args[1]), Infer(n.args[2])});
  }

  Type Call(const Node& n) {
    std::vector<Type> args;
    for (NodeId a : n.args) args.push_back(Infer(a));
    if (n.builtin < 0) return Type{};
    const Builtin& b = Builtins()[static_cast<size_t>(n.builtin)];
    Signature sig = ParseSignature(b.signature);
    for (size_t i = 0; i < args.size(); ++i) {
      std::vector<FieldKind> allowed = sig.Allowed(i);
      if (!Known(args[i]) || allowed.empty()) continue;
      if (std::find(allowed.begin(), allowed.end(), args[i].kind) != allowed.end()) continue;
      Mismatch(ast_.at(n.args[i]).span,
               fmt::format("{}() expects {} as argument {}, and '{}' is {}; usage: {}", b.name,
                           KindsText(allowed), i + 1, Text(n.args[i]), KindWord(args[i].kind),
                           b.signature));
    }
    return Result(sig, args);
  }

  static std::string KindsText(const std::vector<FieldKind>& kinds) {
    std::string out;
    for (size_t i = 0; i < kinds.size(); ++i) {
      out += (i == 0 ? "" : i + 1 == kinds.size() ? " or " : ", ") + std::string(KindWord(kinds[i]));
    }
    return out;
  }

  static Type Result(const Signature& sig, const std::vector<Type>& args) {
    if (sig.result_like_arguments) {
      if (args.size() == 1 && args[0].kind == FieldKind::kList) return ElementOf(args[0]);
      return Common(args);
    }
    if (sig.result == FieldKind::kList && sig.result_element != FieldKind::kAny) {
      return ListOf(Of(sig.result_element));
    }
    return Of(sig.result);
  }

  Type Macro(const Node& n) {
    Type list = Infer(n.args[0]);
    if (Known(list) && list.kind != FieldKind::kList) {
      Mismatch(n.name_span, fmt::format("{}() needs a list, and '{}' is {}", n.name,
                                        Text(n.args[0]), KindWord(list.kind)));
    }
    locals_.emplace_back(n.var, ElementOf(list));
    Type body = Infer(n.args[1]);
    locals_.pop_back();
    if (n.name == "map") return ListOf(body);
    if (Known(body) && body.kind != FieldKind::kBool) {
      Mismatch(ast_.at(n.args[1]).span,
               fmt::format("the condition of {}() must be a bool, and '{}' is {}", n.name,
                           Text(n.args[1]), KindWord(body.kind)));
    }
    return n.name == "filter" ? list : Of(FieldKind::kBool);
  }

  const Program& program_;
  const Expression& expr_;
  const Ast& ast_;
  std::vector<Diagnostic>& out_;
  Locals locals_;
};

std::string_view ExpectWord(Expect e) { return e == Expect::kDate ? "a date" : "a bool"; }

// The whole expression's type against what its place needs.
void CheckRoot(const ExprRef& ref, const Type& type, std::vector<Diagnostic>& out) {
  if (ref.expect == Expect::kAnything || !Known(type)) return;
  FieldKind want = ref.expect == Expect::kDate ? FieldKind::kDate : FieldKind::kBool;
  if (type.kind == want) return;
  out.push_back(At(*ref.expr, ref.expr->ast.at(ref.expr->ast.root).span, "lint-type-mismatch",
                   fmt::format("the {} of {} must give {}, and it gives {}", ref.role, ref.owner,
                               ExpectWord(ref.expect), KindWord(type.kind))));
}

// A rule's `at` ("budget.lines[0].amount"), walked through the schema.
void CheckAt(const Program& program, const Rule& rule, std::vector<Diagnostic>& out) {
  const FieldType* type = &program.schema;
  std::string path;
  size_t begin = 0;
  while (!rule.at.empty() && begin <= rule.at.size() && type->kind == FieldKind::kMap) {
    size_t dot = std::min(rule.at.find('.', begin), rule.at.size());
    std::string step = rule.at.substr(begin, dot - begin);
    begin = dot + 1;
    size_t bracket = step.find('[');
    std::string name = step.substr(0, bracket);
    path += (path.empty() ? "" : ".") + name;
    const FieldSpec* spec = FindField(*type, name);
    if (spec == nullptr) {
      if (type->open) return;
      out.push_back(At(FileOf(program, rule), rule.pos, "lint-undeclared-field",
                       fmt::format("rule '{}' points at '{}', which is not a field of the "
                                   "application format (at = \"{}\")",
                                   rule.id, path, rule.at)));
      return;
    }
    type = &spec->type;
    if (bracket != std::string::npos && type->kind == FieldKind::kList && type->element) {
      type = type->element.get();
    }
  }
}

}  // namespace

std::vector<Diagnostic> InferTypes(const Program& program) {
  std::vector<Diagnostic> out;
  for (const ExprRef& ref : ProgramExpressions(program)) {
    Type type = Inference(program, ref, out).Run();
    CheckRoot(ref, type, out);
  }
  for (const std::vector<Rule>* rules : {&program.rules, &program.batch_rules}) {
    for (const Rule& rule : *rules) CheckAt(program, rule, out);
  }
  return out;
}

}  // namespace grantcheck::lint
