// Tests for the junit format: well-formed and valid for xmllint against Jenkins'
// junit-10.xsd and a strict XSD of what we write, then queried with XPath like a CI server.
#include <doctest/doctest.h>

#include <string>

#include "report/format_fixture.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

constexpr const char* kJunitXsd = "tests/data/schemas/junit.xsd";
constexpr const char* kJenkinsXsd = "tests/data/schemas/junit-10.xsd";

// xmllint --xpath on `xml`, as a CI server would read the report.
std::string XPath(const TempDir& dir, const std::string& xml, const std::string& expr) {
  std::string file = dir.Write("q.xml", xml);
  ToolResult r = RunTool("xmllint --xpath \"" + expr + "\" '" + file + "'");
  REQUIRE_MESSAGE(r.status == 0, r.output);
  // Newer xmllint ends a string result with a newline, older ones do not.
  while (!r.output.empty() && r.output.back() == '\n') r.output.pop_back();
  return r.output;
}

TEST_CASE("junit: well-formed and valid against Jenkins' junit-10.xsd and the strict XSD") {
  FormatFixture fx;
  TempDir dir;
  std::string file = dir.Write("junit.xml", fx.Write("junit"));
  ToolResult jenkins = XmlLint(file, kJenkinsXsd);
  CHECK_MESSAGE(jenkins.status == 0, jenkins.output);
  ToolResult valid = XmlLint(file, kJunitXsd);
  CHECK_MESSAGE(valid.status == 0, valid.output);
}

TEST_CASE("junit: Jenkins' schema rejects file and line on a test case, so the check means something") {
  TempDir dir;
  std::string xml = FormatFixture().Write("junit");
  size_t at = xml.find("<testcase ");
  REQUIRE(at != std::string::npos);
  xml.insert(at + 10, "file=\"a.yaml\" line=\"3\" ");
  CHECK(XmlLint(dir.Write("bad.xml", xml), kJenkinsXsd).status != 0);
}

TEST_CASE("junit: the file is each case's classname and the suite's file, the line in the body") {
  FormatFixture fx;
  TempDir dir;
  std::string xml = fx.Write("junit");
  CHECK(XPath(dir, xml, "string(//testsuite[1]/@file)") == "ans/mikro.yaml");
  CHECK(XPath(dir, xml, "count(//testsuite[1]/testcase[@classname='ans/mikro.yaml'])") == "5");
  CHECK(XPath(dir, xml, "count(//testsuite[2]/testcase[@classname='ans/ok.yaml'])") == "4");
  CHECK(XPath(dir, xml, "count(//testcase[@file or @line])") == "0");
  CHECK(XPath(dir, xml, "string(//testsuite[2]/testcase[@name='FH-LEADER']/skipped)") ==
        "ans/ok.yaml:7:3: todo FH-LEADER: Projektledare: fyll i organisation.project_leader");
  CHECK(XPath(dir, xml, "string(//testsuite[1]/testcase[@name='FH-PARTNERS']/system-out)") ==
        "ans/mikro.yaml:12:1: warning FH-PARTNERS: Inga partner.");
}

TEST_CASE("junit: junitparser reads each case's file (its classname) and line (its text)") {
  FormatFixture fx;
  TempDir dir;
  std::string xml = dir.Write("junit.xml", fx.Write("junit"));
  std::string script = dir.Write("read.py",
                                 "import sys\n"
                                 "from junitparser import JUnitXml\n"
                                 "for suite in JUnitXml.fromfile(sys.argv[1]):\n"
                                 "    for case in suite:\n"
                                 "        texts = [r.text for r in case.result if r.text]\n"
                                 "        print(case.classname, case.name, *texts, sep='|')\n");
  ToolResult r = RunTool(std::string(GRANTCHECK_PYTHON) + " '" + script + "' '" + xml + "'");
  REQUIRE_MESSAGE(r.status == 0, r.output);
  CHECK(r.output.find("ans/mikro.yaml|FH-DURATION|ans/mikro.yaml:14:8: error FH-DURATION: "
                      "Projekttiden är 13 månader.\n") != std::string::npos);
  CHECK(r.output.find("ans/ok.yaml|FH-LEADER|ans/ok.yaml:7:3: todo FH-LEADER: ") !=
        std::string::npos);
  CHECK(r.output.find("ans/trasig.yaml|yaml-syntax|ans/trasig.yaml:3:9: error yaml-syntax: ") !=
        std::string::npos);
}

TEST_CASE("junit: a rule id twice in one application gets distinct case names, as GitLab keys them") {
  FormatFixture fx;
  TempDir dir;
  Finding again = fx.reports[0].findings[0];
  again.pos = {6, 1};
  fx.reports[0].findings.push_back(again);
  std::string xml = fx.Write("junit");
  CHECK(XPath(dir, xml, "count(//testsuite[1]/testcase[@name='app-unknown-key'])") == "1");
  CHECK(XPath(dir, xml, "string(//testsuite[1]/testcase[@name='app-unknown-key (2)']/system-out)") ==
        "ans/mikro.yaml:6:1: warning app-unknown-key: unknown key 'sumary'; did you mean 'summary'?");
}

