// Each safety limit not crossed elsewhere, crossed here: evaluation cost,
// rule-file size and nesting, extends chains, and a long list through the
// shipped rules. (YAML depth and aliases: tests/model/document_test.cc;
// expression length and depth: tests/expr/parser_test.cc; input size:
// bad_input_test.cc.)
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "cli/run_cli.h"
#include "expr/expression.h"
#include "rules/rule_loader.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

std::string Repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

// `text` evaluated with `xs` bound to n distinct strings, at most `steps` steps.
std::string Run(const std::string& text, int n, uint64_t steps = kMaxEvalSteps) {
  std::vector<Value> items;
  for (int i = 0; i < n; ++i) items.push_back(Value::String("name-" + std::to_string(i)));
  Value root = Value::Map({{"xs", Value::List(std::move(items), "xs")}});
  Value params = Value::Map({});
  EvalContext ctx;
  ctx.max_steps = steps;
  ctx.canonical_member = [](std::string_view) { return std::nullopt; };
  CompileResult c = Compile(text);
  REQUIRE(c.expr);
  Value v = c.expr->Evaluate(Bindings{&root, &params}, ctx);
  return v.is_error() ? "error: " + v.as_error().message : v.Dump();
}

TEST_CASE("limits: builtins and operators are charged for the lists they walk") {
  // len(xs) of 50: two nodes and the 50 elements read; of 200, too many.
  CHECK(Run("len(xs)", 50, 100) == "50");
  CHECK(Run("len(xs)", 200, 100) == "error: evaluation took more than 100 steps");
  // + reads 2 x 30 and makes 60, and len() reads those 60.
  CHECK(Run("len(xs + xs)", 30, 200) == "60");
  CHECK(Run("len(xs + xs)", 30, 150) == "error: evaluation took more than 150 steps");
  // non_members() reads 40 and makes 40, len() reads 40: 120 and three nodes.
  CHECK(Run("len(non_members(xs))", 40, 123) == "40");
  CHECK(Run("len(non_members(xs))", 40, 122) == "error: evaluation took more than 122 steps");
}

TEST_CASE("limits: text made while evaluating is charged per 64 bytes") {
  // join() of 100 names makes 888 bytes, 13 steps, on top of three nodes and
  // the 100 names read.
  CHECK(Run("len(join(xs))", 100, 116) == "888");
  CHECK(Run("len(join(xs))", 100, 115) == "error: evaluation took more than 115 steps");
}

TEST_CASE("limits: distinct() compares at most max_steps pairs") {
  CHECK(Run("len(distinct(xs))", 10, 100) == "10");  // 45 comparisons
  CHECK(Run("len(distinct(xs))", 20, 1000) == "20");
  // 190 comparisons; three nodes are taken before distinct() starts.
  CHECK(Run("len(distinct(xs))", 20, 100) ==
        "error: distinct() of 20 values took more than the 97 steps left");
}

TEST_CASE("limits: nested macros over a long list stop at kMaxEvalSteps") {
  CHECK(Run("xs.all(x, xs.all(y, true))", 100) == "true");
  CHECK(Run("xs.all(x, xs.all(y, true))", 2000) ==
        "error: evaluation took more than 1000000 steps");
}

TEST_CASE("limits: distinct() charges its comparisons to the evaluation") {
  // Charged nothing, a thousand calls of 1000 values each used to fit in one
  // expression's steps, half a billion comparisons.
  // Each term: three nodes, 45 comparisons, 10 values read, 10 made, 10 read
  // by len(); 236 steps with the two '+'. Uncharged, they were 101.
  CHECK(Run("len(distinct(xs)) + len(distinct(xs)) + len(distinct(xs))", 10, 236) == "30");
  CHECK(Run("len(distinct(xs)) + len(distinct(xs)) + len(distinct(xs))", 10, 200)
            .starts_with("error: distinct() of 10 values took more than the "));
}

TEST_CASE("limits: comparing maps is charged for every entry compared") {
  // Each == reads both maps: 100 entries each.
  std::vector<std::pair<std::string, Value>> entries;
  for (int i = 0; i < 100; ++i) entries.emplace_back("k" + std::to_string(i), Value::Int(i));
  Value root = Value::Map({{"m", Value::Map(entries)}});
  Value params = Value::Map({});
  CompileResult c = Compile("m == m && m == m");
  REQUIRE(c.expr);
  EvalContext ctx;
  ctx.max_steps = 450;
  CHECK(c.expr->Evaluate(Bindings{&root, &params}, ctx).Dump() == "true");
  ctx.max_steps = 300;
  CHECK(c.expr->Evaluate(Bindings{&root, &params}, ctx).is_error());
}

