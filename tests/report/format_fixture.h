// A small run shared by the format tests: a program with error, warning and
// review rules, and reports with every status, input problems and awkward text.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/finding.h"
#include "report/run_info.h"
#include "report/writer.h"
#include "rules/program.h"

namespace grantcheck::testing {

struct FormatFixture {
  FormatFixture();

  std::unique_ptr<Program> program;  // "fh": FH-DURATION (error), FH-PARTNERS (warning),
                                     // FH-LEADER (error), FH-INNOVATION (review)
  RunInfo run;                       // fh's rule file "rules/fh.toml" with a fake SHA-256
  std::vector<AppReport> reports;    // ans/mikro.yaml (fails), ans/ok.yaml (passes),
                                     // ans/trasig.yaml (unreadable)

  WriteOptions Options() const { return WriteOptions{.run = &run}; }
  std::string Write(std::string_view format, const WriteOptions& options) const;
  std::string Write(std::string_view format) const { return Write(format, Options()); }
};

inline constexpr std::string_view kMikroSha =
    "1111111111111111111111111111111111111111111111111111111111111111";
inline constexpr std::string_view kRulesSha =
    "2222222222222222222222222222222222222222222222222222222222222222";

}  // namespace grantcheck::testing
