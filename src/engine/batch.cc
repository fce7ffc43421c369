#include "engine/batch.h"

#include <fmt/format.h>

#include "base/file_io.h"
#include "base/sha256.h"
#include "base/text.h"
#include "engine/acknowledgement.h"
#include "engine/parallel.h"
#include "model/application.h"
#include "model/application_texts.h"
#include "model/document.h"
#include "model/program_line.h"

namespace grantcheck {
namespace {

std::string Known(const RuleSet& rules, std::string_view lang) {
  std::string out;
  for (const std::string& id : rules.Ids()) out += (out.empty() ? "" : ", ") + id;
  return out.empty() ? std::string(AppPhrase("no rule files", lang)) : out;
}

template <typename... Args>
std::string Say(std::string_view lang, std::string_view key, const Args&... args) {
  return fmt::format(fmt::runtime(AppPhrase(key, lang)), args...);
}

// An unknown or absent program: the file cannot be checked against anything.
AppReport UnknownProgram(const Document& doc, const RuleSet& rules, const std::string& id,
                         std::string_view lang) {
  const DocNode* node = doc.root.Find("program");
  Pos pos = node != nullptr ? node->pos : Pos{1, 1};
  if (id.empty()) {
    return InputError(doc.file, pos, "app-no-program", Say(lang, "no program", Known(rules, lang)));
  }
  std::vector<std::string> ids = rules.Ids();
  std::vector<std::string_view> names(ids.begin(), ids.end());
  std::optional<std::string> near = DidYouMean(id, names);
  return InputError(doc.file, pos, "app-unknown-program",
                    Say(lang, "unknown program", id,
                        near ? Say(lang, "program did you mean", *near) : "", Known(rules, lang)));
}

// The language of what is said about a file before its program is known: the
// one asked for, else that of the program its first line names; "" (English,
// and the run's language in the reports' headings) when neither is known.
std::string EarlyLanguage(std::string_view text, const RuleSet& rules, const std::string& lang) {
  if (!lang.empty()) return lang;
  if (const std::optional<std::string> id = LeadingProgramId(text)) {
    if (const Program* program = rules.Find(*id)) return program->language;
  }
  return "";
}

}  // namespace

AppReport InputError(const std::string& file, Pos pos, std::string id, std::string message) {
  AppReport r{.file = file, .input_error = true};
  r.findings.push_back(FindingFromDiagnostic(
      Diagnostic{Level::kError, std::move(id), file, pos, std::move(message)}));
  return r;
}

AppReport UnreadableInput(const InputProblem& problem, std::string_view lang) {
  if (lang.empty()) lang = "en";
  std::string why;
  switch (problem.kind) {
    case InputProblem::Kind::kMissing:
      why = problem.detail.empty() ? std::string(AppPhrase("no such file", lang)) : problem.detail;
      break;
    case InputProblem::Kind::kNoApplications: why = AppPhrase("no applications", lang); break;
    case InputProblem::Kind::kUnlistable: why = Say(lang, "cannot list", problem.detail); break;
    case InputProblem::Kind::kExcluded: why = Say(lang, "all excluded", problem.detail); break;
  }
  return InputError(problem.path, Pos{}, "app-read", std::move(why));
}

LoadedFile LoadFile(const std::string& path, const RuleSet& rules,
                    const std::vector<PreparedProgram>& prepared, const std::string& stdin_name,
                    const std::string& lang) {
  std::string shown = path == "-" ? stdin_name : path;
  FileText text = ReadInput(path);
  if (!text.text) {
    return {.error = InputError(shown, Pos{}, "app-read",
                                Say(lang.empty() ? "en" : lang, "cannot read", text.error))};
  }
  std::string sha256 = Sha256Hex(*text.text);
  const std::string early_lang = EarlyLanguage(*text.text, rules, lang);
  Document doc = LoadYaml(*text.text, shown, early_lang);
  if (!doc.ok) {
    LoadedFile bad{.error = AppReport{.file = shown, .language = early_lang, .input_error = true},
                   .sha256 = sha256};
    for (const Diagnostic& d : doc.diagnostics) {
      bad.error.findings.push_back(FindingFromDiagnostic(d));
    }
    return bad;
  }
  std::string id = ProgramOf(doc);
  const Program* program = rules.Find(id);
  if (program == nullptr) {
    LoadedFile unknown{.error = UnknownProgram(doc, rules, id, early_lang), .sha256 = sha256};
    unknown.error.language = early_lang;
    return unknown;
  }
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
