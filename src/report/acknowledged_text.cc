#include "report/acknowledged_text.h"

#include <fmt/format.h>

#include <array>

#include "base/localized_text.h"

namespace grantcheck {
namespace {

constexpr std::array kPhrases = {
    Phrase{"acknowledged", "{0} (kvitterad: {1})", "{0} (kvitteret: {1})", "{0} (kvittert: {1})",
           "{0} (acknowledged: {1})"},
};

}  // namespace

std::string WithAcknowledgement(std::string_view message, const Finding& finding,
                                std::string_view lang) {
  if (!finding.acknowledged) return std::string(message);
  return fmt::format(fmt::runtime(Pick(kPhrases, "acknowledged", lang)), message,
                     *finding.acknowledged);
}

}  // namespace grantcheck
