// How hints are found: by operator, over the evaluation tree. A comparison of
// one field with a value known for this application is solved directly
// ("make `x` at most 20000"); one where a date field passes through functions
// (`months(period.start, period.end) <= 12`) is solved by trying dates, since
// every date function is monotone in its date; `has(x)` asks for x; `||`
// offers either side, `&&` and all() need every failing part.
#include "engine/explain_hints.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdlib>
#include <optional>
#include <utility>

#include "base/date.h"
#include "base/localized_text.h"
#include "expr/node_text.h"

namespace grantcheck {
namespace {

// One way to pass: changes that are all needed. Alternatives: any one will do.
using Fix = std::vector<std::string>;
using Alternatives = std::vector<Fix>;

Alternatives One(std::string change) { return {Fix{std::move(change)}}; }

// More alternatives than this only repeat the first ones in other words.
constexpr size_t kMaxAlternatives = 4;
// How far from the current date the date search looks: about 90 years.
constexpr int64_t kMaxSearchDays = 1 << 15;

// The hints in the message language: they are what an applicant acts on.
constexpr std::array kPhrases = {
    Phrase{"give", "fyll i {0}", "udfyld {0}", "fyll ut {0}", "give {0}"},
    Phrase{"leave-out", "ta bort {0}", "fjern {0}", "fjern {0}", "leave out {0}"},
    Phrase{"set", "ändra {0} till {1}", "sæt {0} til {1}", "sett {0} til {1}", "set {0} to {1}"},
    Phrase{"earlier", "ändra {0} till {1} eller tidigare", "sæt {0} til {1} eller tidligere",
           "sett {0} til {1} eller tidligere", "set {0} to {1} or earlier"},
    Phrase{"later", "ändra {0} till {1} eller senare", "sæt {0} til {1} eller senere",
           "sett {0} til {1} eller senere", "set {0} to {1} or later"},
    Phrase{"at-most", "gör {0} högst {1}", "gør {0} højst {1}", "gjør {0} høyst {1}",
           "make {0} at most {1}"},
    Phrase{"less-than", "gör {0} mindre än {1}", "gør {0} mindre end {1}",
           "gjør {0} mindre enn {1}", "make {0} less than {1}"},
    Phrase{"at-least", "gör {0} minst {1}", "gør {0} mindst {1}", "gjør {0} minst {1}",
           "make {0} at least {1}"},
    Phrase{"more-than", "gör {0} större än {1}", "gør {0} større end {1}",
           "gjør {0} større enn {1}", "make {0} more than {1}"},
    Phrase{"count-at-least", "ange minst {0} {1} i {2} (nu {3})", "angiv mindst {0} {1} i {2} (nu {3})",
           "oppgi minst {0} {1} i {2} (nå {3})", "give at least {0} {1} in {2} (now {3})"},
    Phrase{"count-at-most", "ange högst {0} {1} i {2} (nu {3})", "angiv højst {0} {1} i {2} (nu {3})",
           "oppgi høyst {0} {1} i {2} (nå {3})", "give at most {0} {1} in {2} (now {3})"},
    Phrase{"entries", "poster", "poster", "oppføringer", "entries"},
    Phrase{"members", "medlemskommuner", "medlemskommuner", "medlemskommuner",
           "member municipalities"},
    Phrase{"and", "{0} och {1}", "{0} og {1}", "{0} og {1}", "{0} and {1}"},
    Phrase{"or", "{0}, eller {1}", "{0}, eller {1}", "{0}, eller {1}", "{0}, or {1}"},
};

Op Negate(Op op) {
  switch (op) {
    case Op::kLt: return Op::kGe;
    case Op::kLe: return Op::kGt;
    case Op::kGt: return Op::kLe;
    case Op::kGe: return Op::kLt;
    case Op::kEq: return Op::kNe;
    case Op::kNe: return Op::kEq;
    default: return Op::kNone;
  }
}

// a op b  <=>  b Mirror(op) a
Op Mirror(Op op) {
  switch (op) {
    case Op::kLt: return Op::kGt;
    case Op::kLe: return Op::kGe;
    case Op::kGt: return Op::kLt;
    case Op::kGe: return Op::kLe;
    default: return op;
  }
}

bool Covers(const Fix& big, const Fix& small) {
  return std::all_of(small.begin(), small.end(), [&](const std::string& change) {
    return std::find(big.begin(), big.end(), change) != big.end();
  });
}

// Adds `fix` unless one already there needs no more than it; drops those
// that need more ("give x" makes "give x and give y" pointless).
void AddAlternative(Alternatives& out, const Fix& fix) {
  for (const Fix& have : out) {
    if (Covers(fix, have)) return;
  }
  std::erase_if(out, [&](const Fix& have) { return Covers(have, fix); });
  if (out.size() < kMaxAlternatives) out.push_back(fix);
}

// Every combination of one fix from each part: all parts are needed.
Alternatives Product(const std::vector<Alternatives>& parts) {
  Alternatives out = {Fix{}};
  for (const Alternatives& part : parts) {
    if (part.empty()) return {};
    Alternatives next;
    for (const Fix& a : out) {
      for (const Fix& b : part) {
        Fix both = a;
        for (const std::string& change : b) {
          if (std::find(both.begin(), both.end(), change) == both.end()) both.push_back(change);
        }
        AddAlternative(next, both);
      }
    }
    out = std::move(next);
  }
  return out.size() == 1 && out.front().empty() ? Alternatives{} : out;
}

// Any one part will do.
Alternatives Union(const std::vector<Alternatives>& parts) {
  Alternatives out;
  for (const Alternatives& part : parts) {
    for (const Fix& fix : part) AddAlternative(out, fix);
  }
  return out;
}

std::string Quoted(const std::string& path) { return "`" + path + "`"; }

bool IsTrue(const Value& v) { return v.kind() == ValueKind::kBool && v.as_bool(); }

// A field path step: a map key, or a list index when `key` is empty.
struct Step {
  std::string key;
  size_t index = 0;
};

std::vector<Step> Steps(const std::string& path) {
  std::vector<Step> steps;
  size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '[') {
      size_t close = path.find(']', i);
      if (close == std::string::npos) return {};
      size_t index = 0;
      std::from_chars(path.data() + i + 1, path.data() + close, index);
      steps.push_back(Step{"", index});
      i = close + 1;
    } else {
      size_t stop = std::min(path.find_first_of(".[", i), path.size());
      steps.push_back(Step{path.substr(i, stop - i)});
      i = stop;
    }
    if (i < path.size() && path[i] == '.') ++i;
  }
  return steps;
}

