#include "model/application.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "base/date.h"
#include "base/decimal.h"
#include "base/text.h"
#include "model/application_texts.h"
#include "model/enum_values.h"
#include "model/local_number.h"
#include "model/placeholder.h"

namespace grantcheck {
namespace {

std::string_view Describe(const DocNode& n, std::string_view lang) {
  if (n.kind == DocKind::kMapping) return AppPhrase("a map", lang);
  if (n.kind == DocKind::kSequence) return AppPhrase("a list", lang);
  return AppPhrase("a value", lang);
}

// A phrase of model/application_texts.h with its holes filled.
template <typename... Args>
std::string Say(std::string_view key, std::string_view lang, const Args&... args) {
  return fmt::format(fmt::runtime(AppPhrase(key, lang)), args...);
}

// Longest value quoted whole in a message: a long one would be copied into
// the message of every rule that reads the field.
constexpr size_t kMaxQuotedCodePoints = 60;

// `text` cut to kMaxQuotedCodePoints, with "…" when cut.
std::string Clip(std::string_view text) {
  size_t i = 0;
  for (size_t n = 0; i < text.size(); ++n) {
    if (n == kMaxQuotedCodePoints) return std::string(text.substr(0, i)) + "…";
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return std::string(text);
}

std::string Shown(const DocNode& n, std::string_view lang) {
  return n.kind == DocKind::kScalar ? "'" + Clip(n.text) + "'" : std::string(Describe(n, lang));
}

bool IsBoolText(std::string_view t, bool* out) {
  for (std::string_view s : {"true", "True", "TRUE"}) {
    if (t == s) return *out = true;
  }
  for (std::string_view s : {"false", "False", "FALSE"}) {
    if (t == s) return !(*out = false);
  }
  return false;
}

// How a scalar that Decimal::Parse refused is written: as a decimal number
// (so it is out of range), with an exponent (YAML's 1e3, which amounts never
// need), or as something else.
enum class NumberShape { kDecimal, kExponent, kOther };

NumberShape ShapeOf(std::string_view t) {
  auto digits = [&t] {
    size_t n = 0;
    while (n < t.size() && t[n] >= '0' && t[n] <= '9') ++n;
    t.remove_prefix(n);
    return n;
  };
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) t.remove_prefix(1);
  size_t n = digits();
  if (!t.empty() && t[0] == '.') {
    t.remove_prefix(1);
    n += digits();
  }
  if (n == 0) return NumberShape::kOther;
  if (t.empty()) return NumberShape::kDecimal;
  if (t[0] != 'e' && t[0] != 'E') return NumberShape::kOther;
  t.remove_prefix(1);
  if (!t.empty() && (t[0] == '+' || t[0] == '-')) t.remove_prefix(1);
  return digits() > 0 && t.empty() ? NumberShape::kExponent : NumberShape::kOther;
}

// Text of spaces only, Unicode spaces too ("\u00a0"): NameKey() trims those.
// Most text has a letter among its first bytes, which settles it without NameKey().
bool IsBlankText(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) < 0x80 && !Trim(std::string_view(&c, 1)).empty()) return false;
  }
  return NameKey(text).empty();
}

// Empty, so not given: a null (`key:`, `~`), text of spaces only, and for a
// required field also an empty list or map, which holds none of what is required.
bool NotGiven(const DocNode& n, bool required) {
  switch (n.kind) {
    case DocKind::kScalar: return n.null || IsBlankText(n.text);
    case DocKind::kSequence: return required && n.items.empty();
    case DocKind::kMapping: return required && n.entries.empty();
  }
  return false;
}

class Builder {
 public:
  Builder(const Document& doc, Application* app, std::string_view lang)
      : doc_(doc), app_(app), lang_(lang) {}

  Value Build(const DocNode& node, const FieldType& type, const std::string& path) {
    if (node.kind == DocKind::kScalar && node.null) return Value::Null();

    switch (type.kind) {
      case FieldKind::kAny: return Infer(node, path);
      case FieldKind::kMap: return BuildMap(node, type, path);
      case FieldKind::kList: return BuildList(node, type, path);
      default: return BuildScalar(node, type, path);
    }
  }

 private:
  Value Problem(const DocNode& node, const std::string& path, std::string id,
                std::string message) {
    std::string full =
        fmt::format("{}: {}", path.empty() ? AppPhrase("document", lang_) : path, message);
    Report(Level::kError, node.pos, std::move(id), full);
    return Value::Error(Span{}, full);
  }

  void Report(Level level, Pos pos, std::string id, std::string message) {
    Diagnostic d{level, std::move(id), doc_.file, pos, std::move(message)};
    app_->diagnostics.push_back(std::move(d));
  }

