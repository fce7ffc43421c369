#include "rules/program_codec.h"

#include <cstdint>
#include <limits>
#include <map>
#include <utility>
#include <vector>

#include "expr/builtins.h"
#include "model/schema.h"

namespace grantcheck {
namespace {

// Bumped with any change of what is written below, so that a cache written by
// an older layout is a miss, never a misreading. (The cache also keys on the
// binary's build id; this guards a rebuild that kept the same id.)
constexpr uint32_t kFormat = 7;  // 6: named values (let), message variants and sentences; 7: deadlines by whom
// Values and field types nest; deeper than this is not a file we wrote.
constexpr int kMaxNesting = 64;
// The fewest bytes a node is written in (the fixed fields, empty strings).
constexpr size_t kMinNodeBytes = 35;

class Out {
 public:
  void U8(uint8_t v) { bytes_.push_back(static_cast<char>(v)); }
  void U32(uint32_t v) {
    for (int i = 0; i < 4; ++i) bytes_.push_back(static_cast<char>(v >> (8 * i)));
  }
  void I32(int32_t v) { U32(static_cast<uint32_t>(v)); }
  void Bool(bool v) { U8(v ? 1 : 0); }
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    bytes_.append(s);
  }
  void Count(size_t n) { U32(static_cast<uint32_t>(n)); }
  std::string Take() { return std::move(bytes_); }

 private:
  std::string bytes_;
};

// Reads what Out wrote. Any read past the end, or any value out of its range,
// marks the input bad; reads after that give zeros, and the caller checks ok().
class In {
 public:
  explicit In(std::string_view bytes) : bytes_(bytes) {}

  bool ok() const { return ok_; }
  bool AtEnd() const { return at_ == bytes_.size(); }
  void Fail() {
    ok_ = false;
    at_ = bytes_.size();
  }

  uint8_t U8() {
    if (at_ + 1 > bytes_.size()) return Fail(), 0;
    return static_cast<uint8_t>(bytes_[at_++]);
  }
  uint32_t U32() {
    if (at_ + 4 > bytes_.size()) return Fail(), 0;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= uint32_t{static_cast<uint8_t>(bytes_[at_++])} << (8 * i);
    return v;
  }
  int32_t I32() { return static_cast<int32_t>(U32()); }
  bool Bool() {
    const uint8_t v = U8();
    if (v > 1) Fail();
    return v == 1;
  }
  std::string Str() {
    const uint32_t n = U32();
    if (n > bytes_.size() - at_) return Fail(), std::string();
    std::string s(bytes_.substr(at_, n));
    at_ += n;
    return s;
  }
  // A count of items, each of which takes at least `min_bytes`: more than the
  // bytes left can hold is damage, and must not reserve memory for it.
  size_t Count(size_t min_bytes = 1) {
    const uint32_t n = U32();
    if (n > (bytes_.size() - at_) / min_bytes) return Fail(), 0;
    return n;
  }
  // An enumerator below `end`.
  template <typename E>
  E Enum(E end) {
    const uint8_t v = U8();
    if (v >= static_cast<uint8_t>(end)) return Fail(), E{};
    return static_cast<E>(v);
  }

  int depth = 0;  // of the value or field type being read

