// Member matching: canonical names, aliases, case, suffixes, Unicode forms.
#include "model/municipality.h"

#include <doctest/doctest.h>

namespace grantcheck {
namespace {

MemberIndex FamiljenHelsingborg() {
  return MemberIndex({{"Helsingborg", {"Helsingborgs stad"}},
                      {"Höganäs", {}},
                      {"Landskrona", {"Landskrona stad"}},
                      {"Ängelholm", {}}});
}

TEST_CASE("municipality: canonical names, aliases, case and suffixes") {
  MemberIndex idx = FamiljenHelsingborg();
  struct {
    const char* written;
    const char* canonical;  // "" = not a member
  } cases[] = {
      {"Helsingborg", "Helsingborg"},
      {"helsingborg", "Helsingborg"},
      {"HELSINGBORGS STAD", "Helsingborg"},
      {"Helsingborgs kommun", "Helsingborg"},
      {"Helsingborg kommun", "Helsingborg"},
      {"  Höganäs  kommun ", "Höganäs"},
      {"HÖGANÄS", "Höganäs"},
      {"Ho\xcc\x88gana\xcc\x88s", "Höganäs"},  // decomposed ö and ä, as macOS types them
      {"Ängelholms kommun", ""},               // genitive without an alias is not guessed
      {"Ängelholm kommune", "Ängelholm"},
      {"Landskrona stad", "Landskrona"},
      {"Malmö", ""},
      {"Malmö stad", ""},
      {"Höganäskommun", ""},  // the suffix counts only as a separate word
      {"", ""},
  };
  for (const auto& c : cases) {
    INFO(c.written);
    std::optional<std::string> got = idx.Canonical(c.written);
    CHECK(got.value_or("") == c.canonical);
  }
}

TEST_CASE("municipality: the key drops one suffix only") {
  CHECK(MemberKey("Kristianstad") == "kristianstad");
  CHECK(MemberKey("Kristianstads kommun") == "kristianstads");
  CHECK(MemberKey("Stad stad") == "stad");
  CHECK(MemberKey("stad") == "stad");
}

}  // namespace
}  // namespace grantcheck
