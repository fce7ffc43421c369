// `rules lint`: every check of the table on files made to trip it, with the
// whole output pinned; the shipped rule file lints clean; the signature reader.
#include "rules/lint.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include "base/file_io.h"
#include "expr/builtins.h"
#include "rules/lint_internal.h"
#include "rules/rule_loader.h"

namespace grantcheck {
namespace {

std::string Data(const std::string& name) {
  return std::string(GRANTCHECK_TESTS_DIR) + "/data/lint/" + name;
}

// The findings one a line, with the test data directory cut from file names.
std::string Lines(const std::vector<Diagnostic>& ds) {
  std::string out;
  std::string dir = Data("");
  for (Diagnostic d : ds) {
    if (d.file.starts_with(dir)) d.file = d.file.substr(dir.size());
    out += FormatDiagnostic(d) + "\n";
  }
  return out;
}

// The findings of linting the test data file `name`, which must load.
std::string LintLines(const std::string& name, const LintOptions& options = {}) {
  LintResult r = LintFile(Data(name), options);
  REQUIRE(r.loaded);
  return Lines(r.findings);
}

LintOptions WithFunderText() {
  LintOptions options;
  options.funder_text = ReadInput(Data("funder.txt")).text;
  options.funder_text_file = "funder.txt";
  return options;
}

// findings.toml as loaded, for a test to change one rule of.
Program FindingsProgram() {
  LoadedProgram loaded = LoadRuleFile(Data("findings.toml"));
  REQUIRE(loaded.program);
  return *loaded.program;
}

TEST_CASE("lint: the shipped rule files are clean") {
  for (const char* name : {"familjen-helsingborg", "familjen-helsingborg-expoframtid",
                           "fremfaerd-pulje-2015", "ostfold-prosjektskjonn-2018"}) {
    INFO(name);
    LintResult r =
        LintFile(std::string(GRANTCHECK_SOURCE_DIR) + "/rules/" + name + ".toml");
    CHECK(r.loaded);
    CHECK(Lines(r.load) == "");
    CHECK(Lines(r.findings) == "");
  }
}

TEST_CASE("lint: the ExpoFramtid rules quote the older text, the inherited ones the newer") {
  std::string sources = std::string(GRANTCHECK_SOURCE_DIR) + "/sources/";
  LintOptions options;
  options.funder_text =
      ReadInput(sources + "familjen-helsingborg-projektprocessen-expoframtid.txt").text;
  options.funder_text_file = "expoframtid.txt";
  REQUIRE(options.funder_text);
  LintResult r = LintFile(
      std::string(GRANTCHECK_SOURCE_DIR) + "/rules/familjen-helsingborg-expoframtid.toml", options);
  CHECK(r.loaded);
  CHECK(Lines(r.findings) == "");
}

TEST_CASE("lint: a file that trips every check, the whole output") {
  LintResult r = LintFile(Data("findings.toml"), WithFunderText());
  REQUIRE(r.loaded);
  CHECK(Lines(r.load) == "");
  CHECK(Lines(r.findings) ==
        "findings.toml:11:1: warning: param 'unused_limit' is never read; use it as "
        "params.unused_limit or remove it [lint-unused-param]\n"
        "findings.toml:13:1: warning: rule 'X-NO-SOURCE' has no source: quote, in `source`, the "
        "sentence of the funder's text it rests on [lint-no-source]\n"
        "findings.toml:13:1: error: rule 'X-NO-SOURCE' is an error, but its source has no "
        "requirement word (ska, skal, må, must …); quote the sentence that makes it a "
        "requirement, give the reason it decides eligibility in `eligibility`, or make it a "
        "warning [lint-requirement-word]\n"
        "findings.toml:21:1: warning: the source of rule 'X-ONLY-SWEDISH' is not found word for "
        "word in funder.txt; quote the funder's sentence exactly (mark left-out words with …) "
        "[lint-no-source]\n"
        "findings.toml:21:1: warning: rule 'X-ONLY-SWEDISH' has no 'en' text for 'title'; --lang "
        "en would show another language [lint-missing-language]\n"
        "findings.toml:21:1: warning: rule 'X-ONLY-SWEDISH' has no 'en' text for 'message'; --lang "
        "en would show another language [lint-missing-language]\n"
        "findings.toml:29:1: warning: rule 'X-UNDECLARED' points at 'period.finish', which is not "
        "a field of the application format (at = \"period.finish\") [lint-undeclared-field]\n"
        "findings.toml:35:21: warning: 'period.extention_reason' is not a field of the "
        "application format (did you mean 'extension_reason'?); declare it in [[fields]] or "
        "correct the name [lint-undeclared-field]\n"
        "findings.toml:35:49: warning: 'params.max_month' is not declared in [params]; did you "
        "mean 'params.max_months'? [lint-undeclared-field]\n"
        "findings.toml:38:1: warning: rule id 'X-Undeclared' differs from 'X-UNDECLARED' (line "
        "29) only in case; give it an id of its own [lint-duplicate-id]\n"
        "findings.toml:51:10: warning: the check of rule 'X-CONSTANT' reads no field of the "
        "application, so it is true for every application [lint-constant-check]\n"
        "findings.toml:51:31: warning: the check of rule 'X-CONSTANT' writes the limit 18 into the "
        "expression; name it in [params] and write params.NAME, so that the message and the "
        "next round use the same value [lint-literal-limit]\n"
        "findings.toml:59:21: warning: '>' compares a date ('period.end') with a number ('12'); "
        "only two numbers, two dates or two strings have an order [lint-type-mismatch]\n"
        "findings.toml:59:23: warning: the check of rule 'X-TYPES' writes the limit 12 into the "
        "expression; name it in [params] and write params.NAME, so that the message and the "
        "next round use the same value [lint-literal-limit]\n"
        "findings.toml:59:42: warning: '+' cannot combine a date ('period.start') with a number "
        "('30'); use add_days() or add_months() [lint-type-mismatch]\n"
        "findings.toml:59:44: warning: the check of rule 'X-TYPES' writes the limit 30 into the "
        "expression; name it in [params] and write params.NAME, so that the message and the "
        "next round use the same value [lint-literal-limit]\n"
        "findings.toml:59:84: warning: the check of rule 'X-TYPES' writes the limit 12 into the "
        "expression; name it in [params] and write params.NAME, so that the message and the "
        "next round use the same value [lint-literal-limit]\n"
        "findings.toml:59:84: warning: months() expects a date as argument 2, and '12' is a "
        "number; usage: months(start: date, end: date) -> number [lint-type-mismatch]\n"
        "findings.toml:60:33: warning: '-' cannot combine a date ('period.start') with a date "
        "('period.end'); use days(a, b) or months(a, b) [lint-type-mismatch]\n"
        "findings.toml:67:44: warning: 'budget.lines[].category' is never 'personel': its values "
        "are personnel, services, material, travel, communication, overhead, other; did you mean "
        "'personnel'? [lint-unknown-value]\n"
        "findings.toml:67:88: warning: 'budget.lines.amount' reads the field 'amount' of a list; "
        "use an index ([0]) or a macro such as .map(x, x.amount) [lint-type-mismatch]\n"
        "findings.toml:70:1: warning: the [[not_checked]] sentence \"Projektet ska redovisa sina "
        "kostnader.\" is no requirement sentence of funder.txt; quote one exactly, or remove the "
        "entry [lint-untraced-sentence]\n"
        "findings.toml:75:1: warning: the 'sv' message of rule 'X-READABILITY' is 646 characters "
        "long (more than 600); write each case as a message variant (message.NAME, chosen by a "
        "named condition) and name its values in `let` [lint-long-message]\n"
        "findings.toml:81:10: warning: rule 'X-READABILITY' writes 'months(period.start, "
        "period.end)' 2 times (first at line 80, column 30); name it once in the rule's `let` "
        "(let = { NAME = \"…\" }) and write NAME [lint-repeated-expression]\n"
        "findings.toml:82:33: warning: the 'sv' message of rule 'X-READABILITY' picks its wording "
        "with '… ? … : …'; write each wording as a message variant (message.NAME) chosen by a "
        "named condition [lint-message-ternary]\n");
}

TEST_CASE("lint: every row of the table finds something in findings.toml") {
  LintResult r = LintFile(Data("findings.toml"), WithFunderText());
  std::set<std::string> ids;
  for (const Diagnostic& d : r.findings) ids.insert(d.id);
  for (const LintCheck& check : LintChecks()) {
    INFO(check.id);
    CHECK(ids.contains(std::string(check.id)));
  }
}

TEST_CASE("lint: a source is found across line breaks and around an ellipsis") {
  Program p = FindingsProgram();
  p.rules.resize(1);
  LintOptions options = WithFunderText();
  p.rules[0].source = "I undantagsfall kan en projektperiod på 18 månader beviljas.";
  CHECK(Lines(LintProgram(p, options)).find("lint-no-source") == std::string::npos);
  p.rules[0].source = "Projektet kan pågå … inklusive slutrapportering.";
  CHECK(Lines(LintProgram(p, options)).find("lint-no-source") == std::string::npos);
  p.rules[0].source = "Projektet kan pågå … inklusive rapportering.";
  CHECK(Lines(LintProgram(p, options)).find("lint-no-source") != std::string::npos);
}

// The findings of one id, one a line.
std::string Only(const std::vector<Diagnostic>& ds, std::string_view id) {
  std::vector<Diagnostic> kept;
  for (const Diagnostic& d : ds) {
    if (d.id == id) kept.push_back(d);
  }
  return Lines(kept);
}

TEST_CASE("lint: --text traces every requirement sentence of the text") {
  Program p = FindingsProgram();
  LintOptions options;
  options.funder_text_file = "funder.txt";
  options.funder_text =
      "Tid\n\nProjektet kan pågå under max 12 månader, inklusive slutrapportering. Medel kan "
      "inte\nfinansiera löner.\n\nProjektet ska redovisa sina kostnader.\n";
  // Quoted by X-UNDECLARED and others; listed under [[not_checked]]; neither.
  CHECK(Only(LintProgram(p, options), "lint-untraced-sentence") ==
        "funder.txt:3:1: warning: \"Medel kan inte finansiera löner.\" says 'kan inte', but no "
        "rule or deadline quotes it; quote it in a rule's source, or list it under "
        "[[not_checked]] with a reason [lint-untraced-sentence]\n");
  p.rules[1].source = "Projektet ska redovisa sina kostnader. Medel kan inte finansiera löner.";
  CHECK(Only(LintProgram(p, options), "lint-untraced-sentence") ==
        "findings.toml:70:1: warning: the [[not_checked]] sentence \"Projektet ska redovisa sina "
        "kostnader.\" is quoted by a rule or deadline, so it is checked; remove the entry "
        "[lint-untraced-sentence]\n");
  // Without the text there is nothing to trace.
  CHECK(Only(LintProgram(p), "lint-untraced-sentence") == "");
}

TEST_CASE("lint: an error rule needs a requirement word in its source, a warning does not") {
  Program p = FindingsProgram();
  p.rules.resize(3);
  p.rules[2].source = "Projektägare utser en styrgrupp för projektet.";
  CHECK(Only(LintProgram(p), "lint-requirement-word") ==
        "findings.toml:13:1: error: rule 'X-NO-SOURCE' is an error, but its source has no "
        "requirement word (ska, skal, må, must …); quote the sentence that makes it a "
        "requirement, give the reason it decides eligibility in `eligibility`, or make it a "
        "warning [lint-requirement-word]\n"
        "findings.toml:29:1: error: rule 'X-UNDECLARED' is an error, but its source has no "
        "requirement word (ska, skal, må, must …); quote the sentence that makes it a "
        "requirement, give the reason it decides eligibility in `eligibility`, or make it a "
        "warning [lint-requirement-word]\n");
  // A rule that says who may apply decides eligibility without such a word,
  // when the file gives the reason.
  p.rules[2].eligibility = {{"en", "Only the member municipalities can apply."}};
  CHECK(Only(LintProgram(p), "lint-requirement-word") ==
        "findings.toml:13:1: error: rule 'X-NO-SOURCE' is an error, but its source has no "
        "requirement word (ska, skal, må, must …); quote the sentence that makes it a "
        "requirement, give the reason it decides eligibility in `eligibility`, or make it a "
        "warning [lint-requirement-word]\n");
  p.rules[2].severity = Severity::kWarning;
  p.rules[0].source = "Projektet ska ha en styrgrupp.";
  CHECK(Only(LintProgram(p), "lint-requirement-word") == "");
}

TEST_CASE("lint: a param inherited through extends is not the extending file's to remove") {
  LintResult r = LintFile(Data("extends-child.toml"));
  REQUIRE(r.loaded);
  CHECK(Lines(r.findings) ==
        "extends-child.toml:10:1: warning: param 'spare' is never read; use it as params.spare or "
        "remove it [lint-unused-param]\n");
}

TEST_CASE("lint: --text holds only the rules written in this file to it, not inherited ones") {
  // The inherited X-BASE-QUOTE quotes its own file's text; the inherited
  // X-BASE-REVIEW has no expression, and is still placed in its own file.
  CHECK(LintLines("extends-quotes-child.toml", WithFunderText()) ==
        "extends-quotes-base.toml:18:1: warning: rule 'X-BASE-REVIEW' has no 'en' text for "
        "'title'; --lang en would show another language [lint-missing-language]\n"
        "extends-quotes-child.toml:16:1: warning: the source of rule 'X-CHILD-BAD' is not found "
        "word for word in funder.txt; quote the funder's sentence exactly (mark left-out words "
        "with …) [lint-no-source]\n");
}

TEST_CASE("lint: batch rules have sources, both languages and ids of their own") {
  CHECK(LintLines("batch-texts.toml") ==
        "batch-texts.toml:17:1: warning: batch rule 'X-Round' has no source: quote, in `source`, "
        "the sentence of the funder's text it rests on [lint-no-source]\n"
        "batch-texts.toml:17:1: warning: batch rule 'X-Round' has no 'en' text for 'title'; "
        "--lang en would show another language [lint-missing-language]\n"
        "batch-texts.toml:17:1: warning: rule id 'X-Round' differs from 'X-ROUND' (line 10) only "
        "in case; give it an id of its own [lint-duplicate-id]\n");
}

TEST_CASE("lint: batch rules read `batch` and `group`, lists of applications") {
  LintResult r = LintFile(Data("batch.toml"));
  REQUIRE(r.loaded);
  CHECK(Lines(r.findings) ==
        "batch.toml:14:161: warning: 'budget.requestd' is not a field of the application format "
        "(did you mean 'requested'?); declare it in [[fields]] or correct the name "
        "[lint-undeclared-field]\n");
}

TEST_CASE("lint: what the loader refuses comes back as its own diagnostics") {
  std::string dir = std::string(GRANTCHECK_TESTS_DIR) + "/data/cli/broken-rules.toml";
  LintResult r = LintFile(dir);
  CHECK_FALSE(r.loaded);
  CHECK_FALSE(r.load.empty());
  CHECK(r.findings.empty());
}

TEST_CASE("lint: a check of members() of a literal is constant (no members here), today() is not") {
  Program p = FindingsProgram();
  p.rules.resize(1);
  p.rules[0].source = "x";
  p.rules[0].check = Compile("len(members(['Bjuv'])) == 0").expr;
  CHECK(Lines(LintProgram(p)).find("so it is true for every application [lint-constant-check]") !=
        std::string::npos);
  p.rules[0].check = Compile("today() > date('2025-01-01')").expr;
  CHECK(Lines(LintProgram(p)).find("lint-constant-check") == std::string::npos);
  p.rules[0].check = Compile("[1, 2].all(x, x > 0) && period.start < period.end").expr;
  CHECK(Lines(LintProgram(p)).find("lint-constant-check") == std::string::npos);
}

TEST_CASE("lint: builtin signatures read as types") {
  using lint::ParseSignature;
  using K = FieldKind;
  auto sig = [](std::string_view name) {
    return ParseSignature(FindBuiltin(name)->signature);
  };
  CHECK(sig("months").args == std::vector<std::vector<K>>{{K::kDate}, {K::kDate}});
  CHECK(sig("months").result == K::kNumber);
  CHECK(sig("add_days").args == std::vector<std::vector<K>>{{K::kDate}, {K::kNumber}});
  CHECK(sig("add_days").result == K::kDate);
  CHECK(sig("len").args == std::vector<std::vector<K>>{{K::kString, K::kList, K::kMap}});
  CHECK(sig("contains").args == std::vector<std::vector<K>>{{K::kString, K::kList}, {}});
  CHECK(sig("contains").result == K::kAny);
  CHECK(sig("min").result_like_arguments);
  CHECK(sig("members").result == K::kList);
  CHECK(sig("members").result_element == K::kString);
  CHECK(sig("round").args == std::vector<std::vector<K>>{{K::kNumber}, {}});
  CHECK(sig("has").args == std::vector<std::vector<K>>{{}});
  // Every builtin's signature reads without surprises: a result, or none given.
  for (const Builtin& b : Builtins()) {
    INFO(b.signature);
    lint::Signature s = ParseSignature(b.signature);
    CHECK(s.args.size() >= static_cast<size_t>(b.min_args));
  }
}

}  // namespace
}  // namespace grantcheck
