// Text from applications and rule files made inert in GitHub and GitLab
// Markdown (cmark-gfm with tables and autolinks); the writers lay out the rest.
#pragma once

#include <string>
#include <string_view>

namespace grantcheck {

// `s` cleaned of controls (StripControl), then written so that a Markdown
// renderer shows it as the same text and nothing else:
// - '&', '<' and '>' become entities, so no HTML, entity or <autolink>;
// - '\', '|', '`', '*', '_', '[', ']', '~', '!' and '#' are backslash-escaped,
//   so no emphasis, code span, link, image or table cell;
// - the autolink extension's triggers are broken: ':' before "//" (http://,
//   ftp://, any scheme) and '.' after "www" are escaped, and an empty HTML
//   comment goes before each '@', since an e-mail autolink is found in the
//   parsed text, where a backslash escape no longer separates anything.
std::string MarkdownInert(std::string_view s);

}  // namespace grantcheck
