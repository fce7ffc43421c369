// Member municipalities and how a name an applicant wrote is matched to one:
// case-insensitively, by canonical name or alias, ignoring a trailing "kommun", "stad", "kommune".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace grantcheck {

struct Member {
  std::string name;                  // canonical: "Helsingborg"
  std::vector<std::string> aliases;  // "Helsingborgs stad", ...
};

// An index of a program's members, built once per program.
class MemberIndex {
 public:
  MemberIndex() = default;
  explicit MemberIndex(const std::vector<Member>& members);

  // The canonical member `name` denotes, or nullopt for a non-member. The
  // suffix is dropped only as a separate word: "Kristianstad" is not "Kristian".
  std::optional<std::string> Canonical(std::string_view name) const;

 private:
  std::unordered_map<std::string, std::string> by_key_;  // MemberKey -> canonical
};

// The comparison key of a municipality name: NameKey() (NFC, case-folded,
// spaces collapsed), then one trailing " kommun", " kommune" or " stad" removed.
std::string MemberKey(std::string_view name);

}  // namespace grantcheck