 private:
  std::string_view bytes_;
  size_t at_ = 0;
  bool ok_ = true;
};

// --- Writing ---------------------------------------------------------------

void Put(Out& o, Pos p) {
  o.I32(p.line);
  o.I32(p.col);
}

void Put(Out& o, Span s) {
  o.U32(s.begin);
  o.U32(s.end);
}

void Put(Out& o, const Localized& text) {
  o.Count(text.size());
  for (const auto& [lang, s] : text) {
    o.Str(lang);
    o.Str(s);
  }
}

// Where a value from an application is: its path and position.
void PutWhere(Out& o, const std::string& path, Pos pos) {
  o.Str(path);
  Put(o, pos);
}

void Put(Out& o, const Value& v) {
  o.U8(static_cast<uint8_t>(v.kind()));
  switch (v.kind()) {
    case ValueKind::kNull: break;
    case ValueKind::kBool: o.Bool(v.as_bool()); break;
    case ValueKind::kNumber: o.Str(v.as_number().ToString()); break;
    case ValueKind::kString: o.Str(v.as_string()); break;
    case ValueKind::kDate: o.I32(v.as_date().days); break;
    case ValueKind::kList:
      o.Count(v.as_list().items.size());
      for (const Value& item : v.as_list().items) Put(o, item);
      PutWhere(o, v.as_list().path, v.as_list().pos);
      break;
    case ValueKind::kMap:
      o.Count(v.as_map().entries.size());
      for (const auto& [key, value] : v.as_map().entries) {
        o.Str(key);
        Put(o, value);
      }
      PutWhere(o, v.as_map().path, v.as_map().pos);
      break;
    case ValueKind::kMissing: PutWhere(o, v.as_missing().path, v.as_missing().near); break;
    case ValueKind::kError:
      Put(o, v.as_error().span);
      o.Str(v.as_error().message);
      break;
  }
}

void Put(Out& o, const Expression& e) {
  o.Str(e.text);
  Put(o, e.origin);
  o.Str(e.file);
  o.Count(e.ast.nodes.size());
  for (const Node& n : e.ast.nodes) {
    o.U8(static_cast<uint8_t>(n.kind));
    Put(o, n.span);
    o.U8(static_cast<uint8_t>(n.op));
    o.Str(n.name);
    o.Str(n.var);
    Put(o, n.literal);
    o.Count(n.args.size());
    for (NodeId a : n.args) o.U32(a);
    Put(o, n.name_span);
    o.I32(n.builtin);
  }
  o.U32(e.ast.root);
}

void Put(Out& o, const std::optional<Expression>& e) {
  o.Bool(e.has_value());
  if (e) Put(o, *e);
}

void Put(Out& o, const std::map<std::string, MessageTemplate>& messages) {
  o.Count(messages.size());
  for (const auto& [lang, tmpl] : messages) {
    o.Str(lang);
    o.Count(tmpl.pieces.size());
    for (const MessageTemplate::Piece& piece : tmpl.pieces) {
      o.Str(piece.text);
      Put(o, piece.expr);
    }
  }
}

void Put(Out& o, const std::vector<Let>& lets) {
  o.Count(lets.size());
  for (const Let& l : lets) {
    o.Str(l.name);
    Put(o, l.expr);
    Put(o, l.pos);
  }
}

void Put(Out& o, const std::vector<MessageVariant>& variants) {
  o.Count(variants.size());
  for (const MessageVariant& v : variants) {
    o.Str(v.name);
    Put(o, v.when);
    Put(o, v.message);
    Put(o, v.pos);
  }
}

void Put(Out& o, const Rule& r) {
  o.Str(r.id);
  o.U8(static_cast<uint8_t>(r.severity));
  Put(o, r.title);
  o.Str(r.source);
  Put(o, r.eligibility);
  o.Str(r.at);
  Put(o, r.when);
  Put(o, r.check);
  Put(o, r.message);
  Put(o, r.pos);
  o.Str(r.file);
  Put(o, r.group_by);
  o.Bool(r.report_first);
  Put(o, r.let);
  Put(o, r.variants);
  Put(o, r.sentences);
}

void Put(Out& o, const FieldType& t);

void Put(Out& o, const FieldSpec& f) {
  o.Str(f.name);
  Put(o, f.type);
  o.Bool(f.required);
  Put(o, f.description);
}

void Put(Out& o, const FieldType& t) {
  o.U8(static_cast<uint8_t>(t.kind));
  o.Count(t.values.size());
  for (const std::string& v : t.values) o.Str(v);
  o.Count(t.labels.size());
  for (const Localized& l : t.labels) Put(o, l);
  o.Bool(t.element != nullptr);
  if (t.element) Put(o, *t.element);
  o.Count(t.fields.size());
  for (const FieldSpec& f : t.fields) Put(o, f);
  o.Bool(t.open);
}

template <typename T>
void PutAll(Out& o, const std::vector<T>& items) {
  o.Count(items.size());
  for (const T& item : items) Put(o, item);
}

void Put(Out& o, const Member& m) {
  o.Str(m.name);
  o.Count(m.aliases.size());
  for (const std::string& a : m.aliases) o.Str(a);
}

void Put(Out& o, const Param& p) {
  o.Str(p.name);
  Put(o, p.value);
  o.Bool(p.assumption);
  o.Str(p.note);
  Put(o, p.pos);
}

void Put(Out& o, const Deadline& d) {
  o.Str(d.id);
  Put(o, d.title);
  Put(o, d.date);
  Put(o, d.when);
  o.Str(d.source);
  Put(o, d.note);
  o.Bool(d.by_funder);
  Put(o, d.pos);
  o.Str(d.file);
}

void Put(Out& o, const NotChecked& n) {
  o.Str(n.sentence);
  Put(o, n.reason);
  Put(o, n.pos);
  o.Str(n.file);
}

// --- Reading ---------------------------------------------------------------

void Get(In& in, Pos& p) {
  p.line = in.I32();
  p.col = in.I32();
}

void Get(In& in, Span& s) {
  s.begin = in.U32();
  s.end = in.U32();
}

void Get(In& in, Localized& text) {
  for (size_t n = in.Count(); n > 0 && in.ok(); --n) {
    std::string lang = in.Str();
    text[std::move(lang)] = in.Str();
  }
}

struct Where {
  std::string path;
  Pos pos;
};

Where GetWhere(In& in) {
  Where w{.path = in.Str()};
  Get(in, w.pos);
  return w;
}

void Get(In& in, Value& v) {
  if (++in.depth > kMaxNesting) return in.Fail();
  const auto kind = in.Enum(static_cast<ValueKind>(static_cast<int>(ValueKind::kError) + 1));
  switch (kind) {
    case ValueKind::kNull: v = Value::Null(); break;
    case ValueKind::kBool: v = Value::Bool(in.Bool()); break;
    case ValueKind::kNumber: {
      std::optional<Decimal> d = Decimal::Parse(in.Str());
      if (!d) return in.Fail();
      v = Value::Number(*d);
      break;
    }
    case ValueKind::kString: v = Value::String(in.Str()); break;
    case ValueKind::kDate: {
      // Only the days of years 1..9999 are dates; date arithmetic relies on it.
      const Date d{in.I32()};
      if (d < *MakeDate(1, 1, 1) || d > *MakeDate(9999, 12, 31)) return in.Fail();
      v = Value::FromDate(d);
      break;
    }
    case ValueKind::kList: {
      std::vector<Value> items(in.Count());
      for (Value& item : items) Get(in, item);
      Where w = GetWhere(in);
      v = Value::List(std::move(items), std::move(w.path), w.pos);
      break;
    }
    case ValueKind::kMap: {
      std::vector<std::pair<std::string, Value>> entries(in.Count());
      for (auto& [key, value] : entries) {
        key = in.Str();
        Get(in, value);
      }
      Where w = GetWhere(in);
      v = Value::Map(std::move(entries), std::move(w.path), w.pos);
      break;
    }
    case ValueKind::kMissing: {
      Where w = GetWhere(in);
      v = Value::Missing(std::move(w.path), w.pos);
      break;
    }
    case ValueKind::kError: {
      Span span;
      Get(in, span);
      v = Value::Error(span, in.Str());
      break;
    }
  }
  --in.depth;
}

// What the evaluator relies on, as the parser and the checker make it: a
// builtin that exists, and the operand count of the node's kind, so that a
// node read from damaged bytes cannot send it past the end of `args` or a
// builtin past the end of its arguments.
bool WellFormed(const Node& n) {
  if (n.builtin < -1 || n.builtin >= static_cast<int>(Builtins().size())) return false;
  const size_t count = n.args.size();
  switch (n.kind) {
    case NodeKind::kLiteral:
    case NodeKind::kIdent: return count == 0;
    case NodeKind::kSelect:
    case NodeKind::kUnary: return count == 1;
    case NodeKind::kIndex:
    case NodeKind::kBinary:
    case NodeKind::kMacro: return count == 2;
    case NodeKind::kTernary: return count == 3;
    case NodeKind::kList: return true;
    case NodeKind::kCall: {
      if (n.builtin < 0) return false;
      const Builtin& b = Builtins()[static_cast<size_t>(n.builtin)];
      return static_cast<int>(count) >= b.min_args &&
             (b.max_args == kVariadic || static_cast<int>(count) <= b.max_args);
    }
  }
  return false;
}

void Get(In& in, Expression& e) {
  e.text = in.Str();
  Get(in, e.origin);
  e.file = in.Str();
  e.ast.nodes.resize(in.Count(kMinNodeBytes));
  for (size_t i = 0; i < e.ast.nodes.size() && in.ok(); ++i) {
    Node& n = e.ast.nodes[i];
    n.kind = in.Enum(static_cast<NodeKind>(static_cast<int>(NodeKind::kList) + 1));
    Get(in, n.span);
    n.op = in.Enum(static_cast<Op>(static_cast<int>(Op::kMod) + 1));
    n.name = in.Str();
    n.var = in.Str();
    Get(in, n.literal);
    n.args.resize(in.Count());
    for (NodeId& a : n.args) {
      a = in.U32();
      // The parser adds a node after its operands, so the tree cannot loop.
      if (a >= i) in.Fail();
    }
    Get(in, n.name_span);
    n.builtin = in.I32();
    if (!WellFormed(n)) in.Fail();
  }
  e.ast.root = in.U32();
  if (!e.ast.nodes.empty() && e.ast.root >= e.ast.nodes.size()) in.Fail();
}

void Get(In& in, std::optional<Expression>& e) {
  if (!in.Bool()) return;
  Get(in, e.emplace());
}

void Get(In& in, std::map<std::string, MessageTemplate>& messages) {
  for (size_t n = in.Count(); n > 0 && in.ok(); --n) {
    std::string lang = in.Str();
    MessageTemplate& tmpl = messages[std::move(lang)];
    tmpl.pieces.resize(in.Count());
    for (MessageTemplate::Piece& piece : tmpl.pieces) {
      piece.text = in.Str();
      Get(in, piece.expr);
    }
  }
}

void Get(In& in, std::vector<Let>& lets) {
  lets.resize(in.Count());
  for (Let& l : lets) {
    l.name = in.Str();
    Get(in, l.expr);
    Get(in, l.pos);
  }
}

void Get(In& in, std::vector<MessageVariant>& variants) {
  variants.resize(in.Count());
  for (MessageVariant& v : variants) {
    v.name = in.Str();
    Get(in, v.when);
    Get(in, v.message);
    Get(in, v.pos);
  }
}

void Get(In& in, Rule& r) {
  r.id = in.Str();
  r.severity = in.Enum(static_cast<Severity>(static_cast<int>(Severity::kReview) + 1));
  Get(in, r.title);
  r.source = in.Str();
  Get(in, r.eligibility);
  r.at = in.Str();
  Get(in, r.when);
  Get(in, r.check);
  Get(in, r.message);
  Get(in, r.pos);
  r.file = in.Str();
  Get(in, r.group_by);
  r.report_first = in.Bool();
  Get(in, r.let);
  Get(in, r.variants);
  Get(in, r.sentences);
}

void Get(In& in, FieldType& t);

void Get(In& in, FieldSpec& f) {
  f.name = in.Str();
  Get(in, f.type);
  f.required = in.Bool();
  Get(in, f.description);
}

void Get(In& in, FieldType& t) {
  if (++in.depth > kMaxNesting) return in.Fail();
  t.kind = in.Enum(static_cast<FieldKind>(static_cast<int>(FieldKind::kMap) + 1));
  t.values.resize(in.Count());
  for (std::string& v : t.values) v = in.Str();
  t.labels.resize(in.Count());
  for (Localized& l : t.labels) Get(in, l);
  if (in.Bool()) {
    auto element = std::make_shared<FieldType>();
    Get(in, *element);
    t.element = std::move(element);
  }
  t.fields.resize(in.Count());
  for (FieldSpec& f : t.fields) Get(in, f);
  t.open = in.Bool();
  --in.depth;
}

void Get(In& in, Member& m) {
  m.name = in.Str();
  m.aliases.resize(in.Count());
  for (std::string& a : m.aliases) a = in.Str();
}

void Get(In& in, Param& p) {
  p.name = in.Str();
  Get(in, p.value);
  p.assumption = in.Bool();
  p.note = in.Str();
  Get(in, p.pos);
}

void Get(In& in, Deadline& d) {
  d.id = in.Str();
  Get(in, d.title);
  Get(in, d.date);
  Get(in, d.when);
  d.source = in.Str();
  Get(in, d.note);
  d.by_funder = in.Bool();
  Get(in, d.pos);
  d.file = in.Str();
}

void Get(In& in, NotChecked& n) {
  n.sentence = in.Str();
  Get(in, n.reason);
  Get(in, n.pos);
  n.file = in.Str();
}

template <typename T>
void GetAll(In& in, std::vector<T>& items) {
  items.resize(in.Count());
  for (T& item : items) {
    if (!in.ok()) break;
    Get(in, item);
  }
}

}  // namespace

