#include "cli/report_outputs.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <ostream>

namespace grantcheck {
namespace {

// "sarif=out.sarif" -> ("sarif", "out.sarif"); "text" -> ("text", nullopt).
std::pair<std::string, std::optional<std::string>> SplitFormat(const std::string& arg) {
  size_t eq = arg.find('=');
  if (eq == std::string::npos) return {arg, std::nullopt};
  return {arg.substr(0, eq), arg.substr(eq + 1)};
}

std::string KnownFormats() {
  std::string names;
  for (const Format& f : CheckFormats()) names += (names.empty() ? "" : ", ") + std::string(f.name);
  return names;
}

// The same file named twice, even as "out.sarif" and "./out.sarif", would be
// overwritten by whichever output finishes last. Made absolute first:
// weakly_canonical leaves a relative name whose first part does not exist
// ("a.json") relative, but resolves "./a.json", and the two then differed.
std::string Destination(const std::string& path) {
  if (path == "-") return path;
  std::error_code ec;
  std::filesystem::path absolute = std::filesystem::absolute(path, ec);
  if (ec) return path;
  std::filesystem::path p = std::filesystem::weakly_canonical(absolute, ec);
  return ec ? absolute.lexically_normal().string() : p.string();
}

// Two names of one existing regular file, hard links included.
bool SameFile(const std::string& a, const std::string& b) {
  struct stat sa {}, sb {};
  return a != "-" && b != "-" && ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 &&
         S_ISREG(sa.st_mode) && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

// Why outputs `a` and `b`, which go to one place, cannot both be written.
std::string Clash(const OutputSpec& a, const OutputSpec& b) {
  if (a.path == "-") {
    return fmt::format("only one output can go to standard output; give the {} output a file "
                       "with --format {}=FILE",
                       b.format->name, b.format->name);
  }
  if (a.path == b.path) return fmt::format("two outputs write to '{}'", a.path);
  return fmt::format("two outputs write to one file, '{}' and '{}'", a.path, b.path);
}

bool Distinct(const std::vector<OutputSpec>& specs, std::string* error) {
  for (size_t i = 0; i < specs.size(); ++i) {
    for (size_t j = i + 1; j < specs.size(); ++j) {
      if (Destination(specs[i].path) != Destination(specs[j].path) &&
          !SameFile(specs[i].path, specs[j].path)) {
        continue;
      }
      *error = Clash(specs[i], specs[j]);
      return false;
    }
  }
  return true;
}

}  // namespace

std::optional<std::vector<OutputSpec>> ParseOutputs(const std::vector<std::string>& formats,
                                                    const std::vector<std::string>& outputs,
                                                    std::string* error) {
  std::vector<std::string> args = formats.empty() ? std::vector<std::string>{"text"} : formats;
  std::vector<OutputSpec> specs;
  size_t plain = 0;
  for (const std::string& arg : args) {
    auto [name, file] = SplitFormat(arg);
    const Format* format = FindCheckFormat(name);
    if (format == nullptr) {
      *error = fmt::format("--format: unknown format '{}'; known formats: {}", name, KnownFormats());
      return std::nullopt;
    }
    if (file && file->empty()) {
      *error = fmt::format("--format {}=: the file name is missing", name);
      return std::nullopt;
    }
    specs.push_back(OutputSpec{format, file.value_or("")});
    if (!file) ++plain;
  }
  if (!outputs.empty() && outputs.size() != plain) {
    *error = fmt::format("--output is given {} times for {} --format without '=FILE'; give one "
                         "--output per such --format, in the same order",
                         outputs.size(), plain);
    return std::nullopt;
  }
  size_t next = 0;
  for (OutputSpec& spec : specs) {
    if (spec.path.empty()) spec.path = outputs.empty() ? "-" : outputs[next++];
  }
  if (!Distinct(specs, error)) return std::nullopt;
  return specs;
}

ReportSink::ReportSink(OutputSpec spec, std::ostream* out, std::unique_ptr<AtomicFile> file)
    : spec_(std::move(spec)), out_(out), file_(std::move(file)) {}

std::unique_ptr<ReportSink> ReportSink::Open(const OutputSpec& spec, std::ostream& stdout_stream,
                                             std::string* error) {
  if (spec.path == "-") {
    return std::unique_ptr<ReportSink>(new ReportSink(spec, &stdout_stream, nullptr));
  }
  std::string why;
  std::unique_ptr<AtomicFile> file = AtomicFile::Open(spec.path, &why);
  if (file == nullptr) {
    *error = fmt::format("cannot write '{}': {}", spec.path, why);
    return nullptr;
  }
  std::ostream* out = &file->out();
  return std::unique_ptr<ReportSink>(new ReportSink(spec, out, std::move(file)));
}

void ReportSink::Add(const AppReport& report, const WriteOptions& options) {
  if (spec_.format->write_one != nullptr) spec_.format->write_one(report, options, *out_);
}

bool ReportSink::Finish(std::span<const AppReport> reports, const WriteOptions& options,
                        std::string* error) {
  if (spec_.format->write_one == nullptr) spec_.format->write(reports, options, *out_);
  out_->flush();
  if (file_ == nullptr) return true;
  std::string why;
  if (file_->Commit(&why)) return true;
  *error = fmt::format("cannot write '{}': {}", spec_.path, why);
  return false;
}

}  // namespace grantcheck
