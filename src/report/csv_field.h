// One CSV field as both CSV formats write it (`check --format csv`, `schedule
// --format csv`): RFC 4180 quoting, and defused so a spreadsheet never runs it.
#pragma once

#include <string>
#include <string_view>

namespace grantcheck {

// `raw` cleaned of control characters (StripControl: a line break becomes a
// space), defused, and quoted when it holds `delimiter`, a quote or a line
// break, quotes doubled. A spreadsheet runs a cell that starts with = + - @,
// a tab or a carriage return as a formula (OWASP "CSV injection"): such a cell
// gets a leading apostrophe, which spreadsheets show as text and do not display.
std::string CsvField(std::string_view raw, char delimiter);

}  // namespace grantcheck
