#include "base/localized_text.h"

namespace grantcheck {

std::string_view Pick(std::span<const Phrase> table, std::string_view key, std::string_view lang) {
  for (const Phrase& p : table) {
    if (p.key != key) continue;
    if (lang == "sv") return p.sv;
    if (lang == "da") return p.da;
    if (lang == "nb") return p.nb;
    return p.en;
  }
  return key;
}

}  // namespace grantcheck
