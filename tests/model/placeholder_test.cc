// Template placeholders: the marker, and where a document still holds them.
#include "model/placeholder.h"

#include <doctest/doctest.h>

namespace grantcheck {
namespace {

TEST_CASE("placeholder: the marker is two angle brackets each side, around the whole value") {
  CHECK(IsPlaceholder("<<Projektledare>>"));
  CHECK(IsPlaceholder("  <<Styrgrupp 2>> "));
  CHECK(IsPlaceholder("<<>>"));
  CHECK_FALSE(IsPlaceholder("<anna.berg@helsingborg.se>"));  // a real answer in angle brackets
  CHECK_FALSE(IsPlaceholder("<Projektledare>"));
  CHECK_FALSE(IsPlaceholder("<<>"));
  CHECK_FALSE(IsPlaceholder("Anna <<Berg>> Holm"));
  CHECK_FALSE(IsPlaceholder(""));
}

TEST_CASE("placeholder: found with its path and position, lists included") {
  Document doc = LoadYaml(
      "title: \"<<Projektets namn>>\"\n"
      "organisation:\n"
      "  steering_group: [Anna Berg, \"<<Styrgrupp 2>>\"]\n"
      "  owner: Helsingborg\n"
      "budget:\n"
      "  lines:\n"
      "    - { description: <<Beskrivning>>, amount: 1 }\n",
      "app.yaml");
  REQUIRE(doc.ok);
  std::vector<PlaceholderValue> found = FindPlaceholders(doc.root);
  REQUIRE(found.size() == 3);
  CHECK(found[0].path == "title");
  CHECK(found[0].pos == Pos{1, 8});
  CHECK(found[0].text == "<<Projektets namn>>");
  CHECK(found[1].path == "organisation.steering_group[1]");
  CHECK(found[1].pos == Pos{3, 31});
  CHECK(found[2].path == "budget.lines[0].description");
  CHECK(HoldsPlaceholder(*doc.root.Find("organisation")->Find("steering_group")));
  CHECK_FALSE(HoldsPlaceholder(*doc.root.Find("organisation")->Find("owner")));
  CHECK(UnderPlaceholder("organisation", found));
  CHECK(UnderPlaceholder("organisation.steering_group", found));
  CHECK_FALSE(UnderPlaceholder("organisation.owner", found));
  CHECK_FALSE(UnderPlaceholder("budget.line", found));  // a path, not a prefix of a name
}

}  // namespace
}  // namespace grantcheck
