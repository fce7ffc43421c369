// Making text from users' files safe to show: characters a terminal would act
// on are replaced by visible ones. Escaping for a file format is its writer's job.
#pragma once

#include <string>
#include <string_view>

namespace grantcheck {

// `s` with everything that could move a terminal's cursor, change its colours
// or start a new line made visible, so an application's text can never forge
// or hide a line of output:
// - newline, carriage return, U+2028 and U+2029 (line breaks) become a space;
// - other C0 controls except tab, DEL, C1 controls (U+0080..U+009F), and the
//   bidirectional embeddings, overrides and isolates (U+202A..U+202E,
//   U+2066..U+2069, which reorder how a line reads) become U+FFFD;
// - each byte that is not part of valid UTF-8 becomes U+FFFD.
// Everything else, tab and "Höganäs" included, is kept as it is.
std::string StripControl(std::string_view s);
// The same, appended to `out`: the writers call it for each run of text that
// is not plain ASCII, and a string made for every run was a tenth of jsonl's time.
void AppendStripped(std::string& out, std::string_view s);

// The length of the run of printable ASCII (0x20..0x7e) at the start of `s`,
// read eight bytes at a time: most of any report is such runs.
size_t PrintableAsciiPrefix(std::string_view s);
// The same run, also ending at '"' and '\\': the bytes a JSON string holds as
// they are after StripControl.
size_t JsonPlainPrefix(std::string_view s);
// The length of the run at the start of `s` of two-byte UTF-8 characters that
// StripControl keeps as they are (U+00A0..U+07FF: å, ä, ö, æ, ø, é, ...).
size_t KeptLettersPrefix(std::string_view s);

}  // namespace grantcheck
