// Output formats for `check`: one writer function per format, chosen from a
// table by name. Writers only format; deciding what passed is the engine's job.
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/finding.h"

namespace grantcheck {

struct WriteOptions {
  std::string lang;          // "" = each application's own language
  Severity fail_on = Severity::kError;
  bool draft = false;
  bool color = false;        // ANSI colours in the text format
  bool quiet = false;        // text: only failing findings and the summary
};

using WriteFn = void (*)(std::span<const AppReport> reports, const WriteOptions& options,
                         std::ostream& out);

struct Format {
  std::string_view name;
  WriteFn write;
  std::string_view description;
};

std::span<const Format> CheckFormats();
const Format* FindCheckFormat(std::string_view name);  // nullptr when unknown

}  // namespace grantcheck
