// Where `check` writes its reports: one or more formats, each to standard
// output or to a file written atomically, from --format NAME[=FILE] and --output FILE.
#pragma once

#include <iosfwd>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "base/atomic_file.h"
#include "engine/finding.h"
#include "report/writer.h"

namespace grantcheck {

// One report to write: a format and "-" (standard output) or a file path.
struct OutputSpec {
  const Format* format = nullptr;
  std::string path = "-";
};

// The outputs that the repeatable options ask for:
// - `--format NAME=FILE` writes NAME to FILE ("-" for standard output);
// - a plain `--format NAME` takes the --output at the same position among the
//   plain ones, so `--format text --format sarif --output - --output x.sarif`
//   pairs them in order; with no --output they all go to standard output;
// - no --format at all means text.
// nullopt, with *error set, for an unknown format, a count of --output that
// does not match the plain --format, or two outputs to one destination.
std::optional<std::vector<OutputSpec>> ParseOutputs(const std::vector<std::string>& formats,
                                                    const std::vector<std::string>& outputs,
                                                    std::string* error);

// An open output: standard output, or a temporary file that becomes FILE on
// Finish(). A streamed format (jsonl) gets each application as soon as it is
// checked; the others get the whole run in Finish().
class ReportSink {
 public:
  // Opens FILE's temporary file now, so an unwritable destination stops the
  // run before any application is checked. nullptr with *error set on failure.
  static std::unique_ptr<ReportSink> Open(const OutputSpec& spec, std::ostream& stdout_stream,
                                          std::string* error);

  bool to_stdout() const { return file_ == nullptr; }
  const OutputSpec& spec() const { return spec_; }

  // One application, in input order; written at once by a streamed format.
  void Add(const AppReport& report, const WriteOptions& options);
  // Writes a format that is not streamed and commits a file. False with *error set.
  bool Finish(std::span<const AppReport> reports, const WriteOptions& options, std::string* error);

 private:
  ReportSink(OutputSpec spec, std::ostream* out, std::unique_ptr<AtomicFile> file);

  OutputSpec spec_;
  std::ostream* out_;
  std::unique_ptr<AtomicFile> file_;
};

}  // namespace grantcheck
