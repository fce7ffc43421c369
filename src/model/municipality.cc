#include "model/municipality.h"

#include <algorithm>

#include "base/text.h"

// Beyond the header's exact matching, Canonical() also reads, in turn:
// - the name with diacritics folded ("Hoganas", "Angelholm", "Bastad"), when the
//   folded name belongs to one member only;
// - a Swedish genitive before "kommun" or "stad" ("Bjuvs kommun", "Jönköpings
//   kommun"), without an alias for it; "kommune" (Danish, Norwegian) takes none;
// - an organisation that names its municipality: each part between commas as a
//   name of its own ("Vård- och omsorgsförvaltningen, Helsingborgs stad"), and the
//   words just before a separate "kommun", "kommune" or "stad" ("Kultur- och
//   fritidsförvaltningen Höganäs kommun"). Naming two members names no one member.
// Every step is a hashed lookup, so matching costs time in the name's length only.
namespace grantcheck {
namespace {

using Index = std::unordered_map<std::string, std::string>;

// The words that make the name before them a municipality's, and whether a
// Swedish genitive may come before them.
struct Suffix {
  std::string_view word;
  bool genitive;
};
constexpr Suffix kSuffixes[] = {{"kommune", false}, {"kommun", true}, {"stad", true}};

// Folded keys share the index with exact ones behind this mark, which no key
// has: control characters are never part of a name (the YAML reader replaces
// them). A folded key that two members share maps to "": no one member.
constexpr char kFoldedMark = '\x1f';

// `key` (a NameKey) without one trailing suffix word; `*suffix` is the suffix
// dropped, or nullptr.
std::string_view WithoutSuffix(std::string_view key, const Suffix** suffix) {
  for (const Suffix& s : kSuffixes) {
    if (key.size() > s.word.size() + 1 && key.ends_with(s.word) &&
        key[key.size() - s.word.size() - 1] == ' ') {
      *suffix = &s;
      return key.substr(0, key.size() - s.word.size() - 1);
    }
  }
  *suffix = nullptr;
  return key;
}

bool IsSuffixWord(std::string_view word) {
  return std::any_of(std::begin(kSuffixes), std::end(kSuffixes),
                     [word](const Suffix& s) { return s.word == word; });
}

std::optional<std::string> Lookup(const Index& index, std::string_view key) {
  if (key.empty() || key[0] == kFoldedMark) return std::nullopt;
  if (auto it = index.find(std::string(key)); it != index.end()) return it->second;
  auto it = index.find(kFoldedMark + FoldDiacritics(key));
  if (it == index.end() || it->second.empty()) return std::nullopt;
  return it->second;
}

// A name on its own: "höganäs kommun", "hoganas", "bjuvs kommun".
std::optional<std::string> Whole(const Index& index, std::string_view key) {
  key = Trim(key);
  const Suffix* suffix = nullptr;
  std::string_view bare = WithoutSuffix(key, &suffix);
  if (std::optional<std::string> found = Lookup(index, bare)) return found;
  if (suffix != nullptr && suffix->genitive && bare.size() > 1 && bare.back() == 's') {
    return Lookup(index, bare.substr(0, bare.size() - 1));
  }
  return std::nullopt;
}

std::vector<std::string_view> Split(std::string_view text, char by) {
  std::vector<std::string_view> parts;
  for (size_t start = 0;;) {
    size_t end = text.find(by, start);
    if (end == std::string_view::npos) {
      parts.push_back(text.substr(start));
      return parts;
    }
    parts.push_back(text.substr(start, end - start));
    start = end + 1;
  }
}

// How many words before a suffix word may form a member's name ("indre østfold").
constexpr size_t kMaxNameWords = 3;

// The member an organisation names in `part` (no commas): the longest run of
// up to kMaxNameWords words before each suffix word that is a member's name.
void NamedBeforeSuffixes(const Index& index, std::string_view part,
                         std::vector<std::string>& found) {
  std::vector<std::string_view> words = Split(Trim(part), ' ');
  for (size_t i = 1; i < words.size(); ++i) {
    if (!IsSuffixWord(words[i])) continue;
    for (size_t n = std::min(kMaxNameWords, i); n >= 1; --n) {
      const char* begin = words[i - n].data();
      std::string_view named(begin, static_cast<size_t>(words[i].data() + words[i].size() - begin));
      if (std::optional<std::string> m = Whole(index, named)) {
        found.push_back(std::move(*m));
        break;
      }
    }
  }
}

// The one member an organisation ("vård- och omsorgsförvaltningen, helsingborgs
// stad") names, or nullopt when it names none or several.
std::optional<std::string> Organisation(const Index& index, std::string_view key) {
  std::vector<std::string> found;
  for (std::string_view part : Split(key, ',')) {
    if (std::optional<std::string> m = Whole(index, part)) found.push_back(std::move(*m));
    NamedBeforeSuffixes(index, part, found);
  }
  if (found.empty()) return std::nullopt;
  bool one = std::all_of(found.begin(), found.end(),
                         [&found](const std::string& m) { return m == found.front(); });
  return one ? std::optional(found.front()) : std::nullopt;
}

}  // namespace

std::string MemberKey(std::string_view name) {
  std::string key = NameKey(name);
  const Suffix* suffix = nullptr;
  return std::string(WithoutSuffix(key, &suffix));
}

MemberIndex::MemberIndex(const std::vector<Member>& members) {
  auto add = [this](const std::string& written, const std::string& canonical) {
    std::string key = MemberKey(written);
    by_key_.emplace(key, canonical);
    auto [it, inserted] = by_key_.emplace(kFoldedMark + FoldDiacritics(key), canonical);
    if (!inserted && it->second != canonical) it->second.clear();
  };
  for (const Member& m : members) {
    add(m.name, m.name);
    for (const std::string& alias : m.aliases) add(alias, m.name);
  }
}

std::optional<std::string> MemberIndex::Canonical(std::string_view name) const {
  std::string key = NameKey(name);
  if (std::optional<std::string> found = Whole(by_key_, key)) return found;
  return Organisation(by_key_, key);
}

}  // namespace grantcheck
