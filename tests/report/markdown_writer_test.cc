// Tests for the markdown format: a whole comment pinned, and application text
// made inert for GitHub/GitLab Markdown (tables, HTML, links, code).
#include <doctest/doctest.h>

#include <string>

#include "report/format_fixture.h"

namespace grantcheck::testing {
namespace {

TEST_CASE("markdown: a section per application, a table of findings, review items folded") {
  FormatFixture fx;
  fx.reports.resize(2);
  CHECK(fx.Write("markdown") ==
        "## grantcheck\n\n"
        "### ans/mikro.yaml: underkänd\n\n"
        "SHA-256 `" + std::string(kMikroSha) + "`\n\n"
        "| Rad | Nivå | Regel | Meddelande |\n"
        "|---:|---|---|---|\n"
        "| – | error | FH-LEADER | Projektledare: kan inte bedömas eftersom "
        "organisation.project\\_leader saknas |\n"
        "| 4:1 | warning | app-unknown-key | unknown key 'sumary'; did you mean 'summary'? |\n"
        "| 12:1 | warning | FH-PARTNERS | Inga partner. |\n"
        "| 14:8 | error | FH-DURATION | Projekttiden är 13 månader. |\n\n"
        "<details><summary>Punkter för handläggaren (1)</summary>\n\n"
        "- **FH-INNOVATION** (2:8): Är projektet nyskapande?\n\n"
        "</details>\n\n"
        "### ans/ok.yaml: godkänd\n\n"
        "SHA-256 `" + std::string(64, 'a') + "`\n\n"
        "| Rad | Nivå | Regel | Meddelande |\n"
        "|---:|---|---|---|\n"
        "| 7:3 | todo | FH-LEADER | Projektledare: fyll i organisation.project\\_leader |\n\n"
        "<details><summary>Punkter för handläggaren (1)</summary>\n\n"
        "- **FH-INNOVATION** (2:8): Är projektet nyskapande?\n\n"
        "</details>\n\n"
        "**2 ansökningar: 1 godkänd, 1 underkänd; 2 fel, 2 varningar, 1 att göra, 2 kräver din "
        "uppmärksamhet**\n\n"
        "| Regel | Anmärkningar |\n"
        "|---|---|\n"
        "| FH-LEADER | 1 fel, 1 att göra |\n"
        "| FH-DURATION | 1 fel |\n"
        "| FH-PARTNERS | 1 varning |\n"
        "| app-unknown-key | 1 varning |\n\n"
        "Regelfil fh: rules/fh.toml (SHA-256 `" + std::string(kRulesSha) + "`)  \n");
}

TEST_CASE("markdown: pipes, backticks, HTML, links and emphasis from applications are inert") {
  FormatFixture fx;
  fx.reports.resize(1);
  fx.reports[0].file = "a|b`c`.yaml";
  fx.reports[0].findings = {Finding{.rule_id = "R|1",
                                    .status = Status::kFail,
                                    .message = "x | y `z` <script>alert(1)</script> [ok](http://e) "
                                               "*b* _i_ ~s~ a\\b &amp;\nnext",
                                    .pos = {1, 1}}};
  std::string out = fx.Write("markdown");
  CHECK(out.find("### a\\|b\\`c\\`.yaml: underkänd\n") != std::string::npos);
  CHECK(out.find("| 1:1 | error | R\\|1 | x \\| y \\`z\\` &lt;script&gt;alert(1)&lt;/script&gt; "
                 "\\[ok\\](http\\://e) \\*b\\* \\_i\\_ \\~s\\~ a\\\\b &amp;amp; next |\n") !=
        std::string::npos);
  CHECK(out.find("<script>") == std::string::npos);
}

TEST_CASE("markdown: an application with nothing to show says so, in its language") {
  FormatFixture fx;
  fx.reports.resize(1);
  fx.reports[0].findings.clear();
  fx.reports[0].language = "da";
  CHECK(fx.Write("markdown").find("### ans/mikro.yaml: godkendt\n\n") != std::string::npos);
  CHECK(fx.Write("markdown").find("Ingen bemærkninger.\n") != std::string::npos);
}

TEST_CASE("markdown: a verdict is a word, never an emoji alone") {
  // Without an emoji font (Debian's Chromium) ✅, ❌ and ⚠️ are empty boxes.
  FormatFixture fx;
  std::string out = fx.Write("markdown");
  for (std::string_view emoji : {"✅", "❌", "⚠"}) CHECK(out.find(emoji) == std::string::npos);
  CHECK(out.find("### ans/mikro.yaml: underkänd\n") != std::string::npos);
  CHECK(out.find("### ans/ok.yaml: godkänd\n") != std::string::npos);
  CHECK(out.find("### ans/trasig.yaml: unreadable\n") != std::string::npos);
}

}  // namespace
}  // namespace grantcheck::testing
