// The rule loader's Reader, continued: texts by language, expressions and
// message templates positioned in the file, and param values read exactly.
#include <algorithm>
#include <charconv>
#include <utility>

#include "base/text.h"
#include "rules/rule_loader_internal.h"

namespace grantcheck::rule_loader {
namespace {

// Moves the decimal point of [+-]digits[.digits] by `exp` places, so that
// Decimal::Parse, which takes no exponent, can read "1.5e-3" exactly.
std::string ShiftPoint(std::string_view mantissa, int exp) {
  std::string sign;
  if (!mantissa.empty() && (mantissa[0] == '+' || mantissa[0] == '-')) {
    sign = mantissa.substr(0, 1);
    mantissa.remove_prefix(1);
  }
  size_t dot = mantissa.find('.');
  std::string_view int_part = mantissa.substr(0, dot);
  std::string digits(int_part);
  if (dot != std::string_view::npos) digits += mantissa.substr(dot + 1);
  long point = static_cast<long>(int_part.size()) + exp;
  long size = static_cast<long>(digits.size());
  if (point <= 0) return sign + "0." + std::string(-point, '0') + digits;
  if (point >= size) return sign + digits + std::string(point - size, '0');
  return sign + digits.insert(point, ".");
}

// Trailing fractional zeros ("0.10") carry no value but count against Decimal's scale.
std::string TrimFractionZeros(std::string s) {
  if (s.find('.') == std::string::npos) return s;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s;
}

// A TOML float's source text ("0.1", "1_000.5", "2.5e3") as an exact Decimal;
// nullopt for inf, nan, and what Decimal cannot hold.
std::optional<Decimal> ParseTomlFloat(std::string_view raw) {
  constexpr int kMaxExponent = 100;  // keeps the shifted text short; far beyond Decimal's range
  std::string s;
  for (char c : raw) {
    if (c != '_') s += c;
  }
  size_t e = s.find_first_of("eE");
  if (e == std::string::npos) return Decimal::Parse(TrimFractionZeros(s));
  std::string_view exp_text = std::string_view(s).substr(e + 1);
  if (!exp_text.empty() && exp_text[0] == '+') exp_text.remove_prefix(1);
  int exp = 0;
  auto [end, ec] = std::from_chars(exp_text.data(), exp_text.data() + exp_text.size(), exp);
  if (ec != std::errc() || end != exp_text.data() + exp_text.size()) return std::nullopt;
  if (exp > kMaxExponent || exp < -kMaxExponent) return std::nullopt;
  return Decimal::Parse(TrimFractionZeros(ShiftPoint(std::string_view(s).substr(0, e), exp)));
}

std::string LanguageList() { return "sv, da, nb or en"; }

}  // namespace

std::optional<std::vector<std::pair<std::string, const toml::node*>>> Reader::TextNodes(
    const toml::table& table, std::string_view key, const std::string& lang,
    std::string_view skip) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return std::nullopt;
  if (node->is_string()) return {{{lang, node}}};
  const toml::table* texts = node->as_table();
  if (texts == nullptr) {
    TypeError(*node, key, "a string or a table of texts by language");
    return std::nullopt;
  }
  std::vector<std::pair<std::string, const toml::node*>> out;
  KeySet languages(std::begin(kLanguages), std::end(kLanguages));
  for (const Entry& e : Entries(*texts, key)) {
    if (!skip.empty() && e.key == skip) continue;
    std::string what = std::string(key) + "." + std::string(e.key);
    if (!e.node->is_string()) {
      TypeError(*e.node, what, "a string");
      continue;
    }
    if (std::find(languages.begin(), languages.end(), e.key) == languages.end()) {
      std::string message = "unknown language '" + std::string(e.key) + "' in '" +
                            std::string(key) + "'; expected " + LanguageList();
      if (auto guess = DidYouMean(e.key, languages)) message += "; did you mean '" + *guess + "'?";
      Report(Level::kWarning, "rules-language", e.key_pos, std::move(message));
    }
    out.emplace_back(std::string(e.key), e.node);
  }
  return out;
}

std::optional<Localized> Reader::Texts(const toml::table& table, std::string_view key,
                                       const std::string& lang) {
  auto nodes = TextNodes(table, key, lang);
  if (!nodes) return std::nullopt;
  Localized out;
  for (const auto& [language, node] : *nodes) out[language] = node->as_string()->get();
  return out;
}

std::optional<Expression> Reader::Expr(const toml::table& table, std::string_view key) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return std::nullopt;
  const auto* text = node->as_string();
  if (text == nullptr) {
    TypeError(*node, key, "a string holding an expression");
    return std::nullopt;
  }
  CompileResult compiled = Compile(text->get(), file_, StringOrigin(*node));
  AddPlaced(std::move(compiled.diagnostics));
  return std::move(compiled.expr);
}

std::optional<std::map<std::string, MessageTemplate>> Reader::Templates(const toml::table& table,
                                                                        std::string_view key,
                                                                        const std::string& lang,
                                                                        std::string_view skip) {
  auto nodes = TextNodes(table, key, lang, skip);
  if (!nodes) return std::nullopt;
  std::map<std::string, MessageTemplate> out;
  for (const auto& [language, node] : *nodes) {
    TemplateResult compiled = CompileTemplate(node->as_string()->get(), file_, StringOrigin(*node));
    AddPlaced(std::move(compiled.diagnostics));
    // A template that failed is still listed, empty, so that its language does
    // not also count as missing; the errors keep the program from being used.
    out[language] = std::move(compiled.tmpl).value_or(MessageTemplate{});
  }
  return out;
}

std::optional<Value> Reader::ExactFloat(const toml::node& node, const std::string& what) {
  // toml++ has already made a double of it; the source text is the exact number.
  std::string_view raw = RawText(node);
  if (std::optional<Decimal> d = ParseTomlFloat(raw)) return Value::Number(*d);
  Error("rules-type", PosOf(node),
        "'" + what + "' must be a decimal number of at most " +
            std::to_string(Decimal::kMaxIntegerDigits) + " integer and " +
            std::to_string(Decimal::kMaxScale) + " fractional digits, " +
            std::to_string(Decimal::kMaxDigits) + " in all, got '" + std::string(raw) +
            "'");
  return std::nullopt;
}

std::optional<Value> Reader::ParamValue(const toml::node& node, const std::string& what) {
  if (const auto* i = node.as_integer()) return Value::Int(i->get());
  if (node.is_floating_point()) return ExactFloat(node, what);
  if (const auto* s = node.as_string()) return Value::String(s->get());
  if (const auto* b = node.as_boolean()) return Value::Bool(b->get());
  if (const auto* d = node.as_date()) {
    const toml::date& date = d->get();
    if (auto made = MakeDate(date.year, date.month, date.day)) return Value::FromDate(*made);
    TypeError(node, what, "a date in the years 1 to 9999");
    return std::nullopt;
  }
  if (const auto* array = node.as_array()) {
    std::vector<Value> items;
    bool ok = true;
    for (size_t i = 0; i < array->size(); ++i) {
      auto item = ParamValue(*array->get(i), what + "[" + std::to_string(i) + "]");
      ok = ok && item.has_value();
      if (item) items.push_back(std::move(*item));
    }
    if (!ok) return std::nullopt;
    return Value::List(std::move(items), what, PosOf(node));
  }
  TypeError(node, what, "a number, string, boolean, date or array");
  return std::nullopt;
}

}  // namespace grantcheck::rule_loader
