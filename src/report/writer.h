// Output formats for `check`: one writer function per format, chosen from a
// table by name. Writers only format; deciding what passed is the engine's job.
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/finding.h"
#include "report/run_info.h"

namespace grantcheck {

struct ScheduleReport;

struct WriteOptions {
  std::string lang;          // "" = each application's own language
  Severity fail_on = Severity::kError;
  bool draft = false;
  bool color = false;        // ANSI colours in the text format
  bool quiet = false;        // text: only failing findings and the summary
  bool batch_summary = false;    // text: findings by rule and rule files after the summary
  const RunInfo* run = nullptr;  // the rule files; nullptr: not known, left out
  // html: the applications' deadlines, for the timeline; nullptr: none shown.
  const std::vector<ScheduleReport>* schedules = nullptr;
};

using WriteFn = void (*)(std::span<const AppReport> reports, const WriteOptions& options,
                         std::ostream& out);
using WriteOneFn = void (*)(const AppReport& report, const WriteOptions& options,
                            std::ostream& out);

struct Format {
  std::string_view name;
  WriteFn write;
  std::string_view description;
  // Set for a streamed format: it writes one application at a time, and the
  // command calls it for each as soon as it is checked, instead of `write`.
  WriteOneFn write_one = nullptr;
};

std::span<const Format> CheckFormats();
const Format* FindCheckFormat(std::string_view name);  // nullptr when unknown

}  // namespace grantcheck
