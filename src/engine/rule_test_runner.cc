#include "engine/rule_test_runner.h"

#include <fmt/format.h>

#include <map>
#include <set>
#include <utility>

#include "base/file_io.h"
#include "base/text.h"
#include "base/visible_text.h"
#include "engine/batch_rules.h"
#include "engine/engine.h"
#include "engine/rule_test_boundaries.h"
#include "model/application.h"
#include "model/doc_edit.h"

namespace grantcheck {
namespace {

// Base applications by file, each read and parsed once per test file.
using BaseCache = std::map<std::string, Document>;

// Every rule id a case names must exist, and every base file must load.
std::vector<Diagnostic> Validate(const RuleTestFile& tests, const Program& program,
                                 BaseCache& bases) {
  std::vector<Diagnostic> errors;
  std::vector<std::string_view> ids;
  for (const Rule& r : program.rules) ids.push_back(r.id);
  for (const Rule& r : program.batch_rules) ids.push_back(r.id);
  std::vector<std::string_view> deadline_ids;
  for (const Deadline& d : program.deadlines) deadline_ids.push_back(d.id);
  auto error = [&](Pos pos, std::string id, std::string message) {
    errors.push_back(Diagnostic{Level::kError, std::move(id), tests.file, pos, std::move(message)});
  };
  std::vector<const BaseApplication*> used;
  if (tests.base) used.push_back(&*tests.base);
  for (const RuleTestCase& c : tests.cases) {
    if (c.base) used.push_back(&*c.base);
    for (const BatchPeer& peer : c.batch) used.push_back(&peer.base);
    for (const RuleExpectation& x : c.expect) {
      if (std::find(ids.begin(), ids.end(), x.rule) != ids.end()) continue;
      std::optional<std::string> near = DidYouMean(x.rule, ids);
      error(x.pos, "test-unknown-rule",
            fmt::format("program '{}' has no rule '{}'{}", program.id, x.rule,
                        near ? fmt::format("; did you mean '{}'?", *near) : ""));
    }
    for (const DeadlineExpectation& x : c.expect_deadlines) {
      if (std::find(deadline_ids.begin(), deadline_ids.end(), x.deadline) != deadline_ids.end()) {
        continue;
      }
      std::optional<std::string> near = DidYouMean(x.deadline, deadline_ids);
      error(x.pos, "test-unknown-deadline",
            fmt::format("program '{}' has no deadline '{}'{}", program.id, x.deadline,
                        near ? fmt::format("; did you mean '{}'?", *near) : ""));
    }
  }
  for (const BaseApplication* base : used) {
    if (!base->file || bases.contains(*base->file)) continue;
    FileText text = ReadInput(*base->file);
    if (!text.text) {
      error(base->pos, "test-base", "cannot read the base application " + *base->file + ": " +
                                        text.error);
      continue;
    }
    Document doc = LoadYaml(*text.text, *base->file);
    for (const Diagnostic& d : doc.diagnostics) {
      if (d.level == Level::kError) errors.push_back(d);
    }
    bases.emplace(*base->file, std::move(doc));
  }
  return errors;
}

// An application of a case: its base with its edits applied; problems appended.
std::optional<Document> Build(const RuleTestFile& tests, const BaseApplication& base,
                              const std::vector<FieldEdit>& edits, const BaseCache& bases,
                              std::vector<std::string>& problems) {
  Document doc;
  if (base.file) {
    doc = bases.at(*base.file);
  } else {
    doc.file = tests.file;
    doc.root = *base.inline_root;
    doc.ok = true;
  }
  for (const FieldEdit& e : edits) {
    std::string why = e.value ? SetPath(doc.root, e.path, *e.value) : UnsetPath(doc.root, e.path);
    if (!why.empty()) problems.push_back(fmt::format("cannot change {}: {}", e.path, why));
  }
  if (!problems.empty()) return std::nullopt;
  return doc;
}

const Finding* FindingOf(const AppReport& report, const std::string& rule) {
  for (const Finding& f : report.findings) {
    if (!f.from_input && f.rule_id == rule) return &f;
  }
  return nullptr;
}

std::string WithMessage(std::string text, const Finding& f) {
  return f.message.empty() ? text : text + " (" + f.message + ")";
}

void Compare(const RuleExpectation& x, const Finding& f, std::vector<std::string>& problems) {
  if (f.status != x.status) {
    problems.push_back(WithMessage(
        fmt::format("{} expected {}, got {}", x.rule, StatusName(x.status), StatusName(f.status)),
        f));
    return;
  }
  if ((x.line && *x.line != f.pos.line) || (x.col && *x.col != f.pos.col)) {
    problems.push_back(fmt::format("{} expected the finding at {}{}, got {}:{} ({})", x.rule,
                                   x.line ? fmt::format("line {}", *x.line) : "",
                                   x.col ? fmt::format(" column {}", *x.col) : "", f.pos.line,
                                   f.pos.col, f.path.empty() ? "no field" : f.path));
  }
  if (x.missing && *x.missing != f.missing) {
    problems.push_back(fmt::format("{} expected missing {}, got {}", x.rule, *x.missing,
                                   f.missing.empty() ? "nothing missing" : f.missing));
  }
  // Any Unicode space matches a space: the no-break spaces of "1 150 000 kr"
  // look like the spaces an author types into a test.
  if (x.message && WithPlainSpaces(f.message).find(WithPlainSpaces(*x.message)) == std::string::npos) {
    problems.push_back(fmt::format("{} message does not contain \"{}\": {}", x.rule,
                                   ShowInvisible(*x.message),
                                   f.message.empty() ? "(no message)" : ShowInvisible(f.message)));
  }
}

void CompareDeadlines(const RuleTestCase& c, const Application& app, const PreparedProgram& prepared,
                      const CheckOptions& options, const DeadlineFn& deadlines,
                      std::vector<std::string>& problems) {
  if (c.expect_deadlines.empty()) return;
  if (!deadlines) {
    problems.push_back("deadlines cannot be checked here");
    return;
  }
  std::vector<std::pair<std::string, std::string>> got = deadlines(app, prepared, options);
  for (const DeadlineExpectation& x : c.expect_deadlines) {
    std::string actual = "none";
    for (const auto& [id, shown] : got) {
      if (id == x.deadline) actual = shown;
    }
    if (actual != x.expected) {
      problems.push_back(fmt::format("deadline {} expected {}, got {}", x.deadline, x.expected,
                                     actual));
    }
  }
}

// The case's application and its batch peers, typed; empty when an edit failed.
std::vector<Application> BuildRun(const RuleTestFile& tests, const RuleTestCase& c,
                                  const Program& program, const BaseCache& bases,
                                  std::vector<std::string>& problems) {
  std::vector<Application> apps;
  std::optional<Document> own = Build(tests, c.base ? *c.base : *tests.base, c.edits, bases,
                                      problems);
  if (own) apps.push_back(BuildApplication(*own, program.schema));
  for (const BatchPeer& peer : c.batch) {
    std::optional<Document> doc = Build(tests, peer.base, peer.edits, bases, problems);
    if (doc) apps.push_back(BuildApplication(*doc, program.schema));
  }
  if (!problems.empty()) apps.clear();
  return apps;
}

// Checks the run as `grantcheck check` would: each application, then the
// batch rules across all of them (a case alone is a run of one).
std::vector<AppReport> CheckRun(const std::vector<Application>& apps,
                                const PreparedProgram& prepared, const CheckOptions& options) {
  std::vector<AppReport> reports;
  for (const Application& app : apps) reports.push_back(CheckApplication(app, prepared, options));
  std::vector<BatchMember> members;
  for (size_t i = 0; i < apps.size(); ++i) members.push_back(BatchMember{&apps[i], &reports[i]});
  if (!prepared.program->batch_rules.empty()) ApplyBatchRules(prepared, members, options);
  return reports;
}

// What the case's application gives the boundaries of each rule it expects.
void Record(const RuleTestCase& c, const Application& app, const PreparedProgram& prepared,
            const CheckOptions& options, std::vector<Boundary>& boundaries) {
  for (const RuleExpectation& x : c.expect) {
    for (const Rule& rule : prepared.program->rules) {
      if (rule.id == x.rule) RecordBoundaries(rule, app, prepared, options, boundaries);
    }
  }
}

CaseResult RunCase(const RuleTestFile& tests, const RuleTestCase& c, const PreparedProgram& prepared,
                   const BaseCache& bases, std::optional<Date> today, const DeadlineFn& deadlines,
                   std::vector<Boundary>& boundaries) {
  CaseResult result{.name = c.name, .pos = c.pos};
  std::vector<Application> apps = BuildRun(tests, c, *prepared.program, bases, result.problems);
  if (apps.empty()) return result;
  CheckOptions options{.lang = c.lang.value_or(tests.lang.value_or("")),
                       .draft = c.draft.value_or(tests.draft),
                       .today = c.today ? c.today : tests.today ? tests.today : today};
  std::vector<AppReport> reports = CheckRun(apps, prepared, options);
  for (const RuleExpectation& x : c.expect) {
    if (const Finding* f = FindingOf(reports.front(), x.rule)) {
      Compare(x, *f, result.problems);
    } else {
      result.problems.push_back(fmt::format("{} gave no finding for the case's application",
                                            x.rule));
    }
  }
  CompareDeadlines(c, apps.front(), prepared, options, deadlines, result.problems);
  Record(c, apps.front(), prepared, options, boundaries);
  return result;
}

}  // namespace

TestFileResult RunRuleTests(const RuleTestFile& tests, const Program& program,
                            std::optional<Date> today, const DeadlineFn& deadlines) {
  TestFileResult result;
  result.rules = program.rules.size() + program.batch_rules.size();
  BaseCache bases;
  result.errors = Validate(tests, program, bases);
  if (!result.errors.empty()) return result;
  PreparedProgram prepared = Prepare(program);
  std::vector<Boundary> boundaries = FindBoundaries(program);
  for (const RuleTestCase& c : tests.cases) {
    result.cases.push_back(RunCase(tests, c, prepared, bases, today, deadlines, boundaries));
  }
  result.uncovered = Coverage(tests, program);
  for (const auto& [rule, why] : MissingBoundaries(boundaries)) {
    result.boundaries.push_back(Uncovered{rule->id, rule->pos, why});
  }
  return result;
}

std::vector<Uncovered> Coverage(const RuleTestFile& tests, const Program& program) {
  std::map<std::string, std::set<Status>> expected;
  for (const RuleTestCase& c : tests.cases) {
    for (const RuleExpectation& x : c.expect) expected[x.rule].insert(x.status);
  }
  std::vector<Uncovered> out;
  std::vector<const Rule*> rules;
  for (const Rule& rule : program.rules) rules.push_back(&rule);
  for (const Rule& rule : program.batch_rules) rules.push_back(&rule);
  for (const Rule* r : rules) {
    const Rule& rule = *r;
    const std::set<Status>& seen = expected[rule.id];
    auto lacks = [&](std::initializer_list<Status> any) {
      for (Status s : any) {
        if (seen.contains(s)) return false;
      }
      return true;
    };
    std::vector<std::string> why;
    if (rule.severity == Severity::kReview) {
      if (lacks({Status::kReview})) why.push_back("no case expects review");
      if (rule.when && lacks({Status::kNotApplicable})) {
        why.push_back("no case expects not_applicable");
      }
    } else {
      if (lacks({Status::kPass})) why.push_back("no case expects pass");
      if (lacks({Status::kFail, Status::kUnknown, Status::kTodo, Status::kError})) {
        why.push_back("no case expects fail, unknown or error");
      }
    }
    std::string joined;
    for (const std::string& w : why) joined += (joined.empty() ? "" : "; ") + w;
    if (!joined.empty()) out.push_back(Uncovered{rule.id, rule.pos, joined});
  }
  return out;
}

}  // namespace grantcheck