// `v` with the field at `steps` replaced by `with`; unchanged where the path
// does not lead through maps and lists.
Value Replace(const Value& v, std::span<const Step> steps, const Value& with) {
  if (steps.empty()) return with;
  const Step& step = steps.front();
  if (!step.key.empty() && v.kind() == ValueKind::kMap) {
    std::vector<std::pair<std::string, Value>> entries = v.as_map().entries;
    for (auto& [key, value] : entries) {
      if (key == step.key) value = Replace(value, steps.subspan(1), with);
    }
    return Value::Map(std::move(entries), v.as_map().path, v.as_map().pos);
  }
  if (step.key.empty() && v.kind() == ValueKind::kList && step.index < v.as_list().items.size()) {
    std::vector<Value> items = v.as_list().items;
    items[step.index] = Replace(items[step.index], steps.subspan(1), with);
    return Value::List(std::move(items), v.as_list().path, v.as_list().pos);
  }
  return v;
}

class HintFinder {
 public:
  explicit HintFinder(const HintContext& c) : c_(c), ast_(c.expr.ast) {}

  // What would make `t` give `want`.
  Alternatives Want(const TraceNode& t, bool want) {
    const Node& n = ast_.at(t.node);
    if (t.value.kind() == ValueKind::kBool && t.value.as_bool() == want) return {};
    switch (n.kind) {
      case NodeKind::kUnary:
        return n.op == Op::kNot && t.children.size() == 1 ? Want(t.children[0], !want)
                                                          : Alternatives{};
      case NodeKind::kBinary:
        if (n.op == Op::kAnd || n.op == Op::kOr) return Logical(t, n.op == Op::kAnd, want);
        return Compare(t, want ? n.op : Negate(n.op));
      case NodeKind::kCall: return n.name == "has" ? Has(t, want) : Alternatives{};
      case NodeKind::kMacro: return want ? Macro(t, n) : Alternatives{};
      case NodeKind::kTernary:
        return t.children.size() == 2 ? Want(t.children[1], want) : Alternatives{};
      default: return Field(t, want);
    }
  }

