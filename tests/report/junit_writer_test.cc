// Tests for the junit format: well-formed and valid for xmllint against an
// XSD of the JUnit shape CI servers read, then queried with XPath like a CI server.
#include <doctest/doctest.h>

#include <string>

#include "report/format_fixture.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

constexpr const char* kJunitXsd = "tests/data/schemas/junit.xsd";

// xmllint --xpath on `xml`, as a CI server would read the report.
std::string XPath(const TempDir& dir, const std::string& xml, const std::string& expr) {
  std::string file = dir.Write("q.xml", xml);
  ToolResult r = RunTool("xmllint --xpath \"" + expr + "\" '" + file + "'");
  REQUIRE_MESSAGE(r.status == 0, r.output);
  // Newer xmllint ends a string result with a newline, older ones do not.
  while (!r.output.empty() && r.output.back() == '\n') r.output.pop_back();
  return r.output;
}

TEST_CASE("junit: well-formed and valid against the JUnit XSD") {
  FormatFixture fx;
  TempDir dir;
  std::string file = dir.Write("junit.xml", fx.Write("junit"));
  ToolResult valid = XmlLint(file, kJunitXsd);
  CHECK_MESSAGE(valid.status == 0, valid.output);
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
  CHECK(XPath(dir, xml, "string(//testsuite[1]/testcase[@name='FH-DURATION']/@classname)") == "fh");
  CHECK(XPath(dir, xml, "string(//testsuite[1]/testcase[1]/@classname)") == "grantcheck.input");
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
  CHECK(XPath(dir, xml, "string(//testsuite[1]/@name)") == "a&b<c>\"d'.yaml");
  CHECK(XPath(dir, xml, "string(//testcase[@name='FH-DURATION']/failure/@message)") ==
        "<b>&amp;</b> \"x\" 'y'\xEF\xBF\xBD\xEF\xBF\xBD[31m \xEF\xBF\xBD\xEF\xBF\xBD\tz");
}

}  // namespace
}  // namespace grantcheck::testing
