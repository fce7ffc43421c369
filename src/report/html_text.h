// Text from applications and rule files made inert in HTML: the one escaper
// every part of the html report uses, for element text and attribute values alike.
#pragma once

#include <string>
#include <string_view>

namespace grantcheck {

// `s` cleaned of controls (StripControl), then with the five characters HTML
// gives a meaning written as character references: '&' "&amp;", '<' "&lt;",
// '>' "&gt;", '"' "&quot;", '\'' "&#39;". The result is the same text in an
// element, in a quoted attribute value and in inline SVG, and can never open
// or close an element, an attribute or a comment.
std::string HtmlText(std::string_view s);

}  // namespace grantcheck
