// The csv formats written directly: header, BOM, CRLF, each dialect's
// delimiter and decimal mark, and amounts that stay numbers while text is defused.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "report/writer.h"

namespace grantcheck {
namespace {

std::string Write(std::string_view format, const std::vector<AppReport>& reports) {
  const Format* f = FindCheckFormat(format);
  REQUIRE(f != nullptr);
  std::ostringstream out;
  f->write(reports, WriteOptions{}, out);
  return out.str();
}

std::vector<AppReport> Reports() {
  AppReport a{.file = "a.yaml",
              .program_id = "fh",
              .language = "sv",
              .findings = {Finding{.rule_id = "R", .status = Status::kFail}},
              .sha256 = "ab",
              .facts = {.title = "-1+1",
                        .municipalities = {"Bjuv", "Höganäs"},
                        .end = ParseDate("2026-08-31"),
                        .requested = Decimal::Parse("-1234.5"),
                        .total_budget = Decimal::Parse("1000000")}};
  return {a};
}

constexpr std::string_view kHeader =
    "file{0}program{0}title{0}applicant{0}municipalities{0}start{0}end{0}requested{0}currency{0}"
    "total_budget{0}status{0}errors{0}warnings{0}todos{0}attention{0}sha256{0}language\r\n";

std::string Header(char delimiter) {
  std::string h(kHeader);
  for (size_t at; (at = h.find("{0}")) != std::string::npos;) h.replace(at, 3, 1, delimiter);
  return h;
}

TEST_CASE(
    "csv writer: semicolon with a decimal comma, comma with a decimal point, amounts stay "
    "numbers") {
  CHECK(Write("csv", Reports()) ==
        "\xEF\xBB\xBF" + Header(';') +
            "a.yaml;fh;'-1+1;;Bjuv, Höganäs;;2026-08-31;-1234,5;;1000000;fail;1;0;0;0;ab;sv\r\n");
  CHECK(
      Write("csv-comma", Reports()) ==
      "\xEF\xBB\xBF" + Header(',') +
          "a.yaml,fh,'-1+1,,\"Bjuv, Höganäs\",,2026-08-31,-1234.5,,1000000,fail,1,0,0,0,ab,sv\r\n");
  CHECK(Write("csv", {}) == "\xEF\xBB\xBF" + Header(';'));
}

}  // namespace
}  // namespace grantcheck
