#include "expr/input_error.h"

#include <fmt/format.h>

#include <array>

#include "base/localized_text.h"

namespace grantcheck {
namespace {

constexpr std::array kPhrases = {
    Phrase{"invalid", "[ogiltigt värde i {0}]", "[ugyldig værdi i {0}]", "[ugyldig verdi i {0}]",
           "[invalid value in {0}]"},
    Phrase{"cannot-judge", "{0}: kan inte bedömas förrän {1} är rättat",
           "{0}: kan ikke vurderes, før {1} er rettet", "{0}: kan ikke vurderes før {1} er rettet",
           "{0}: cannot be judged until {1} is corrected"},
};

}  // namespace

std::optional<std::string> InputErrorPath(const ErrorData& error) {
  if (!(error.span == Span{})) return std::nullopt;
  const size_t colon = error.message.find(": ");
  if (colon == std::string::npos || colon == 0) return std::nullopt;
  const std::string path = error.message.substr(0, colon);
  // A field path has no spaces; anything else is not the typing's message.
  if (path.find(' ') != std::string::npos) return std::nullopt;
  return path;
}

std::string InvalidValueText(std::string_view path, std::string_view lang) {
  return fmt::format(fmt::runtime(Pick(kPhrases, "invalid", lang)), path);
}

std::string CannotJudgeText(std::string_view title, std::string_view path, std::string_view lang) {
  return fmt::format(fmt::runtime(Pick(kPhrases, "cannot-judge", lang)), title, path);
}

}  // namespace grantcheck