  Value BuildMap(const DocNode& node, const FieldType& type, const std::string& path) {
    if (node.kind != DocKind::kMapping) {
      return Problem(node, path, "app-type", Say("expected map", lang_, Shown(node, lang_)));
    }
    std::vector<std::pair<std::string, Value>> entries;
    entries.reserve(node.entries.size());
    for (const DocEntry& e : node.entries) {
      std::string child = path.empty() ? e.key : path + "." + e.key;
      const FieldSpec* spec = FindField(type, e.key);
      if (spec == nullptr && !type.open) UnknownKey(e, type, child);
      // Not given: left out, so that every rule and has() sees it as absent.
      // A placeholder is reported by the engine, in the report's language.
      if (NotGiven(e.value, spec != nullptr && spec->required) || HoldsPlaceholder(e.value)) {
        continue;
      }
      static const FieldType kAny;
      entries.emplace_back(e.key, Build(e.value, spec ? spec->type : kAny, child));
    }
    for (const FieldSpec& f : type.fields) {
      if (!f.required) continue;
      const DocNode* given = node.Find(f.name);
      if (given != nullptr && (!NotGiven(*given, true) || HoldsPlaceholder(*given))) continue;
      Report(Level::kError, given ? given->pos : node.pos, "app-required",
             Say(given ? "required empty" : "required missing", lang_,
                 path.empty() ? f.name : path + "." + f.name));
    }
    return Value::Map(std::move(entries), path, node.pos);
  }

  void UnknownKey(const DocEntry& e, const FieldType& type, const std::string& path) {
    std::vector<std::string_view> names;
    for (const FieldSpec& f : type.fields) names.push_back(f.name);
    std::optional<std::string> near = DidYouMean(e.key, names);
    Report(Level::kWarning, e.key_pos, "app-unknown-key",
           Say("unknown key", lang_, path, near ? Say("did you mean", lang_, *near) : ""));
  }

  Value BuildList(const DocNode& node, const FieldType& type, const std::string& path) {
    if (node.kind != DocKind::kSequence) {
      return Problem(node, path, "app-type",
                     Say("expected", lang_, AppPhrase("a list", lang_), Shown(node, lang_)));
    }
    static const FieldType kAny;
    const FieldType& element = type.element ? *type.element : kAny;
    std::vector<Value> items;
    items.reserve(node.items.size());
    for (size_t i = 0; i < node.items.size(); ++i) {
      items.push_back(Build(node.items[i], element, fmt::format("{}[{}]", path, i)));
    }
    return Value::List(std::move(items), path, node.pos);
  }

  Value BuildScalar(const DocNode& node, const FieldType& type, const std::string& path) {
    if (node.kind != DocKind::kScalar) {
      return Problem(node, path, "app-type",
                     Say("expected", lang_, ExpectedText(type, lang_), Describe(node, lang_)));
    }
    switch (type.kind) {
      case FieldKind::kNumber: return Number(node, path);
      case FieldKind::kDate: return DateValue(node, path);
      case FieldKind::kBool: return BoolValue(node, path);
      default: return StringValue(node, type, path);
    }
  }

  static std::string_view ExpectedText(const FieldType& type, std::string_view lang) {
    switch (type.kind) {
      case FieldKind::kNumber: return AppPhrase("a number", lang);
      case FieldKind::kDate: return AppPhrase("a date", lang);
      case FieldKind::kBool: return AppPhrase("a bool", lang);
      default: return AppPhrase("text", lang);
    }
  }

  Value Number(const DocNode& node, const std::string& path) {
    std::optional<Decimal> d = node.quoted ? std::nullopt : Decimal::Parse(node.text);
    if (d) return Value::Number(*d);
    // "1 150 000", "1 150 000 kr", "12,50": one number, written the local way.
    if (std::optional<std::string> local = node.quoted ? std::nullopt : LocalNumber(node.text)) {
      if (std::optional<Decimal> l = Decimal::Parse(*local)) return Value::Number(*l);
    }
    NumberShape shape = node.quoted ? NumberShape::kOther : ShapeOf(node.text);
    if (shape == NumberShape::kDecimal) {
      return Problem(node, path, "app-type",
                     Say("out of range", lang_, Clip(node.text), Decimal::kMaxIntegerDigits,
                         Decimal::kMaxScale, Decimal::kMaxDigits));
    }
    const std::string hint = node.quoted ? "" : LocalNumberHint(node.text);
    return Problem(node, path, "app-type",
                   Say("expected number", lang_,
                       shape == NumberShape::kExponent ? AppPhrase("no exponent", lang_) : "",
                       Shown(node, lang_), node.quoted ? AppPhrase("quoted", lang_) : "",
                       hint.empty() ? "" : AppPhrase(hint, lang_)));
  }

