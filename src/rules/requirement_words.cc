#include "rules/requirement_words.h"

#include <array>
#include <string>

#include "base/text.h"

namespace grantcheck {
namespace {

// "inte kan" and "ikke kan" are the same negations in a subordinate clause
// ("at skjønnsmidlene ikke kan brukes"). "krävs" and its cousins name the
// requirement outright ("Vad krävs för att genomföra ett projekt?"); "max",
// "senest" and "søknadsfristen" state a limit ("kan pågå under max 12
// månader", "Søknadsfristen er 31. mars").
constexpr std::array kWords = {
    RequirementWord{"sv", "ska"},         RequirementWord{"sv", "skall"},
    RequirementWord{"sv", "måste"},       RequirementWord{"sv", "kan inte"},
    RequirementWord{"sv", "inte kan"},    RequirementWord{"sv", "får inte"},
    RequirementWord{"sv", "inte får"},    RequirementWord{"sv", "kan ej"},
    RequirementWord{"sv", "får ej"},      RequirementWord{"sv", "bör", false},
    RequirementWord{"sv", "krävs"},       RequirementWord{"sv", "max"},
    RequirementWord{"sv", "högst"},       RequirementWord{"sv", "senast"},
    RequirementWord{"da", "skal"},        RequirementWord{"da", "skal ikke"},
    RequirementWord{"da", "må"},          RequirementWord{"da", "må ikke"},
    RequirementWord{"da", "kan ikke"},    RequirementWord{"da", "ikke kan"},
    RequirementWord{"da", "bør", false},         RequirementWord{"da", "kræves"},
    RequirementWord{"da", "krav"},        RequirementWord{"da", "højst"},
    RequirementWord{"da", "senest"},      RequirementWord{"da", "ansøgningsfrist"},
    RequirementWord{"nb", "skal"},        RequirementWord{"nb", "skal ikke"},
    RequirementWord{"nb", "må"},          RequirementWord{"nb", "må ikke"},
    RequirementWord{"nb", "kan ikke"},    RequirementWord{"nb", "ikke kan"},
    RequirementWord{"nb", "bør", false},         RequirementWord{"nb", "kreves"},
    RequirementWord{"nb", "maks"},        RequirementWord{"nb", "høyst"},
    RequirementWord{"nb", "senest"},      RequirementWord{"nb", "frist"},
    RequirementWord{"nb", "søknadsfrist"}, RequirementWord{"nb", "søknadsfristen"},
    RequirementWord{"en", "must"},        RequirementWord{"en", "must not"},
    RequirementWord{"en", "shall"},       RequirementWord{"en", "shall not"},
    RequirementWord{"en", "may not"},     RequirementWord{"en", "cannot"},
    RequirementWord{"en", "should", false},      RequirementWord{"en", "required"},
    RequirementWord{"en", "at most"},     RequirementWord{"en", "no later than"},
    RequirementWord{"en", "deadline"},
};

// A byte that belongs to a word: an ASCII letter or digit, or any byte of a
// multi-byte UTF-8 sequence (å, ø, ä are letters in every text we read).
bool WordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
}

// `text` in lower case with each run of non-word bytes as one space, padded
// with a space at each end, so that " ska " finds "ska" as a whole word.
std::string Words(std::string_view text) {
  std::string lower = Lowercase(text);
  std::string out = " ";
  for (char c : lower) {
    if (WordByte(c)) {
      out += c;
    } else if (out.back() != ' ') {
      out += ' ';
    }
  }
  if (out.back() != ' ') out += ' ';
  return out;
}

}  // namespace

std::span<const RequirementWord> RequirementWords() { return kWords; }

std::optional<std::string_view> FindRequirementWord(std::string_view text, bool binding_only) {
  const std::string words = Words(text);
  for (const RequirementWord& w : kWords) {
    if (binding_only && !w.binding) continue;
    if (words.find(" " + std::string(w.phrase) + " ") != std::string::npos) return w.phrase;
  }
  return std::nullopt;
}

}  // namespace grantcheck
