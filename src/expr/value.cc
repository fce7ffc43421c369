#include "expr/value.h"

namespace grantcheck {

Value Value::Bool(bool b) {
  Value v;
  v.data_ = b;
  return v;
}

Value Value::Number(Decimal d) {
  Value v;
  v.data_ = d;
  return v;
}

Value Value::String(std::string s) {
  Value v;
  v.data_ = std::make_shared<const std::string>(std::move(s));
  return v;
}

Value Value::FromDate(Date d) {
  Value v;
  v.data_ = d;
  return v;
}

Value Value::List(std::vector<Value> items, std::string path, Pos pos) {
  Value v;
  v.data_ = std::make_shared<const ListData>(ListData{std::move(items), std::move(path), pos});
  return v;
}

Value Value::Map(std::vector<std::pair<std::string, Value>> entries, std::string path, Pos pos) {
  Value v;
  v.data_ = std::make_shared<const MapData>(MapData{std::move(entries), std::move(path), pos});
  return v;
}

Value Value::Missing(std::string path, Pos near) {
  Value v;
  v.data_ = std::make_shared<const MissingData>(MissingData{std::move(path), near});
  return v;
}

Value Value::Error(Span span, std::string message) {
  Value v;
  v.data_ = std::make_shared<const ErrorData>(ErrorData{span, std::move(message)});
  return v;
}

const Value* Value::Find(std::string_view key) const {
  if (kind() != ValueKind::kMap) return nullptr;
  // Keys are short and mostly differ in length or first letter, which are
  // compared before the call to memcmp that most comparisons then skip.
  for (const auto& [k, v] : as_map().entries) {
    if (k.size() == key.size() && (key.empty() || k[0] == key[0]) && k == key) return &v;
  }
  return nullptr;
}

std::string_view KindName(ValueKind kind) {
  switch (kind) {
    case ValueKind::kNull: return "null";
    case ValueKind::kBool: return "bool";
    case ValueKind::kNumber: return "number";
    case ValueKind::kString: return "string";
    case ValueKind::kDate: return "date";
    case ValueKind::kList: return "list";
    case ValueKind::kMap: return "map";
    case ValueKind::kMissing: return "missing";
    case ValueKind::kError: return "error";
  }
  return "?";
}

namespace {

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

template <typename Fn>
std::string Join(const std::vector<Value>& items, Fn fn) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ", ";
    out += fn(items[i]);
  }
  return out;
}

}  // namespace

std::string Value::Display() const {
  switch (kind()) {
    case ValueKind::kString: return as_string();
    case ValueKind::kList:
      return Join(as_list().items, [](const Value& v) { return v.Display(); });
    case ValueKind::kMissing: return "(" + as_missing().path + " missing)";
    case ValueKind::kError: return "(error: " + as_error().message + ")";
    case ValueKind::kDate: return FormatDate(as_date());
    default: return Dump();
  }
}

std::string Value::Dump() const {
  switch (kind()) {
    case ValueKind::kNull: return "null";
    case ValueKind::kBool: return as_bool() ? "true" : "false";
    case ValueKind::kNumber: return as_number().ToString();
    case ValueKind::kString: return Quote(as_string());
    case ValueKind::kDate: return "date(\"" + FormatDate(as_date()) + "\")";
    case ValueKind::kList:
      return "[" + Join(as_list().items, [](const Value& v) { return v.Dump(); }) + "]";
    case ValueKind::kMap: {
      std::string out = "{";
      for (const auto& [k, v] : as_map().entries) {
        out += (out.size() > 1 ? ", " : "") + k + ": " + v.Dump();
      }
      return out + "}";
    }
    case ValueKind::kMissing: return "missing(" + as_missing().path + ")";
    case ValueKind::kError: return "error(" + as_error().message + ")";
  }
  return "?";
}

bool ValuesEqual(const Value& a, const Value& b) {
  if (a.kind() != b.kind()) return false;
  switch (a.kind()) {
    case ValueKind::kNull: return true;
    case ValueKind::kBool: return a.as_bool() == b.as_bool();
    case ValueKind::kNumber: return a.as_number() == b.as_number();
    case ValueKind::kString: return a.as_string() == b.as_string();
    case ValueKind::kDate: return a.as_date() == b.as_date();
    case ValueKind::kList: {
      const auto& x = a.as_list().items;
      const auto& y = b.as_list().items;
      if (x.size() != y.size()) return false;
      for (size_t i = 0; i < x.size(); ++i) {
        if (!ValuesEqual(x[i], y[i])) return false;
      }
      return true;
    }
    case ValueKind::kMap: {
      const auto& x = a.as_map().entries;
      if (x.size() != b.as_map().entries.size()) return false;
      for (const auto& [k, v] : x) {
        const Value* w = b.Find(k);
        if (w == nullptr || !ValuesEqual(v, *w)) return false;
      }
      return true;
    }
    default: return false;  // missing and error are never equal to anything
  }
}

}  // namespace grantcheck
