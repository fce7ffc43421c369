// The lint checks of traceability: an `error` rule rests on a requirement word
// of the funder's text, and (with --text) every requirement sentence is traced.
#include <fmt/format.h>

#include "rules/lint_internal.h"
#include "rules/requirement_words.h"
#include "rules/traceability.h"

namespace grantcheck::lint {
namespace {

// A sentence as a message quotes it: whole when short, else its start.
std::string Excerpt(const std::string& sentence) {
  constexpr size_t kMax = 100;
  if (sentence.size() <= kMax) return sentence;
  size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(sentence[cut]) & 0xc0) == 0x80) --cut;
  return sentence.substr(0, cut) + "…";
}

}  // namespace

void RequirementWordCheck(const LintInput& in, std::vector<Diagnostic>& out) {
  const Program& program = in.program;
  for (const std::vector<Rule>* rules : {&program.rules, &program.batch_rules}) {
    for (const Rule& rule : *rules) {
      // An inherited rule is linted with the file it is written in.
      if (rule.severity != Severity::kError || FileOf(program, rule) != program.file) continue;
      if (FindRequirementWord(rule.source, true) || !rule.eligibility.empty()) continue;
      Diagnostic d = At(program.file, rule.pos, "lint-requirement-word",
                        fmt::format("rule '{}' is an error, but its source has no requirement "
                                    "word (ska, skal, må, must …); quote the sentence that "
                                    "makes it a requirement, give the reason it decides "
                                    "eligibility in `eligibility`, or make it a warning",
                                    rule.id));
      d.level = Level::kError;
      out.push_back(std::move(d));
    }
  }
}

void UntracedSentence(const LintInput& in, std::vector<Diagnostic>& out) {
  if (!in.options.funder_text) return;
  const Trace trace = TraceProgram(in.program, *in.options.funder_text);
  for (const TracedSentence& t : trace.sentences) {
    if (t.Explained()) continue;
    out.push_back(At(in.options.funder_text_file, Pos{t.sentence.line, 1},
                     "lint-untraced-sentence",
                     fmt::format("\"{}\" says '{}', but no rule or deadline quotes it; quote it in "
                                 "a rule's source, or list it under [[not_checked]] with a reason",
                                 Excerpt(t.sentence.text), t.sentence.word)));
  }
  for (const NotChecked* n : trace.unused) {
    out.push_back(At(in.program.file, n->pos, "lint-untraced-sentence",
                     fmt::format("the [[not_checked]] sentence \"{}\" is no requirement sentence "
                                 "of {}; quote one exactly, or remove the entry",
                                 Excerpt(n->sentence), in.options.funder_text_file)));
  }
  for (const NotChecked* n : trace.contradicted) {
    out.push_back(At(in.program.file, n->pos, "lint-untraced-sentence",
                     fmt::format("the [[not_checked]] sentence \"{}\" is quoted by a rule or "
                                 "deadline, so it is checked; remove the entry",
                                 Excerpt(n->sentence))));
  }
}

}  // namespace grantcheck::lint
