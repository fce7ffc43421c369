// The Markdown of `check` and `schedule` rendered by GitHub's own renderer,
// cmark-gfm with the autolink and table extensions: application text makes no link.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "report/format_fixture.h"
#include "report/markdown_text.h"
#include "report/schedule_writer.h"
#include "support/consumers.h"

namespace grantcheck::testing {
namespace {

// What an application could hold to make a link, an image or HTML on GitHub.
const std::vector<std::string> kHostile = {
    "www.example.com",
    "(www.example.com/a)",
    "https://evil.example/x?y=1",
    "HTTP://EVIL.EXAMPLE",
    "ftp://f.example/a",
    "a.b+c@example.com",
    "mailto:x@example.se",
    "xmpp:x@example.se",
    "<https://evil.example>",
    "<x@example.se>",
    "[klick](https://evil.example)",
    "![bild](https://evil.example/i.png)",
    "[ref][r]\n\n[r]: https://evil.example",
    "<a href=\"https://evil.example\">a</a>",
    "<img src=x onerror=alert(1)>",
};

std::string Render(const TempDir& dir, const std::string& markdown) {
  std::string file = dir.Write("in.md", markdown);
  ToolResult r = RunTool("cmark-gfm -e autolink -e table '" + file + "'");
  REQUIRE_MESSAGE(r.status == 0, r.output);
  return r.output;
}

TEST_CASE("markdown render: each hostile value is live markup when written as it is") {
  // So the checks below mean something: the renderer links or tags every one.
  TempDir dir;
  for (const std::string& value : kHostile) {
    std::string html = Render(dir, "| x |\n|---|\n| " + value + " |\n\n" + value + "\n");
    INFO(value << "\n" << html);
    CHECK((html.find("<a") != std::string::npos || html.find("<img") != std::string::npos ||
           html.find("raw HTML omitted") != std::string::npos));
  }
}

TEST_CASE("markdown render: MarkdownInert text shows as itself, with no link or HTML") {
  TempDir dir;
  for (const std::string& value : kHostile) {
    std::string inert = MarkdownInert(value);
    std::string html = Render(dir, "| x |\n|---|\n| " + inert + " |\n\n" + inert + "\n");
    INFO(value << "\n" << inert << "\n" << html);
    CHECK(html.find("<a") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    // Only the empty comment put before '@' is HTML, and cmark-gfm omits it.
    size_t omitted = 0;
    for (size_t at = html.find("raw HTML omitted"); at != std::string::npos;
         at = html.find("raw HTML omitted", at + 1)) {
      ++omitted;
    }
    CHECK(omitted == static_cast<size_t>(std::count(value.begin(), value.end(), '@') * 2));
  }
}

TEST_CASE("markdown render: a check report with hostile file, rule and messages has no link") {
  FormatFixture fx;
  TempDir dir;
  std::string joined;
  for (const std::string& value : kHostile) joined += value + " ";
  fx.reports[0].file = joined;
  for (Finding& f : fx.reports[0].findings) {
    f.rule_id = "R-" + kHostile[0];
    f.message = joined;
  }
  std::string html = Render(dir, fx.Write("markdown"));
  INFO(html);
  CHECK(html.find("<a") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("www.example.com") != std::string::npos);  // shown, not dropped
  CHECK(html.find("https://evil.example/x?y=1") != std::string::npos);
}

TEST_CASE("markdown render: a schedule with hostile titles and notes has no link") {
  TempDir dir;
  std::string joined;
  for (const std::string& value : kHostile) joined += value + " ";
  ScheduleEntry e{.file = joined,
                  .program_id = "p",
                  .app_title = joined,
                  .deadline_id = "d",
                  .title = joined,
                  .date = ParseDate("2026-03-02"),
                  .day_off_name = joined};
  e.next = true;
  ScheduleReport app{.file = joined, .program_id = joined, .app_title = joined, .language = "sv",
                     .entries = {e}};
  ScheduleReport broken{.file = joined, .input_error = true};
  broken.problems.push_back(Finding{.rule_id = joined, .message = joined, .pos = {1, 1}});
  std::vector<ScheduleReport> reports = {app, broken};
  std::ostringstream out;
  FindScheduleFormat("markdown")->write(reports, {}, out);
  std::string html = Render(dir, out.str());
  INFO(out.str() << "\n" << html);
  CHECK(html.find("<a") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("www.example.com") != std::string::npos);  // shown, not dropped
}

}  // namespace
}  // namespace grantcheck::testing
