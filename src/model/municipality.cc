#include "model/municipality.h"

#include "base/text.h"

namespace grantcheck {

std::string MemberKey(std::string_view name) {
  std::string key = NameKey(name);
  for (std::string_view suffix : {" kommune", " kommun", " stad"}) {
    if (key.size() > suffix.size() && key.ends_with(suffix)) {
      key.resize(key.size() - suffix.size());
      break;
    }
  }
  return key;
}

MemberIndex::MemberIndex(const std::vector<Member>& members) {
  for (const Member& m : members) {
    by_key_.emplace(MemberKey(m.name), m.name);
    for (const std::string& alias : m.aliases) by_key_.emplace(MemberKey(alias), m.name);
  }
}

std::optional<std::string> MemberIndex::Canonical(std::string_view name) const {
  auto it = by_key_.find(MemberKey(name));
  if (it == by_key_.end()) return std::nullopt;
  return it->second;
}

}  // namespace grantcheck
