// Values of the rule language: null, bool, exact number, string, date, list, map,
// and the two special values missing (an absent field) and error (a runtime fault).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "base/date.h"
#include "base/decimal.h"
#include "base/source.h"

namespace grantcheck {

enum class ValueKind { kNull, kBool, kNumber, kString, kDate, kList, kMap, kMissing, kError };

class Value;

// Lists and maps that come from an application know where they are: `path`
// ("budget.lines[2]") and `pos` in the file. A field read from them that is
// absent becomes a missing value naming the field and pointing at its nearest
// present parent. Values made by the evaluator have an empty path.
struct ListData {
  std::vector<Value> items;
  std::string path;
  Pos pos;
};

struct MapData {
  std::vector<std::pair<std::string, Value>> entries;  // in file order; keys unique
  std::string path;
  Pos pos;
};

// An absent field: what was asked for, and the nearest present parent's position.
struct MissingData {
  std::string path;
  Pos near;
};

// A runtime fault (a type clash, a division by zero): where in the expression, and why.
struct ErrorData {
  Span span;
  std::string message;
};

// A small immutable value; copies share lists, maps and strings.
class Value {
 public:
  Value() = default;  // null
  static Value Null() { return Value(); }
  static Value Bool(bool b);
  static Value Number(Decimal d);
  static Value Int(int64_t i) { return Number(Decimal::FromInt(i)); }
  static Value String(std::string s);
  static Value FromDate(Date d);
  static Value List(std::vector<Value> items, std::string path = {}, Pos pos = {});
  static Value Map(std::vector<std::pair<std::string, Value>> entries, std::string path = {},
                   Pos pos = {});
  static Value Missing(std::string path, Pos near = {});
  static Value Error(Span span, std::string message);

  ValueKind kind() const { return static_cast<ValueKind>(data_.index()); }
  bool is_null() const { return kind() == ValueKind::kNull; }
  bool is_missing() const { return kind() == ValueKind::kMissing; }
  bool is_error() const { return kind() == ValueKind::kError; }
  // Missing or error: the values every operation passes on rather than uses.
  bool is_special() const { return is_missing() || is_error(); }

  // Accessors: each requires the matching kind().
  bool as_bool() const { return std::get<bool>(data_); }
  const Decimal& as_number() const { return std::get<Decimal>(data_); }
  const std::string& as_string() const { return *std::get<StrPtr>(data_); }
  Date as_date() const { return std::get<Date>(data_); }
  const ListData& as_list() const { return *std::get<ListPtr>(data_); }
  const MapData& as_map() const { return *std::get<MapPtr>(data_); }
  const MissingData& as_missing() const { return *std::get<MissingPtr>(data_); }
  const ErrorData& as_error() const { return *std::get<ErrorPtr>(data_); }

  // Map field lookup: nullptr when this is not a map or has no such key.
  const Value* Find(std::string_view key) const;

  // The value as a person reads it in a message: 12, 2025-06-01, Malmö, "a, b".
  std::string Display() const;
  // The value as a test or a debug dump shows it, typed: 12, date("2025-06-01"),
  // "Malmö", [1, 2], {a: 1}, missing(period.end), error(1:5: division by zero).
  std::string Dump() const;

 private:
  using StrPtr = std::shared_ptr<const std::string>;
  using ListPtr = std::shared_ptr<const ListData>;
  using MapPtr = std::shared_ptr<const MapData>;
  using MissingPtr = std::shared_ptr<const MissingData>;
  using ErrorPtr = std::shared_ptr<const ErrorData>;
  // The order of the alternatives is ValueKind's order.
  std::variant<std::monostate, bool, Decimal, StrPtr, Date, ListPtr, MapPtr, MissingPtr, ErrorPtr>
      data_;
};

std::string_view KindName(ValueKind kind);

// Equality of two ordinary values: numbers by value (0.30 == 0.3), lists
// element-wise, maps key by key in any order; different kinds are unequal.
// Neither may be missing or error (the evaluator handles those first).
bool ValuesEqual(const Value& a, const Value& b);

}  // namespace grantcheck