std::string EncodeProgram(const Program& p) {
  Out o;
  o.U32(kFormat);
  o.Str(p.file);
  o.Str(p.file_sha256);
  o.Str(p.id);
  o.Str(p.name);
  o.Str(p.language);
  o.Str(p.currency);
  PutAll(o, p.members);
  PutAll(o, p.params);
  Put(o, p.params_value);
  Put(o, p.let);
  PutAll(o, p.fields);
  PutAll(o, p.rules);
  PutAll(o, p.batch_rules);
  PutAll(o, p.deadlines);
  PutAll(o, p.not_checked);
  return o.Take();
}

std::optional<Program> DecodeProgram(std::string_view bytes) {
  In in(bytes);
  if (in.U32() != kFormat) return std::nullopt;
  Program p;
  p.file = in.Str();
  p.file_sha256 = in.Str();
  p.id = in.Str();
  p.name = in.Str();
  p.language = in.Str();
  p.currency = in.Str();
  GetAll(in, p.members);
  GetAll(in, p.params);
  Get(in, p.params_value);
  Get(in, p.let);
  GetAll(in, p.fields);
  GetAll(in, p.rules);
  GetAll(in, p.batch_rules);
  GetAll(in, p.deadlines);
  GetAll(in, p.not_checked);
  if (!in.ok() || !in.AtEnd() || p.params_value.kind() != ValueKind::kMap) return std::nullopt;
  p.schema = ExtendSchema(CommonSchema(), p.fields);
  return p;
}

}  // namespace grantcheck
