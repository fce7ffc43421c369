// A secretariat's batch end to end: 1,000 generated applications checked with
// --jobs 1 and --jobs 2 give the same bytes, in input order, in jsonl and text.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "cli/run_cli.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

constexpr int kApplications = 1000;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string AppName(int i) {
  char name[32];
  std::snprintf(name, sizeof name, "app-%04d.yaml", i);
  return name;
}

TEST_CASE("check cli: 1,000 applications print the same bytes with --jobs 1 and --jobs 2") {
  TempDir dir;
  ToolResult gen = RunTool(std::string(GRANTCHECK_PYTHON) + " tests/tools/gen_applications.py '" +
                           dir.File("batch") + "' " + std::to_string(kApplications));
  REQUIRE_MESSAGE(gen.status == 0, gen.output);
  // jsonl streamed to standard output and text to a file, in one run each.
  auto run = [&](int jobs) {
    std::string text = dir.File("text-" + std::to_string(jobs) + ".txt");
    CliResult r = RunCli("check --today 2026-01-01 --jobs " + std::to_string(jobs) +
                         " --format jsonl --format text='" + text + "' '" + dir.File("batch") + "'");
    return std::pair(r, ReadFile(text));
  };
  auto [one, one_text] = run(1);
  auto [two, two_text] = run(2);
  CHECK(one.status == 2);  // some files cannot be read, by design of the generator
  CHECK(two.status == one.status);
  CHECK(two.out == one.out);
  CHECK(two_text == one_text);

  std::vector<std::string> lines = Lines(one.out);
  REQUIRE(lines.size() == kApplications);
  std::vector<int> by_status(3);
  for (int i = 0; i < kApplications; ++i) {
    nlohmann::json app = nlohmann::json::parse(lines[i]);
    CHECK(app["file"].get<std::string>().ends_with("/batch/" + AppName(i)));
    std::string status = app["status"];
    by_status[status == "pass" ? 0 : status == "fail" ? 1 : 2]++;
  }
  // The generator's mix: passing, failing and unreadable files all present.
  CHECK(by_status[0] > 400);
  CHECK(by_status[1] > 300);
  CHECK(by_status[2] >= 20);
  CHECK(one_text.find("\n1000 ansökningar: ") != std::string::npos);
  size_t first = one_text.find(AppName(1));
  CHECK(first < one_text.find(AppName(998)));
}

}  // namespace
}  // namespace grantcheck::testing