  Value DateValue(const DocNode& node, const std::string& path) {
    if (std::optional<Date> d = ParseDate(node.text)) return Value::FromDate(*d);
    bool shaped = node.text.size() == 10 && node.text[4] == '-' && node.text[7] == '-';
    if (shaped) {
      return Problem(node, path, "app-bad-date", Say("bad date", lang_, node.text));
    }
    return Problem(node, path, "app-type",
                   Say("expected", lang_, AppPhrase("a date", lang_), Shown(node, lang_)));
  }

  Value BoolValue(const DocNode& node, const std::string& path) {
    bool b = false;
    if (!node.quoted && IsBoolText(node.text, &b)) return Value::Bool(b);
    // A declared yes/no field also takes the applicant's own words for them.
    if (std::optional<bool> word = node.quoted ? std::nullopt : BoolWord(node.text)) {
      return Value::Bool(*word);
    }
    return Problem(node, path, "app-type",
                   Say("expected", lang_, AppPhrase("a bool", lang_), Shown(node, lang_)));
  }

  Value StringValue(const DocNode& node, const FieldType& type, const std::string& path) {
    if (type.values.empty()) return Value::String(node.text);
    // A label in any of the program's languages means its code, which rules compare.
    if (std::optional<std::string> code = EnumCode(type, node.text)) return Value::String(*code);
    // The allowed values as the reader's language names them; a near miss of a
    // code or of a label is suggested as that word.
    std::vector<std::string> labels;
    for (const std::string& v : type.values) labels.push_back(EnumLabel(type, v, lang_));
    std::vector<std::string_view> words(labels.begin(), labels.end());
    words.insert(words.end(), type.values.begin(), type.values.end());
    std::optional<std::string> near = DidYouMean(node.text, words);
    std::string list;
    for (const std::string& l : labels) list += (list.empty() ? "" : ", ") + l;
    return Problem(node, path, "app-bad-value",
                   Say("bad value", lang_, Clip(node.text), list,
                       near ? Say("did you mean", lang_, *near) : ""));
  }

  // An undeclared field: typed by its looks, as YAML's core schema would.
  Value Infer(const DocNode& node, const std::string& path) {
    if (node.kind == DocKind::kMapping) {
      static const FieldType kOpen{.kind = FieldKind::kMap, .open = true};
      return BuildMap(node, kOpen, path);
    }
    if (node.kind == DocKind::kSequence) return BuildList(node, FieldType{}, path);
    if (node.quoted) return Value::String(node.text);
    bool b = false;
    if (IsBoolText(node.text, &b)) return Value::Bool(b);
    if (std::optional<Decimal> d = Decimal::Parse(node.text)) return Value::Number(*d);
    if (std::optional<Date> d = ParseDate(node.text)) return Value::FromDate(*d);
    return Value::String(node.text);
  }

  const Document& doc_;
  Application* app_;
  std::string_view lang_;  // of the messages about the file
};

}  // namespace

// Walks `path` down the document: "name" selects in a mapping, "[i]" in a list.
Pos Application::PosOf(std::string_view path) const {
  Pos found{1, 1};
  const DocNode* node = &doc;
  size_t i = 0;
  while (i < path.size() && node != nullptr) {
    if (path[i] == '.') ++i;
    if (i < path.size() && path[i] == '[') {
      const size_t close = path.find(']', i);
      size_t index = 0;
      const auto [end, ec] = std::from_chars(path.data() + i + 1,
                                             path.data() + std::min(close, path.size()), index);
      if (ec != std::errc() || close == std::string_view::npos ||
          end != path.data() + close || node->kind != DocKind::kSequence ||
          index >= node->items.size()) {
        break;
      }
      node = &node->items[index];
      i = close + 1;
    } else {
      const size_t end = std::min(path.find_first_of(".[", i), path.size());
      node = node->kind == DocKind::kMapping ? node->Find(path.substr(i, end - i)) : nullptr;
      i = end;
    }
    if (node != nullptr) found = node->pos;
  }
  return found;
}

namespace {

Application Typed(const Document& doc, const FieldType& schema, std::string_view lang) {
  Application app;
  app.file = doc.file;
  app.root = Builder(doc, &app, lang).Build(doc.root, schema, "");
  return app;
}

}  // namespace

Application BuildApplication(Document&& doc, const FieldType& schema, std::string_view lang) {
  Application app = Typed(doc, schema, lang);
  app.doc = std::move(doc.root);
  return app;
}

Application BuildApplication(const Document& doc, const FieldType& schema,
                             std::string_view lang) {
  Application app = Typed(doc, schema, lang);
  app.doc = doc.root;
  return app;
}

std::string ProgramOf(const Document& doc) {
  const DocNode* p = doc.root.kind == DocKind::kMapping ? doc.root.Find("program") : nullptr;
  return p != nullptr && p->kind == DocKind::kScalar && !p->null ? p->text : "";
}

}  // namespace grantcheck