TEST_CASE("junit: a test suite per application, a test case per finding, counts that add up") {
  FormatFixture fx;
  TempDir dir;
  std::string xml = fx.Write("junit");
  CHECK(XPath(dir, xml, "count(//testsuite)") == "3");
  CHECK(XPath(dir, xml, "string(//testsuite[1]/@name)") == "ans/mikro.yaml");
  CHECK(XPath(dir, xml, "count(//testsuite[1]/testcase)") == "5");
  // mikro: FH-DURATION and FH-LEADER (unknown) fail; warnings are output at
  // --fail-on error; the review item is skipped.
  CHECK(XPath(dir, xml, "string(//testsuite[1]/@failures)") == "2");
  CHECK(XPath(dir, xml, "count(//testsuite[1]//failure)") == "2");
  CHECK(XPath(dir, xml, "count(//testsuite[1]//system-out)") == "2");
  CHECK(XPath(dir, xml, "string(//testsuite[1]/@skipped)") == "1");
  CHECK(XPath(dir, xml, "string(//testcase[@name='FH-DURATION']/failure/@type)") == "error");
  CHECK(XPath(dir, xml, "string(//testsuite[1]/testcase[@name='FH-DURATION']/failure)") ==
        "ans/mikro.yaml:14:8: error FH-DURATION: Projekttiden är 13 månader.");
  CHECK(XPath(dir, xml, "string(//testsuite[1]/testcase[@name='FH-DURATION']/@classname)") ==
        "ans/mikro.yaml");
  CHECK(XPath(dir, xml, "count(/testsuites/@skipped)") == "0");  // not allowed by junit-10.xsd
  CHECK(XPath(dir, xml, "string(/testsuites/@tests)") == "10");
  CHECK(XPath(dir, xml, "string(/testsuites/@failures)") == "2");
  CHECK(XPath(dir, xml, "string(/testsuites/@errors)") == "1");
}

TEST_CASE("junit: review and to-do are skipped with a message, not applicable without, pass bare") {
  FormatFixture fx;
  TempDir dir;
  std::string xml = fx.Write("junit");
  CHECK(XPath(dir, xml, "string(//testsuite[2]/testcase[@name='FH-INNOVATION']/skipped/@message)") ==
        "review: Är projektet nyskapande?");
  CHECK(XPath(dir, xml, "string(//testsuite[2]/testcase[@name='FH-LEADER']/skipped/@message)") ==
        "todo: Projektledare: fyll i organisation.project_leader");
  CHECK(XPath(dir, xml, "count(//testsuite[2]/testcase[@name='FH-PARTNERS']/skipped/@message)") ==
        "0");
  CHECK(XPath(dir, xml, "count(//testsuite[2]/testcase[@name='FH-DURATION']/*)") == "0");
  CHECK(XPath(dir, xml, "string(//testsuite[3]/testcase/error/@message)") ==
        "expected ':' after a key");
}

TEST_CASE("junit: --fail-on warning turns warnings into failures") {
  FormatFixture fx;
  TempDir dir;
  WriteOptions strict = fx.Options();
  strict.fail_on = Severity::kWarning;
  std::string xml = fx.Write("junit", strict);
  CHECK(XPath(dir, xml, "string(//testsuite[1]/@failures)") == "4");
  CHECK(XPath(dir, xml, "string(//testcase[@name='FH-PARTNERS']/failure/@type)") == "warning");
}

TEST_CASE("junit: the SHA-256s and the rule file are properties of each suite") {
  FormatFixture fx;
  TempDir dir;
  std::string xml = fx.Write("junit");
  CHECK(XPath(dir, xml, "string(//testsuite[1]/properties/property[@name='sha256']/@value)") ==
        std::string(kMikroSha));
  CHECK(XPath(dir, xml, "string(//testsuite[1]/properties/property[@name='rules']/@value)") ==
        "rules/fh.toml");
  CHECK(XPath(dir, xml,
              "string(//testsuite[1]/properties/property[@name='rules.sha256']/@value)") ==
        std::string(kRulesSha));
}

TEST_CASE("junit: markup, quotes, controls and XML-forbidden characters stay well-formed") {
  FormatFixture fx;
  TempDir dir;
  fx.reports[0].file = "a&b<c>\"d'.yaml";
  fx.reports[0].findings[1].message = "<b>&amp;</b> \"x\" 'y'\x01\x1b[31m \xEF\xBF\xBE\xEF\xBF\xBF\tz";
  std::string xml = fx.Write("junit");
  std::string file = dir.Write("odd.xml", xml);
  ToolResult valid = XmlLint(file, kJunitXsd);
  CHECK_MESSAGE(valid.status == 0, valid.output);
  ToolResult jenkins = XmlLint(file, kJenkinsXsd);
  CHECK_MESSAGE(jenkins.status == 0, jenkins.output);
  CHECK(XPath(dir, xml, "string(//testsuite[1]/@name)") == "a&b<c>\"d'.yaml");
  CHECK(XPath(dir, xml, "string(//testcase[@name='FH-DURATION']/failure/@message)") ==
        "<b>&amp;</b> \"x\" 'y'\xEF\xBF\xBD\xEF\xBF\xBD[31m \xEF\xBF\xBD\xEF\xBF\xBD\tz");
}

}  // namespace
}  // namespace grantcheck::testing
