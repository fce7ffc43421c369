// The requirement words: whole words in any case, negations as phrases, and
// the words that only allow ("kan", "får") are no requirement alone.
#include "rules/requirement_words.h"

#include <doctest/doctest.h>

#include <string>

namespace grantcheck {
namespace {

TEST_CASE("requirement words: found as whole words, in any case") {
  struct {
    const char* text;
    const char* word;  // "" = none
  } cases[] = {
      {"Projektet ska sprida resultat.", "ska"},
      {"Ett projekt SKALL ha en plan.", "skall"},
      {"Redan vid ansökan måste det finnas en plan.", "måste"},
      {"Medel kan inte finansiera befattningar.", "kan inte"},
      {"at skjønnsmidlene ikke kan brukes som egenandel", "ikke kan"},
      {"Læring og formidling av resultater må stå sentralt.", "må"},
      {"Det skal være noe nytt.", "skal"},
      {"Projektet kan pågå under max 12 månader.", "max"},
      {"Søknadsfristen er 31. mars.", "søknadsfristen"},
      {"Applications must reach us by May.", "must"},
      {"Vad krävs för att genomföra ett projekt?", "krävs"},
      {"Projektägare utser en styrgrupp för projektet.", ""},
      {"Det er avsatt kr 5,5 millioner som kommunene kan søke på.", ""},
      {"Syftet är att skapa betydande framsteg.", ""},   // "ska" inside "skapa"
      {"Det får gärna finnas annan delfinansiering.", ""},  // allows, does not require
      {"", ""},
  };
  for (const auto& c : cases) {
    INFO(c.text);
    std::optional<std::string_view> word = FindRequirementWord(c.text);
    CHECK(std::string(word.value_or("")) == c.word);
  }
}

TEST_CASE("requirement words: a recommendation is traced but binds no error rule") {
  for (const char* text : {"Projektet bör ha en styrgrupp.", "Prosjektet bør ha en styringsgruppe.",
                           "The project should have a steering group."}) {
    INFO(text);
    CHECK(FindRequirementWord(text) != std::nullopt);
    CHECK(FindRequirementWord(text, true) == std::nullopt);
  }
  CHECK(std::string(FindRequirementWord("Projektet ska ha en styrgrupp.", true).value_or("")) ==
        "ska");
}

TEST_CASE("requirement words: every language has some, each written in lower case") {
  for (const char* lang : {"sv", "da", "nb", "en"}) {
    size_t n = 0;
    for (const RequirementWord& w : RequirementWords()) n += w.lang == lang;
    CHECK_MESSAGE(n >= 5, lang);
  }
  for (const RequirementWord& w : RequirementWords()) {
    CHECK(FindRequirementWord(std::string(w.phrase)) != std::nullopt);
  }
}

}  // namespace
}  // namespace grantcheck
