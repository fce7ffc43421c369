#include "engine/batch.h"

#include <fmt/format.h>

#include "base/file_io.h"
#include "base/sha256.h"
#include "base/text.h"
#include "engine/acknowledgement.h"
#include "engine/parallel.h"
#include "model/application.h"
#include "model/document.h"

namespace grantcheck {
namespace {

std::string Known(const RuleSet& rules) {
  std::string out;
  for (const std::string& id : rules.Ids()) out += (out.empty() ? "" : ", ") + id;
  return out.empty() ? "none (no rule file was found)" : out;
}

// An unknown or absent program: the file cannot be checked against anything.
AppReport UnknownProgram(const Document& doc, const RuleSet& rules, const std::string& id) {
  const DocNode* node = doc.root.Find("program");
  Pos pos = node != nullptr ? node->pos : Pos{1, 1};
  if (id.empty()) {
    return InputError(doc.file, pos, "app-no-program",
                      fmt::format("the application names no program; add 'program:' with one of: "
                                  "{}",
                                  Known(rules)));
  }
  std::vector<std::string> ids = rules.Ids();
  std::vector<std::string_view> names(ids.begin(), ids.end());
  std::optional<std::string> near = DidYouMean(id, names);
  return InputError(doc.file, pos, "app-unknown-program",
                    fmt::format("unknown program '{}'{}; known programs: {}", id,
                                near ? fmt::format(" (did you mean '{}'?)", *near) : "",
                                Known(rules)));
}

}  // namespace

AppReport InputError(const std::string& file, Pos pos, std::string id, std::string message) {
  AppReport r{.file = file, .input_error = true};
  r.findings.push_back(FindingFromDiagnostic(
      Diagnostic{Level::kError, std::move(id), file, pos, std::move(message)}));
  return r;
}

LoadedFile LoadFile(const std::string& path, const RuleSet& rules,
                    const std::vector<PreparedProgram>& prepared, const std::string& stdin_name,
                    const std::string& lang) {
  std::string shown = path == "-" ? stdin_name : path;
  FileText text = ReadInput(path);
  if (!text.text) {
    return {.error = InputError(shown, Pos{}, "app-read", "cannot read: " + text.error)};
  }
  std::string sha256 = Sha256Hex(*text.text);
  Document doc = LoadYaml(*text.text, shown);
  if (!doc.ok) {
    LoadedFile bad{.error = AppReport{.file = shown, .input_error = true}, .sha256 = sha256};
    for (const Diagnostic& d : doc.diagnostics) {
      bad.error.findings.push_back(FindingFromDiagnostic(d));
    }
    return bad;
  }
  std::string id = ProgramOf(doc);
  const Program* program = rules.Find(id);
  if (program == nullptr) return {.error = UnknownProgram(doc, rules, id), .sha256 = sha256};
  LoadedFile loaded{.sha256 = sha256};
  for (const PreparedProgram& candidate : prepared) {
    if (candidate.program == program) loaded.program = &candidate;
  }
  std::vector<Diagnostic> parse_diagnostics = std::move(doc.diagnostics);
  loaded.app = BuildApplication(std::move(doc), program->schema,
                                lang.empty() ? program->language : lang);
  loaded.app->diagnostics.insert(loaded.app->diagnostics.begin(),
                                 std::make_move_iterator(parse_diagnostics.begin()),
                                 std::make_move_iterator(parse_diagnostics.end()));
  return loaded;
}

CheckedFile CheckFileKeeping(const std::string& path, const RuleSet& rules,
                             const std::vector<PreparedProgram>& prepared,
                             const CheckOptions& options) {
  LoadedFile loaded = LoadFile(path, rules, prepared, options.stdin_name, options.lang);
  CheckedFile checked;
  if (loaded.app) {
    checked.report = CheckApplication(*loaded.app, *loaded.program, options);
    if (!loaded.program->program->batch_rules.empty()) {
      checked.app = std::move(loaded.app);
      checked.program = loaded.program;
    }
  } else {
    checked.report = std::move(loaded.error);
  }
  checked.report.sha256 = std::move(loaded.sha256);
  return checked;
}

AppReport CheckFile(const std::string& path, const RuleSet& rules,
                    const std::vector<PreparedProgram>& prepared, const CheckOptions& options) {
  AppReport report = CheckFileKeeping(path, rules, prepared, options).report;
  SettleAcknowledgements(&report);  // no batch rules will come
  return report;
}

std::vector<AppReport> CheckFiles(const std::vector<std::string>& files, const RuleSet& rules,
                                  const CheckOptions& options) {
  std::vector<AppReport> reports;
  reports.reserve(files.size());
  CheckFilesOrdered(files, rules, options, 1,
                    [&](AppReport&& report) { reports.push_back(std::move(report)); });
  return reports;
}

}  // namespace grantcheck
