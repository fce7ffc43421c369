#include "model/enum_values.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "base/text.h"

namespace grantcheck {
namespace {

// Every word that means type.values[i]: the code, then its labels.
template <typename Fn>
void ForEachWord(const FieldType& type, Fn&& fn) {
  for (size_t i = 0; i < type.values.size(); ++i) {
    fn(i, std::string_view(type.values[i]));
    if (i < type.labels.size()) {
      for (const auto& [lang, label] : type.labels[i]) fn(i, std::string_view(label));
    }
  }
}

// The one value whose words have `key` under `keyed`; npos for none or two.
template <typename Key>
size_t OnlyMatch(const FieldType& type, const std::string& key, Key&& keyed) {
  size_t found = std::string::npos;
  bool twice = false;
  ForEachWord(type, [&](size_t i, std::string_view word) {
    if (keyed(word) != key) return;
    twice = twice || (found != std::string::npos && found != i);
    found = i;
  });
  return twice ? std::string::npos : found;
}

}  // namespace

std::optional<std::string> EnumCode(const FieldType& type, std::string_view text) {
  if (std::find(type.values.begin(), type.values.end(), text) != type.values.end()) {
    return std::string(text);
  }
  const std::string key = NameKey(text);
  if (key.empty()) return std::nullopt;
  size_t i = OnlyMatch(type, key, [](std::string_view w) { return NameKey(w); });
  if (i == std::string::npos) {
    i = OnlyMatch(type, FoldDiacritics(key),
                  [](std::string_view w) { return FoldDiacritics(NameKey(w)); });
  }
  if (i == std::string::npos) return std::nullopt;
  return type.values[i];
}

std::string EnumLabel(const FieldType& type, std::string_view code, std::string_view lang) {
  auto it = std::find(type.values.begin(), type.values.end(), code);
  const size_t i = static_cast<size_t>(it - type.values.begin());
  if (it == type.values.end() || i >= type.labels.size()) return std::string(code);
  const Localized& labels = type.labels[i];
  for (std::string_view l : {lang, std::string_view("en")}) {
    if (auto found = labels.find(std::string(l)); found != labels.end()) return found->second;
  }
  return std::string(code);
}

std::optional<std::pair<std::string, std::string>> AmbiguousEnumLabels(const FieldType& type) {
  std::vector<std::pair<std::string, size_t>> keys;
  ForEachWord(type, [&](size_t i, std::string_view word) { keys.emplace_back(NameKey(word), i); });
  std::sort(keys.begin(), keys.end());
  for (size_t k = 1; k < keys.size(); ++k) {
    if (keys[k].first == keys[k - 1].first && keys[k].second != keys[k - 1].second) {
      return std::pair(type.values[keys[k - 1].second], type.values[keys[k].second]);
    }
  }
  return std::nullopt;
}

std::optional<bool> BoolWord(std::string_view text) {
  const std::string key = NameKey(text);
  for (std::string_view yes : {"true", "yes", "ja"}) {
    if (key == yes) return true;
  }
  for (std::string_view no : {"false", "no", "nej", "nei"}) {
    if (key == no) return false;
  }
  return std::nullopt;
}

}  // namespace grantcheck
