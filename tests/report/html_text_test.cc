// Tests for the html report's one escaper: markup characters, quotes of both
// kinds and controls from an application never reach the page as markup.
#include "report/html_text.h"

#include <doctest/doctest.h>

namespace grantcheck {
namespace {

TEST_CASE("HtmlText: the five markup characters become character references") {
  CHECK(HtmlText("<script>alert(\"x\" & 'y')</script>") ==
        "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;");
  CHECK(HtmlText("</td><td onmouseover=x>") == "&lt;/td&gt;&lt;td onmouseover=x&gt;");
  CHECK(HtmlText("&amp;") == "&amp;amp;");  // an entity in the file is shown as written
}

TEST_CASE("HtmlText: letters are kept, controls made visible as everywhere else") {
  CHECK(HtmlText("Höganäs kommun – Ærø, Tønsberg") == "Höganäs kommun – Ærø, Tønsberg");
  CHECK(HtmlText("a\nb\rc") == "a b c");
  CHECK(HtmlText("x\x1b[31my") == "x\xEF\xBF\xBD[31my");
  CHECK(HtmlText("\xff") == "\xEF\xBF\xBD");
  CHECK(HtmlText("") == "");
}

}  // namespace
}  // namespace grantcheck