 private:
  template <typename... Args>
  std::string Say(std::string_view key, const Args&... args) const {
    return fmt::format(fmt::runtime(Pick(kPhrases, key, c_.lang)), args...);
  }

  // A bool field used as a condition on its own.
  Alternatives Field(const TraceNode& t, bool want) {
    std::optional<std::string> path = FieldPath(t);
    if (path && t.value.kind() == ValueKind::kBool) {
      return One(Say("set", Quoted(*path), want ? "true" : "false"));
    }
    return Missing(t);
  }

  // A missing value: the field to give.
  Alternatives Missing(const TraceNode& t) {
    if (t.value.is_missing()) return One(Say("give", Quoted(t.value.as_missing().path)));
    return {};
  }

  // && wanting true, like || wanting false, needs every part that is not yet
  // right; the other two need any one.
  Alternatives Logical(const TraceNode& t, bool is_and, bool want) {
    std::vector<Alternatives> parts;
    for (const TraceNode& c : t.children) {
      if (c.value.kind() == ValueKind::kBool && c.value.as_bool() == want) continue;
      parts.push_back(Want(c, want));
    }
    return is_and == want ? Product(parts) : Union(parts);
  }

  Alternatives Has(const TraceNode& t, bool want) {
    if (t.children.empty()) return {};
    std::optional<std::string> path = FieldPath(t.children[0]);
    if (!path) return {};
    return One(Say(want ? "give" : "leave-out", Quoted(*path)));
  }

  // all(): every failing element needs its fix; exists(): any one will do.
  Alternatives Macro(const TraceNode& t, const Node& n) {
    if (n.name != "all" && n.name != "exists") return Missing(t);
    const Value& list = t.children.empty() ? t.value : t.children[0].value;
    if (list.kind() != ValueKind::kList) return Missing(t);
    std::vector<Alternatives> parts;
    for (size_t i = 1; i < t.children.size() && i <= list.as_list().items.size(); ++i) {
      if (IsTrue(t.children[i].value)) continue;
      locals_.emplace_back(n.var, list.as_list().items[i - 1]);
      parts.push_back(Want(t.children[i], true));
      locals_.pop_back();
    }
    return n.name == "all" ? Product(parts) : Union(parts);
  }

  // The application field a node reads, when it reads one.
  std::optional<std::string> FieldPath(const TraceNode& t) const {
    const Node& n = ast_.at(t.node);
    if (t.value.is_missing()) return t.value.as_missing().path;
    if (t.value.kind() == ValueKind::kMap && !t.value.as_map().path.empty()) {
      return t.value.as_map().path;
    }
    if (t.value.kind() == ValueKind::kList && !t.value.as_list().path.empty()) {
      return t.value.as_list().path;
    }
    if (n.kind == NodeKind::kIdent && n.name != "params" && !BoundByMacro(ast_, t.node)) {
      return n.name;
    }
    if (n.kind != NodeKind::kSelect || t.children.empty()) return std::nullopt;
    // Maps from the application know their path; params' is "params".
    const Value& base = t.children[0].value;
    if (base.kind() != ValueKind::kMap) return std::nullopt;
    const std::string& parent = base.as_map().path;
    if (parent.empty() || parent == "params") return std::nullopt;
    return parent + "." + n.name;
  }

  Alternatives Compare(const TraceNode& t, Op op) {
    if (t.children.size() != 2 || op == Op::kNone || op == Op::kIn) return {};
    for (const TraceNode& side : t.children) {
      if (side.value.is_missing()) return One(Say("give", Quoted(side.value.as_missing().path)));
      if (side.value.is_error()) return {};
    }
    // The side that is the rule's own field first.
    std::vector<size_t> order = {0, 1};
    if (FieldPath(t.children[1]) == c_.at) std::swap(order[0], order[1]);
    for (size_t i : order) {
      std::optional<std::string> path = FieldPath(t.children[i]);
      if (!path) continue;
      Op o = i == 0 ? op : Mirror(op);
      if (std::optional<std::string> s = Solve(*path, t.children[i].value, o, t.children[1 - i].value)) {
        return One(*s);
      }
    }
    for (size_t i : order) {
      if (t.children[1 - i].value.kind() != ValueKind::kNumber) continue;
      Op o = i == 0 ? op : Mirror(op);
      if (std::optional<std::string> s = Linear(t.children[i], o, t.children[1 - i].value)) {
        return One(*s);
      }
    }
    if (std::optional<std::string> s = Count(t, op)) return One(*s);
    return SearchDate(t, op);
  }

