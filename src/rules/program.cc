#include "rules/program.h"

namespace grantcheck {

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kReview:
      return "review";
  }
  return "error";
}

std::string Localize(const Localized& text, std::string_view lang, std::string_view fallback) {
  for (std::string_view want : {lang, fallback}) {
    auto it = text.find(std::string(want));
    if (it != text.end()) return it->second;
  }
  return text.empty() ? std::string() : text.begin()->second;
}

}  // namespace grantcheck
