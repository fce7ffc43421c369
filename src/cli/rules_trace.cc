#include "cli/rules_trace.h"

#include <ostream>

#include "base/diagnostic.h"
#include "base/escape.h"
#include "base/file_io.h"
#include "cli/app.h"
#include "cli/rule_lookup.h"
#include "rules/rule_loader.h"
#include "rules/traceability.h"

namespace grantcheck {
namespace {

void ShowSentence(const TracedSentence& t, const Program& program, const std::string& where,
                  const std::string& lang, std::ostream& out) {
  // The text, the reasons and the ids come from files: shown, never acted on.
  out << where << ":" << t.sentence.line << ": \"" << StripControl(t.sentence.text) << "\" ("
      << t.sentence.word << ")\n";
  if (!t.quoted_by.empty()) {
    out << "  checked by ";
    for (size_t i = 0; i < t.quoted_by.size(); ++i) {
      out << (i ? ", " : "") << StripControl(t.quoted_by[i]);
    }
    out << "\n";
  } else if (t.not_checked != nullptr) {
    out << "  not checked: "
        << StripControl(Localize(t.not_checked->reason, lang, program.language)) << "\n";
  } else {
    out << "  UNEXPLAINED: no rule or deadline quotes it, and [[not_checked]] does not list it\n";
  }
}

}  // namespace

int RunRulesTrace(const std::string& text_path, const std::string& rule_file,
                  const std::string& lang, const CommandEnv& env) {
  const FileText text = ReadInput(text_path);
  if (!text.text) {
    env.err << "grantcheck: error: cannot read " << text_path << ": " << text.error << "\n";
    return kExitUsage;
  }
  LoadedProgram loaded = LoadRuleFile(rule_file);
  for (Diagnostic& d : loaded.diagnostics) {
    d.file = DisplayPath(d.file);
    env.err << (d.level == Level::kError ? FormatDiagnosticWithSnippet(d) : FormatDiagnostic(d))
            << "\n";
  }
  if (!loaded.program) return kExitUsage;
  const Program& program = *loaded.program;
  const Trace trace = TraceProgram(program, *text.text);
  const std::string where = StripControl(DisplayPath(text_path));
  size_t checked = 0, not_checked = 0, unexplained = 0;
  for (const TracedSentence& t : trace.sentences) {
    ShowSentence(t, program, where, lang, env.out);
    if (!t.quoted_by.empty()) {
      ++checked;
    } else if (t.not_checked != nullptr) {
      ++not_checked;
    } else {
      ++unexplained;
    }
  }
  for (const NotChecked* n : trace.unused) {
    env.out << StripControl(DisplayPath(program.file)) << ":" << n->pos.line << ": [[not_checked]] \""
            << StripControl(n->sentence) << "\" is no requirement sentence of " << where << "\n";
  }
  for (const NotChecked* n : trace.contradicted) {
    env.out << StripControl(DisplayPath(program.file)) << ":" << n->pos.line << ": [[not_checked]] \""
            << StripControl(n->sentence) << "\" is quoted by a rule or deadline: it is checked\n";
  }
  env.out << where << ": " << trace.sentences.size() << " requirement sentences: " << checked
          << " checked, " << not_checked << " not checked with a reason, " << unexplained
          << " unexplained";
  const size_t wrong = trace.unused.size() + trace.contradicted.size();
  if (wrong > 0) env.out << "; " << wrong << " [[not_checked]] entries to correct";
  env.out << "\n";
  return unexplained == 0 && wrong == 0 ? kExitPass : kExitFail;
}

}  // namespace grantcheck
