// The words that make a sentence of a funder's text a requirement ("ska",
// "skal ikke", "must"): one table for sv, da, nb and en. Sentences are traceability.h's.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace grantcheck {

struct RequirementWord {
  std::string_view lang;    // "sv", "da", "nb", "en"
  std::string_view phrase;  // lower case, words separated by one space
  // False for a recommendation ("bør", "should"): its sentence is traced, but
  // it cannot make a rule an error.
  bool binding = true;
};

// Every requirement word and phrase, by language. A modal that only allows
// ("kan", "får") is a requirement only with its negation ("kan inte").
std::span<const RequirementWord> RequirementWords();

// The first phrase of the table found in `text` as whole words, ignoring case
// and the amount of white space between words; nullopt when there is none.
// With `binding_only`, recommendations do not count.
std::optional<std::string_view> FindRequirementWord(std::string_view text,
                                                    bool binding_only = false);

}  // namespace grantcheck