  // `side op target` where `side` is a sum or difference with one number
  // field in it: solved for the field, `budget.requested + 50000 == 800000.5`
  // giving "set `budget.requested` to 750000.5".
  std::optional<std::string> Linear(const TraceNode& side, Op op, const Value& target) const {
    const Node& n = ast_.at(side.node);
    if (std::optional<std::string> path = FieldPath(side)) {
      return side.value.kind() == ValueKind::kNumber ? Solve(*path, side.value, op, target)
                                                     : std::nullopt;
    }
    if (n.kind != NodeKind::kBinary || (n.op != Op::kAdd && n.op != Op::kSub) ||
        side.children.size() != 2) {
      return std::nullopt;
    }
    for (size_t i = 0; i < 2; ++i) {
      const Value& known = side.children[1 - i].value;
      if (known.kind() != ValueKind::kNumber) continue;
      const Decimal& t = target.as_number();
      const Decimal& k = known.as_number();
      // x + k = t, k + x = t, x - k = t: x = t - k or t + k; k - x = t: x = k - t, order flipped.
      bool flip = n.op == Op::kSub && i == 1;
      std::optional<Decimal> x = n.op == Op::kAdd ? Decimal::Sub(t, k)
                                 : i == 0         ? Decimal::Add(t, k)
                                                  : Decimal::Sub(k, t);
      if (!x) continue;
      if (auto s = Linear(side.children[i], flip ? Mirror(op) : op, Value::Number(*x))) return s;
    }
    return std::nullopt;
  }

  // `field op value`, the field's own kind on both sides.
  std::optional<std::string> Solve(const std::string& path, const Value& field, Op op,
                                   const Value& value) const {
    if (field.kind() != value.kind()) return std::nullopt;
    std::string p = Quoted(path);
    switch (value.kind()) {
      case ValueKind::kDate: return SolveDate(p, value.as_date(), op);
      case ValueKind::kNumber: {
        std::string v = value.as_number().ToString();
        switch (op) {
          case Op::kLe: return Say("at-most", p, v);
          case Op::kLt: return Say("less-than", p, v);
          case Op::kGe: return Say("at-least", p, v);
          case Op::kGt: return Say("more-than", p, v);
          case Op::kEq: return Say("set", p, v);
          default: return std::nullopt;
        }
      }
      case ValueKind::kBool:
        if (op == Op::kEq) return Say("set", p, value.Dump());
        if (op == Op::kNe) return Say("set", p, value.as_bool() ? "false" : "true");
        return std::nullopt;
      case ValueKind::kString:
        if (op == Op::kEq) return Say("set", p, value.Dump());
        return std::nullopt;
      default: return std::nullopt;
    }
  }

  std::optional<std::string> SolveDate(const std::string& p, Date d, Op op) const {
    auto day = [&](int64_t n) { return FormatDate(AddDays(d, n).value_or(d)); };
    switch (op) {
      case Op::kLe: return Say("earlier", p, day(0));
      case Op::kLt: return Say("earlier", p, day(-1));
      case Op::kGe: return Say("later", p, day(0));
      case Op::kGt: return Say("later", p, day(1));
      case Op::kEq: return Say("set", p, day(0));
      default: return std::nullopt;
    }
  }

  // len(field) or len(members(field)) compared with a number: how many to give.
  std::optional<std::string> Count(const TraceNode& t, Op op) {
    for (size_t i = 0; i < 2; ++i) {
      const TraceNode& side = t.children[i];
      const TraceNode& other = t.children[1 - i];
      const Node& call = ast_.at(side.node);
      if (call.kind != NodeKind::kCall || call.name != "len" || side.children.size() != 1 ||
          other.value.kind() != ValueKind::kNumber) {
        continue;
      }
      const TraceNode* list = &side.children[0];
      bool members = ast_.at(list->node).kind == NodeKind::kCall &&
                     ast_.at(list->node).name == "members" && list->children.size() == 1;
      std::optional<std::string> path = FieldPath(members ? list->children[0] : *list);
      std::optional<int64_t> n = other.value.as_number().ToInt64();
      if (!path || !n) continue;
      Op o = i == 0 ? op : Mirror(op);
      int64_t want = o == Op::kGt ? *n + 1 : o == Op::kLt ? *n - 1 : *n;
      std::string what = Say(members ? "members" : "entries");
      std::string now = side.value.Dump();
      if (o == Op::kGe || o == Op::kGt) return Say("count-at-least", want, what, Quoted(*path), now);
      if (o == Op::kLe || o == Op::kLt) return Say("count-at-most", want, what, Quoted(*path), now);
    }
    return std::nullopt;
  }