TEST_CASE("limits: evaluations share the application's budget") {
  std::vector<Value> items;
  for (int i = 0; i < 100; ++i) items.push_back(Value::Int(i));
  Value root = Value::Map({{"xs", Value::List(std::move(items), "xs")}});
  Value params = Value::Map({});
  CompileResult c = Compile("xs.all(x, xs.all(y, true))");  // about 10 000 steps
  REQUIRE(c.expr);
  EvalBudget budget(25'000);
  EvalContext ctx;
  ctx.budget = &budget;
  CHECK(c.expr->Evaluate(Bindings{&root, &params}, ctx).Dump() == "true");
  CHECK(c.expr->Evaluate(Bindings{&root, &params}, ctx).Dump() == "true");
  Value third = c.expr->Evaluate(Bindings{&root, &params}, ctx);
  REQUIRE(third.is_error());
  CHECK(third.as_error().message ==
        "the application's evaluation budget of 25000 steps (for all its rules, messages and "
        "deadlines) is spent");
  CHECK(budget.spent());
  CHECK(c.expr->Evaluate(Bindings{&root, &params}, ctx).is_error());  // nothing left
}

// The worst a rule file within every documented limit can do: 1 MiB of rules
// whose checks and message placeholders each take just under kMaxEvalSteps.
// It took minutes on one application when the limit was per expression; now
// the application's budget (kMaxApplicationEvalSteps) is spent after a few,
// and every rule after says so, as an error, never a pass.
TEST_CASE("limits: a 1 MiB rule file of costly rules spends the budget, and says so") {
  TempDir dir;
  const std::string heavy = "xs.all(x, xs.all(y, true))";  // 700 x 700: about 491 000 steps
  std::string rules =
      "[program]\nid = \"costly\"\nname = \"Costly\"\nlanguage = \"en\"\n"
      "currency = \"SEK\"\n\n[[fields]]\nname = \"xs\"\ntype = \"list<number>\"\n";
  int n = 0;
  for (; rules.size() < kMaxRuleFileBytes - 1024; ++n) {
    rules += "\n[[rules]]\nid = \"C-" + std::to_string(n) +
             "\"\nseverity = \"error\"\ntitle = \"t\"\nsource = \"s\"\ncheck = \"" + heavy +
             " && false\"\nmessage = \"{" + heavy + "} {" + heavy + "} {" + heavy + "}\"\n";
  }
  std::string app = "program: costly\ntitle: T\nxs: [";
  for (int i = 0; i < 700; ++i) app += (i ? ", " : "") + std::to_string(i);
  app += "]\n";
  CliResult r = RunCli("check --lang en --format jsonl --rules '" + dir.Write("costly.toml", rules) +
                       "' '" + dir.Write("costly.yaml", app) + "'");
  CHECK(r.status == 1);
  const nlohmann::json report = nlohmann::json::parse(r.out.substr(0, r.out.find('\n')));
  std::vector<nlohmann::json> findings;  // the rules', not the application's own
  for (const nlohmann::json& f : report.at("findings")) {
    if (!f.at("input").get<bool>()) findings.push_back(f);
  }
  REQUIRE(findings.size() == static_cast<size_t>(n));
  CHECK(findings.front().at("status") == "fail");
  CHECK(findings.front().at("message") == "true true true");
  const std::string spent =
      "t: the rule could not be applied: the application's "
      "evaluation budget (20000000 steps for all rules and messages together) is spent";
  CHECK(findings.back().at("status") == "error");
  CHECK(findings.back().at("message") == spent);
  int passed = 0;
  int budget_errors = 0;
  for (const nlohmann::json& f : findings) {
    passed += f.at("status") == "pass";
    budget_errors += f.at("message").get<std::string>().find("evaluation budget") != std::string::npos;
  }
  CHECK(passed == 0);
  CHECK(budget_errors > n - 20);
}

// members()/non_members() used to compare each name with every one kept, so a
// file of many distinct names took hours; now they are hashed. The shipped
// Familjen Helsingborg message lists the non-members.
TEST_CASE("limits: a long list of municipalities through the shipped rules") {
  TempDir dir;
  std::string text = "program: familjen-helsingborg\ntitle: Många kommuner\nmunicipalities:\n";
  for (int i = 0; i < 99000; ++i) text += "  - Kommun " + std::to_string(i) + "\n";
  CliResult r = RunCli("check --lang en -q '" + dir.Write("many.yaml", text) + "'");
  CHECK(r.status == 1);
  CHECK(Has(r.out, ":4:3: error FH-MUNICIPALITIES: Participating member municipalities: 0; at "
                   "least 2 Familjen Helsingborg municipalities are required. Not counted, as "
                   "they are not members of Familjen Helsingborg: Kommun 0, Kommun 1, "));
  CHECK(Has(r.out, "Kommun 98999."));  // just under kMaxDocumentNodes
}

// An 8 MiB file of 4 million one-letter values ("[a,a,a,...]") is within the
// input limit but took 30 s and 1.2 GB to load and type: every value costs a
// tree node, a path and a position. The YAML adapter stops at kMaxDocumentNodes.
TEST_CASE("limits: a file of more than 100 000 keys and values is refused while it is read") {
  TempDir dir;
  std::string text = "program: familjen-helsingborg\ntitle: x\nareas: [" + Repeat("a,", 150000) +
                     "a]\n";
  CliResult r = RunCli("check --lang en '" + dir.Write("wide.yaml", text) + "' examples/passes.yaml");
  CHECK(r.status == 2);
  CHECK(Has(r.out, "wide.yaml:3:"));
  CHECK(Has(r.out, ": error yaml-too-many-nodes: the file holds more than 100000 keys and values; "
                   "an application needs far fewer\n"));
  CHECK(Has(r.out, "\n2 applications: 1 passed, "));
  // Just under the limit is read: 99 990 list items and the keys around them.
  const std::string under = "program: familjen-helsingborg\ntitle: x\nareas: [" +
                            Repeat("a,", 99989) + "a]\n";
  CliResult ok = RunCli("check --lang en -q '" + dir.Write("under.yaml", under) + "'");
  CHECK(ok.status != 2);
  CHECK_FALSE(Has(ok.out, "yaml-too-many-nodes"));
}

TEST_CASE("limits: a rule file larger than kMaxRuleFileBytes is not read") {
  TempDir dir;
  const std::string huge = dir.Write("huge.toml", "");
  std::filesystem::resize_file(huge, kMaxRuleFileBytes + 1);  // sparse: nothing to write
  LoadedProgram big = LoadRuleFile(huge);
  REQUIRE(big.diagnostics.size() == 1);
  CHECK(FormatDiagnostic(big.diagnostics[0]) ==
        huge + ": error: cannot read the rule file: larger than 1 MiB, the limit for a rule "
               "file [rules-read]");
  std::string path = dir.Write("extends-huge.toml",
                               "[program]\nid = \"z\"\nname = \"Z\"\nextends = \"huge.toml\"\n");
  CliResult r = RunCli("check --rules '" + path + "' examples/passes.yaml");
  CHECK(r.status == 2);
  CHECK(Has(r.err, "huge.toml: error: cannot read the rule file: larger than 1 MiB"));
  CHECK(Has(r.err, "extends-huge.toml:4:11: error: the rule file 'huge.toml' it extends could "
                   "not be loaded [rules-extends]"));
  // An endless device is not read at all, even behind a link named *.toml
  // (a device so named is refused as not a regular file: io_threats_test.cc).
  std::filesystem::create_symlink("/dev/zero", dir.File("zero.toml"));
  CHECK(FormatDiagnostic(LoadRuleFile(dir.File("zero.toml")).diagnostics.at(0)) ==
        dir.File("zero.toml") +
            ": error: cannot read the rule file: a rule file's name ends in .toml, and no other "
            "file is read as one [rules-read]");
}

std::string Ids(const LoadedProgram& loaded) {
  std::string out;
  for (const Diagnostic& d : loaded.diagnostics) out += d.id + " ";
  return out;
}

// toml++ 3.3 tests each character after a bare key or value for Unicode
// whitespace with a function that reaches __builtin_unreachable() for most
// letters outside ASCII (fuzz_rules found it with "søkt"; the regression is in
// fuzz/regressions/rules/). TOML allows no such letter outside quotes, so the
// loader refuses it before toml++ parses; in strings and comments it is text.
TEST_CASE("limits: a letter outside ASCII outside quotes is refused before toml++ parses") {
  const std::string program = "[program]\nid = \"p\"\nname = \"P\"\nlanguage = \"sv\"\n";
  for (const auto& c : {std::pair<std::string, std::string>{"søkt = 1\n", "r.toml:5:2:"},
                                 {"[params]\nx = 1ø\n", "r.toml:6:6:"},
                                 {"[params]\n\"a\".ø = 1\n", "r.toml:6:5:"},
                                 {"[paråms]\n", "r.toml:5:5:"},
                                 // a quote that opens no string (found by fuzz_rules too)
                                 {"[params]\nx = 0\"Bedöm\"\n", "r.toml:6:10:"},
                                 {"[params]\nx = -[\"Hö\"]\n", "r.toml:6:9:"},
                                 {"[params]\nx = -=\"Hö\"\n", "r.toml:6:9:"}}) {
    const std::string& text = c.first;  // not a structured binding: CAPTURE's lambda (clang 14)
    const std::string& at = c.second;
    LoadedProgram loaded = ParseRuleFile(program + text, "r.toml");
    CAPTURE(text);
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(FormatDiagnostic(loaded.diagnostics[0]) ==
          at + " error: a letter outside ASCII outside quotes; TOML keys are written with A-Z, "
               "a-z, 0-9, '-' and '_', or quoted (\"søkt\" = …) [rules-syntax]");
  }
  // In strings, quoted keys and comments it is text.
  LoadedProgram ok = ParseRuleFile(
      program + "# Höganäs\n[params]\n\"søkt\" = 'Ängelholm'\nt = \"\"\"Østfold\"\"\"\n"
                "a.\"ø\" = 1\nb=\"ø\"\nc = [\n  \"ø\",\n  [\"å\"],\n  {sv=\"ä\", en=\"ö\"},\n]\n",
      "r.toml");
  CHECK_FALSE(Has(Ids(ok), "rules-syntax"));
}

TEST_CASE("limits: tables nest at most kMaxTomlDepth levels, checked before toml++ recurses") {
  const std::string program = "[program]\nid = \"p\"\nname = \"P\"\nlanguage = \"sv\"\n";
  auto dotted = [](int n) { return Repeat("a.", n - 1) + "a"; };
  // 64 levels are read (and the keys are unknown, which is all).
  CHECK_FALSE(Has(Ids(ParseRuleFile(program + "[params." + dotted(63) + "]\n", "r.toml")),
                  "rules-too-deep"));
  CHECK_FALSE(Has(Ids(ParseRuleFile(program + "[params]\n" + dotted(63) + " = 1\n", "r.toml")),
                  "rules-too-deep"));
  // 65 are refused at the dot that opens the 65th level.
  LoadedProgram header = ParseRuleFile(program + "[params." + dotted(64) + "]\n", "r.toml");
  REQUIRE(header.diagnostics.size() == 1);
  CHECK(FormatDiagnostic(header.diagnostics[0]) ==
        "r.toml:5:134: error: tables and keys are nested more than 64 levels deep "
        "[rules-too-deep]");
  // A hundred thousand, which overflowed the stack inside toml++, in each form.
  for (const std::string& deep :
       {"[" + dotted(100000) + "]\n", dotted(100000) + " = 1\n",
        "x = " + Repeat("{ a.a = ", 50000) + "1" + Repeat("}", 50000) + "\n",
        "[t]\n" + Repeat("a.", 30) + "a = { " + Repeat("b.", 40) + "b = 1 }\n"}) {
    LoadedProgram loaded = ParseRuleFile(program + deep, "r.toml");
    CHECK(Ids(loaded) == "rules-too-deep ");
  }
  // Dots in values and strings are no nesting.
  CHECK_FALSE(Has(Ids(ParseRuleFile(program + "[params]\nx = [" + Repeat("1.5, ", 200) +
                                        "1.5]\ny = \"" + Repeat("a.", 200) + "\"\n",
                                    "r.toml")),
                  "rules-too-deep"));
}

TEST_CASE("limits: extends chains at most kMaxExtendsDepth files") {
  TempDir dir;
  auto file = [&](int i, const std::string& extends) {
    return dir.Write("r" + std::to_string(i) + ".toml",
                     "[program]\nid = \"r" + std::to_string(i) + "\"\nname = \"R\"\n" +
                         (extends.empty() ? "language = \"sv\"\ncurrency = \"SEK\"\n"
                                          : "extends = \"" + extends + "\"\n"));
  };
  file(0, "");
  for (int i = 1; i <= 8; ++i) file(i, "r" + std::to_string(i - 1) + ".toml");
  // r7 extends seven files in a chain of eight; r8 makes nine.
  CHECK(LoadRuleFile(dir.File("r7.toml")).program.has_value());
  LoadedProgram nine = LoadRuleFile(dir.File("r8.toml"));
  CHECK_FALSE(nine.program);
  CHECK(Has(Ids(nine), "rules-extends"));
  CHECK(FormatDiagnostic(nine.diagnostics.front()) ==
        dir.File("r1.toml") + ":4:11: error: more than 8 rule files extend one another "
                              "[rules-extends]");
}

}  // namespace
}  // namespace grantcheck::testing
