// Tests for jsonl and the keys json gained: each line is one element of json's
// "applications", with the application's and the rule file's SHA-256.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "report/format_fixture.h"

namespace grantcheck::testing {
namespace {

using nlohmann::json;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST_CASE("jsonl: one line per application, each equal to json's element") {
  FormatFixture fx;
  std::string text = fx.Write("jsonl");
  CHECK(text.ends_with("}\n"));
  std::vector<std::string> lines = Lines(text);
  json whole = json::parse(fx.Write("json"));
  REQUIRE(lines.size() == 3);
  for (size_t i = 0; i < lines.size(); ++i) CHECK(json::parse(lines[i]) == whole["applications"][i]);
}

TEST_CASE("jsonl: streamed: write_one writes one whole line and flushes it") {
  FormatFixture fx;
  const Format* jsonl = FindCheckFormat("jsonl");
  REQUIRE(static_cast<bool>(jsonl->write_one));
  std::ostringstream out;
  jsonl->write_one(fx.reports[1], fx.Options(), out);
  CHECK(Lines(out.str()).size() == 1);
  CHECK(json::parse(out.str())["file"] == "ans/ok.yaml");
  for (const Format& f : CheckFormats()) {
    CHECK(static_cast<bool>(f.write_one) == (f.name == "jsonl"));  // only jsonl streams
  }
}

TEST_CASE("json: each application names its SHA-256 and its rule file's") {
  FormatFixture fx;
  json apps = json::parse(fx.Write("json"))["applications"];
  CHECK(apps[0]["sha256"] == std::string(kMikroSha));
  CHECK(apps[0]["rules"] == json::parse(R"({"path": "rules/fh.toml", "sha256":
      "2222222222222222222222222222222222222222222222222222222222222222"})"));
  CHECK(apps[2]["rules"].is_null());  // no program: no rule file
  json without_run = json::parse(fx.Write("json", WriteOptions{}))["applications"];
  CHECK(without_run[0]["rules"].is_null());
  fx.reports[0].sha256.clear();
  CHECK(json::parse(fx.Write("json"))["applications"][0]["sha256"].is_null());
}

TEST_CASE("text: after a batch, the findings by rule and the rule files") {
  FormatFixture fx;
  WriteOptions batch = fx.Options();
  batch.batch_summary = true;
  std::string out = fx.Write("text", batch);
  std::string plain = fx.Write("text");
  REQUIRE(out.starts_with(plain));
  CHECK(out.substr(plain.size()) ==
        "\nPer regel:\n"
        "  FH-LEADER        1 fel, 1 att göra\n"
        "  FH-DURATION      1 fel\n"
        "  FH-PARTNERS      1 varning\n"
        "  app-unknown-key  1 varning\n"
        "  yaml-syntax      1 fel\n"
        "Regelfil fh: rules/fh.toml (SHA-256 " + std::string(kRulesSha) + ")\n");
  batch.lang = "en";
  CHECK(fx.Write("text", batch).find("\nBy rule:\n  FH-LEADER        1 error, 1 to-do\n") !=
        std::string::npos);
}

}  // namespace
}  // namespace grantcheck::testing