  // The date fields read below `t`, in evaluation order, each once.
  void DateFields(const TraceNode& t, std::vector<std::pair<std::string, Date>>& out) const {
    for (const TraceNode& c : t.children) DateFields(c, out);
    if (t.value.kind() != ValueKind::kDate) return;
    const Node& n = ast_.at(t.node);
    if (n.kind != NodeKind::kSelect && n.kind != NodeKind::kIdent) return;
    std::optional<std::string> path = FieldPath(t);
    if (!path) return;
    for (const auto& [p, d] : out) {
      if (p == *path) return;
    }
    out.emplace_back(*path, t.value.as_date());
  }

  // Tries other dates for one date field (the rule's `at` if it is read here,
  // else the last read) and finds the nearest at which the comparison holds.
  Alternatives SearchDate(const TraceNode& t, Op op) {
    std::vector<std::pair<std::string, Date>> fields;
    DateFields(t, fields);
    if (fields.empty() || c_.bindings.root == nullptr) return {};
    auto chosen = fields.end() - 1;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
      if (it->first == c_.at) chosen = it;
    }
    bool want = op == ast_.at(t.node).op;
    auto holds = [&](Date d) {
      std::vector<Step> steps = Steps(chosen->first);
      Value root = Replace(*c_.bindings.root, steps, Value::FromDate(d));
      Bindings b{&root, c_.bindings.params};
      Value v = EvaluateNode(ast_, t.node, b, c_.ctx, locals_);
      return v.kind() == ValueKind::kBool && v.as_bool() == want;
    };
    std::optional<Date> found = Nearest(chosen->second, holds);
    if (!found) return {};
    return One(Say(*found > chosen->second ? "later" : "earlier", Quoted(chosen->first),
                   FormatDate(*found)));
  }

  // The date nearest `from` at which `holds` turns true, looking both ways by
  // doubling steps, then halving back to the boundary.
  template <typename Holds>
  static std::optional<Date> Nearest(Date from, Holds holds) {
    std::optional<Date> best;
    for (int dir : {-1, 1}) {
      int64_t last_false = 0;
      for (int64_t step = 1; step <= kMaxSearchDays; step *= 2) {
        std::optional<Date> d = AddDays(from, dir * step);
        if (!d) break;
        if (!holds(*d)) {
          last_false = step;
          continue;
        }
        int64_t lo = last_false, hi = step;  // holds at hi, not at lo
        while (hi - lo > 1) {
          int64_t mid = (lo + hi) / 2;
          (holds(*AddDays(from, dir * mid)) ? hi : lo) = mid;
        }
        Date at = *AddDays(from, dir * hi);
        if (!best || std::abs(DaysBetween(from, at)) < std::abs(DaysBetween(from, *best))) best = at;
        break;
      }
    }
    return best;
  }

  const HintContext& c_;
  const Ast& ast_;
  std::vector<Local> locals_;  // the macro variables bound where Want() is
};

}  // namespace

std::vector<std::string> Hints(const HintContext& context, const TraceNode& root) {
  std::vector<std::string> out;
  for (const Fix& fix : HintFinder(context).Want(root, true)) {
    std::string all;
    for (const std::string& change : fix) {
      all = all.empty() ? change
                        : fmt::format(fmt::runtime(Pick(kPhrases, "and", context.lang)), all, change);
    }
    out.push_back(all);
  }
  return out;
}

std::string JoinHints(const std::vector<std::string>& hints, std::string_view lang) {
  std::string out;
  for (const std::string& h : hints) {
    out = out.empty() ? h : fmt::format(fmt::runtime(Pick(kPhrases, "or", lang)), out, h);
  }
  return out;
}

}  // namespace grantcheck
