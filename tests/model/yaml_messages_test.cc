// What an applicant reads when the file is not valid YAML: the common slips in
// plain words, at the place to fix, naming where an unclosed bracket opened.
#include <doctest/doctest.h>

#include <string>

#include "model/document.h"

namespace grantcheck {
namespace {

std::string Only(const Document& doc) {
  REQUIRE(doc.diagnostics.size() == 1);
  const Diagnostic& d = doc.diagnostics[0];
  CHECK(d.id == "yaml-syntax");
  return std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + " " + d.message;
}

TEST_CASE("yaml slips: a colon inside a value says to quote the value") {
  const std::string text = "program: x\ntitle: Mål: bättre vård\n";
  CHECK(Only(LoadYaml(text, "f.yaml")) ==
        "2:11 a colon followed by a space inside a value starts a new key; put the whole value "
        "in quotes, as in title: \"Goal: better care\"");
  CHECK(Only(LoadYaml(text, "f.yaml", "sv")).starts_with("2:11 ett kolon följt av mellanslag"));
}

TEST_CASE("yaml slips: a key indented under a line that has a value") {
  CHECK(Only(LoadYaml("title: x\n  summary: y\n", "f.yaml")) ==
        "2:10 this line is indented further than the line above, which already has a value; "
        "line the key up with the keys above it");
}

TEST_CASE("yaml slips: a key that does not line up names where its mapping starts") {
  const std::string text = "applicant:\n    organisation: A\n  municipality: B\n";
  CHECK(Only(LoadYaml(text, "f.yaml")) ==
        "3:3 this line does not line up with the keys above it (they start at line 1, column "
        "1); keys at one level start in the same column");
  CHECK(Only(LoadYaml(text, "f.yaml", "da")).starts_with("3:3 linjen står ikke på linje"));
}

TEST_CASE("yaml slips: a list item at the wrong depth") {
  // Less indented than the items above: the list has ended, and a '- ' is no key.
  CHECK(Only(LoadYaml("activities:\n    - A1\n  - A2\n", "f.yaml")) ==
        "3:3 this list item does not line up with the items above it; every '- ' of one list "
        "starts in the same column");
  // More indented, inside a list of mappings: the list's start is named.
  const std::string deeper = Only(LoadYaml("a:\n  - x: 1\n    - y\n", "f.yaml"));
  CAPTURE(deeper);
  CHECK((deeper.find("does not line up") != std::string::npos));
}

TEST_CASE("yaml slips: a list item on its key's line") {
  CHECK(Only(LoadYaml("areas: - a\n", "f.yaml")) ==
        "1:8 a list item ('- ') cannot start on the same line as its key; start it on the next "
        "line, indented");
}

TEST_CASE("yaml slips: an unclosed bracket names where it was opened") {
  CHECK(Only(LoadYaml("a: 1\nareas: [x, y\nb: 2\n", "f.yaml")) ==
        "3:2 the list opened with '[' at line 2, column 8 is never closed: end it with ']' and "
        "separate its items with ','");
  CHECK(Only(LoadYaml("a: 1\nareas: [x, y\nb: 2\n", "f.yaml", "nb"))
            .starts_with("3:2 listen som åpnes med '[' på linje 2, kolonne 8, lukkes aldri"));
  const std::string brace = Only(LoadYaml("budget: {requested: 5\nx: 1\n", "f.yaml"));
  CHECK(brace.find("the '{' at line 1, column 9 is never closed") != std::string::npos);
  // A [index] inside { } in a rule test's `set:` gets the quoting hint too.
  const std::string indexed = Only(LoadYaml("set: { budget.lines[0].amount: 5 }\n", "f.yaml"));
  CHECK(indexed.find("must be quoted, as in { \"budget.lines[0].amount\": 5 }") !=
        std::string::npos);
}

TEST_CASE("yaml slips: an unclosed quote and a tab, in every language") {
  CHECK(Only(LoadYaml("a: \"open\nb: 1\n", "f.yaml", "sv")) ==
        "1:4 citattecknet som börjar här stängs aldrig (saknar \")");
  CHECK(Only(LoadYaml("a:\n\tb: 1\n", "f.yaml", "da")) ==
        "2:3 linjen er rykket ind med tabulator; YAML tillader kun mellemrum, så skift "
        "tabulatoren ud med mellemrum");
}

TEST_CASE("yaml slips: a value beginning with a reserved character") {
  CHECK(Only(LoadYaml("contact: @anna\n", "f.yaml")) ==
        "1:10 a value cannot begin with '@'; put the value in quotes");
}

TEST_CASE("yaml slips: what is not a common slip keeps the parser's words, introduced") {
  const std::string got = Only(LoadYaml("a: *\n", "f.yaml", "sv"));
  CAPTURE(got);
  CHECK(got.find("det här är inte giltig YAML (parsern säger: ") != std::string::npos);
}

}  // namespace
}  // namespace grantcheck
