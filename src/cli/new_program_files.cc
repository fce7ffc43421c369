#include "cli/new_program_files.h"

#include <array>
#include <utility>

namespace grantcheck {
namespace {

// What differs between the languages of a skeleton: one row per language.
struct Skeleton {
  std::string_view lang;
  std::string_view currency;
  std::string_view title;    // of the example rule
  std::string_view message;  // of the example rule, with {params.max_months}
};

constexpr std::array kSkeletons = {
    Skeleton{"sv", "SEK", "Projektperiodens längd",
             "Projektperioden är längre än {params.max_months} månader, som är det längsta "
             "programmet tillåter."},
    Skeleton{"da", "DKK", "Projektperiodens længde",
             "Projektperioden er længere end {params.max_months} måneder, som er det længste "
             "programmet tillader."},
    Skeleton{"nb", "NOK", "Prosjektperiodens lengde",
             "Prosjektperioden er lengre enn {params.max_months} måneder, som er det lengste "
             "programmet tillater."},
    Skeleton{"en", "EUR", "Length of the project period",
             "The project period is longer than {params.max_months} months, the longest the "
             "programme allows."},
};

const Skeleton& English() { return kSkeletons.back(); }

// `text` with each @KEY@ of `values` replaced.
std::string Fill(std::string text,
                 const std::vector<std::pair<std::string_view, std::string>>& values) {
  for (const auto& [key, value] : values) {
    for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at)) {
      text.replace(at, key.size(), value);
      at += value.size();
    }
  }
  return text;
}

// A TOML inline table of the texts by language: the program's and English.
std::string Texts(const Skeleton& s, std::string_view Skeleton::*field) {
  std::string out = "{ " + std::string(s.lang) + " = \"" + std::string(s.*field) + "\"";
  if (s.lang != "en") out += ", en = \"" + std::string(English().*field) + "\"";
  return out + " }";
}

constexpr std::string_view kRuleFile = R"(# @ID@: the rule file of one funding programme.
#
# Written by `grantcheck new-program @ID@` as a start: replace every REPLACE
# with the funder's own words and figures, one [[rules]] per requirement
# sentence of the funder's text. docs/new-program.md goes through each
# section; docs/rules.md shows how to write, test and lint a rule. Then run
#
#   grantcheck rules lint rules/@ID@.toml
#   grantcheck test --require-coverage rules/@ID@.tests.yaml

[program]
id = "@ID@"
name = "REPLACE: the name of the funding programme"
language = "@LANG@"
currency = "@CURRENCY@"

# Every figure the text gives, named once: checks and messages read
# params.NAME, never the number itself.
[params]
max_months = 12  # REPLACE: the longest project period, as the text gives it

# One requirement of the text: its sentence, word for word, in `source`; the
# check it implies; what the applicant reads when it fails.
[[rules]]
id = "@RULE@"
severity = "error"
title = @TITLE@
source = "REPLACE: the project must last at most 12 months."
at = "period.end"
check = "months(period.start, period.end) <= params.max_months"
message = @MESSAGE@
)";

constexpr std::string_view kTests = R"(# Test cases for @ID@.toml: each case changes examples/@ID@-passes.yaml a
# little, or starts from examples/@ID@-fails.yaml, and says what the named
# rules must then give. Every rule needs a case that passes and one that
# fails, at the boundary the text draws: the limit itself, and one unit past
# it. Run them with
#
#   grantcheck test --require-coverage rules/@ID@.tests.yaml
base: ../examples/@ID@-passes.yaml
cases:
  - name: the example that passes passes every rule
    expect:
      @RULE@: pass

  - name: the example that fails fails where it should
    base: ../examples/@ID@-fails.yaml
    expect:
      @RULE@: fail

  - name: a period of exactly max_months (12) passes
    set: { period.start: 2026-01-01, period.end: 2026-12-31 }
    expect:
      @RULE@: pass

  - name: a period one month longer fails
    set: { period.start: 2026-01-01, period.end: 2027-01-31 }
    expect:
      @RULE@: fail
)";

constexpr std::string_view kPasses = R"(# An application to @ID@ that passes every rule of rules/@ID@.toml;
# the tests in rules/@ID@.tests.yaml start from it.
program: @ID@
title: REPLACE with a project that passes every rule
period:
  start: 2026-02-01
  end: 2026-11-30
)";

constexpr std::string_view kFails = R"(# An application to @ID@ that fails on purpose: the period is 18 months
# (@RULE@).
program: @ID@
title: REPLACE with a project that fails, one rule per line
period:
  start: 2026-01-01
  end: 2027-06-30
)";

}  // namespace

bool IsProgramId(std::string_view id) {
  if (id.empty() || id.size() > kMaxNewProgramId || id.front() < 'a' || id.front() > 'z' ||
      id.back() == '-') {
    return false;
  }
  char previous = 0;
  for (char c : id) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && previous != '-');
    if (!ok) return false;
    previous = c;
  }
  return true;
}

std::optional<std::vector<NewProgramFile>> NewProgramFiles(const std::string& id,
                                                           std::string_view lang) {
  const Skeleton* skeleton = nullptr;
  for (const Skeleton& s : kSkeletons) {
    if (s.lang == lang) skeleton = &s;
  }
  if (skeleton == nullptr) return std::nullopt;
  std::string rule;
  for (char c : id) rule += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  rule += "-DURATION";
  std::vector<std::pair<std::string_view, std::string>> values = {
      {"@ID@", id},
      {"@RULE@", rule},
      {"@LANG@", std::string(skeleton->lang)},
      {"@CURRENCY@", std::string(skeleton->currency)},
      {"@TITLE@", Texts(*skeleton, &Skeleton::title)},
      {"@MESSAGE@", Texts(*skeleton, &Skeleton::message)},
  };
  return std::vector<NewProgramFile>{
      {"rules/" + id + ".toml", Fill(std::string(kRuleFile), values)},
      {"rules/" + id + ".tests.yaml", Fill(std::string(kTests), values)},
      {"examples/" + id + "-passes.yaml", Fill(std::string(kPasses), values)},
      {"examples/" + id + "-fails.yaml", Fill(std::string(kFails), values)},
  };
}

}  // namespace grantcheck
