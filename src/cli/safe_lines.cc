#include "cli/safe_lines.h"

#include "base/escape.h"

namespace grantcheck {

SafeLinesBuf::~SafeLinesBuf() {
  WriteLines(true);
  sink_.flush();
}

SafeLinesBuf::int_type SafeLinesBuf::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  pending_ += traits_type::to_char_type(c);
  if (c == '\n') WriteLines(false);
  return sink_ ? c : traits_type::eof();
}

std::streamsize SafeLinesBuf::xsputn(const char* s, std::streamsize n) {
  pending_.append(s, static_cast<size_t>(n));
  WriteLines(false);
  return sink_ ? n : 0;
}

int SafeLinesBuf::sync() {
  WriteLines(false);
  sink_.flush();
  return sink_ ? 0 : -1;
}

// Up to the last newline (`all`: everything); a line is held back until it
// is whole, so a character split across two writes is stripped as one.
void SafeLinesBuf::WriteLines(bool all) {
  size_t end = all ? pending_.size() : pending_.rfind('\n');
  if (end == std::string::npos) return;
  if (!all) ++end;  // the newline goes with its line
  std::string out;
  out.reserve(end);
  size_t begin = 0;
  while (begin < end) {
    size_t nl = pending_.find('\n', begin);
    size_t stop = nl == std::string::npos || nl >= end ? end : nl;
    AppendStripped(out, std::string_view(pending_).substr(begin, stop - begin));
    if (stop < end) out += '\n';
    begin = stop + 1;
  }
  sink_ << out;
  pending_.erase(0, end);
}

int RunWithSafeLines(const CommandEnv& env, const std::function<int(const CommandEnv&)>& run) {
  SafeLinesBuf out_buf(env.out);
  SafeLinesBuf err_buf(env.err);
  std::ostream out(&out_buf);
  std::ostream err(&err_buf);
  return run(CommandEnv{env.executable, out, err});
}

}  // namespace grantcheck
