#include "schedule/schedule.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <utility>

#include "base/holidays.h"
#include "base/localized_text.h"
#include "engine/batch.h"

namespace grantcheck {
namespace {

constexpr std::array kPhrases = {
    Phrase{"saturday", "lördag", "lørdag", "lørdag", "Saturday"},
    Phrase{"sunday", "söndag", "søndag", "søndag", "Sunday"},
    Phrase{"not-date", "datumet blev {0}, inte ett datum", "datoen blev {0}, ikke en dato",
           "datoen ble {0}, ikke en dato", "the date gave {0}, not a date"},
    Phrase{"not-received", "received.{0} är {1}, inte ett datum", "received.{0} er {1}, ikke en dato",
           "received.{0} er {1}, ikke en dato", "received.{0} is {1}, not a date"},
    Phrase{"not-bool", "villkoret (when) blev {0}, inte sant eller falskt",
           "betingelsen (when) blev {0}, ikke sand eller falsk",
           "vilkåret (when) ble {0}, ikke sann eller usann",
           "the condition (when) gave {0}, not true or false"},
};

constexpr std::string_view kStatusNames[] = {"dated", "undated", "error"};
constexpr std::string_view kDayOffNames[] = {"", "saturday", "sunday", "holiday"};

// The nodes whose missing value names a field the expression needs: the
// outermost node of each field chain (`period.end`, not `period`), and none
// inside has(), which asks whether a field is there rather than needing it.
std::vector<bool> FieldReads(const Ast& ast) {
  std::vector<bool> reads(ast.nodes.size(), false);
  for (NodeId id = 0; id < ast.nodes.size(); ++id) {
    NodeKind k = ast.at(id).kind;
    reads[id] = k == NodeKind::kIdent || k == NodeKind::kSelect || k == NodeKind::kIndex;
  }
  std::vector<NodeId> in_has;
  for (const Node& n : ast.nodes) {
    bool chain = n.kind == NodeKind::kSelect || n.kind == NodeKind::kIndex;
    if (chain) reads[n.args[0]] = false;  // `period` of `period.end`
    if (n.kind == NodeKind::kCall && n.name == "has") {
      in_has.insert(in_has.end(), n.args.begin(), n.args.end());
    }
  }
  while (!in_has.empty()) {  // has()'s argument, with all it contains
    NodeId id = in_has.back();
    in_has.pop_back();
    reads[id] = false;
    in_has.insert(in_has.end(), ast.at(id).args.begin(), ast.at(id).args.end());
  }
  return reads;
}

void AddUnique(std::vector<std::string>* paths, const std::string& path) {
  if (std::find(paths->begin(), paths->end(), path) == paths->end()) paths->push_back(path);
}

// A fault in the rule file's expression is shown at its place there; one
// carried in from the application (a value of the wrong type) as it is.
std::string ErrorText(const Expression& expr, const ErrorData& error) {
  if (error.span == Span{}) return error.message;
  Diagnostic d = expr.ErrorDiagnostic(error);
  return fmt::format("{} ({}:{}:{})", error.message, d.file, d.pos.line, d.pos.col);
}

class DeadlineRunner {
 public:
  DeadlineRunner(const Application& app, const PreparedProgram& prepared,
                 const ScheduleOptions& options)
      : program_(*prepared.program),
        lang_(options.lang.empty() ? program_.language : options.lang),
        country_(CountryOf(program_.language, program_.currency)),
        bindings_{&app.root, &program_.params_value},
        received_(app.root.Find("received")) {
    ctx_.today = options.today;
    ctx_.budget = &budget_;
    ctx_.canonical_member = [&members = prepared.members](std::string_view name) {
      return members.Canonical(name);
    };
  }
  // ctx_ refers to budget_.
  DeadlineRunner(const DeadlineRunner&) = delete;
  DeadlineRunner& operator=(const DeadlineRunner&) = delete;

  const std::string& lang() const { return lang_; }

  // The entry of `deadline`, or nullopt when its `when` is false.
  std::optional<ScheduleEntry> Run(const Deadline& deadline) const {
    ScheduleEntry e{.program_id = program_.id,
                    .deadline_id = deadline.id,
                    .title = Localize(deadline.title, lang_, program_.language),
                    .note = Localize(deadline.note, lang_, program_.language),
                    .source = deadline.source,
                    .by_funder = deadline.by_funder};
    if (deadline.when) {
      Value applies = deadline.when->Evaluate(bindings_, ctx_);
      if (applies.kind() == ValueKind::kBool && !applies.as_bool()) return std::nullopt;
      if (applies.kind() != ValueKind::kBool) {
        Outcome(e, *deadline.when, applies, ValueKind::kBool, "not-bool");
        if (e.status == EntryStatus::kError || !deadline.date) return e;
      }
    }
    if (!deadline.date) return std::nullopt;  // the loader has reported it
    Value date = deadline.date->Evaluate(bindings_, ctx_);
    Outcome(e, *deadline.date, date, ValueKind::kDate, "not-date");
    if (date.is_missing() && e.status == EntryStatus::kUndated) AtTheLatest(e, *deadline.date);
    Received(e);
    return e;
  }

 private:
  // Records `v`, the value of `expr`, which should be of kind `wanted`, in
  // `e`: the fields that are missing (added to those of an undecided `when`),
  // the fault, or the date.
  void Outcome(ScheduleEntry& e, const Expression& expr, const Value& v, ValueKind wanted,
               std::string_view wrong_kind) const {
    if (v.is_missing()) {
      e.status = EntryStatus::kUndated;
      AddUnique(&e.missing, v.as_missing().path);
      AddMissingReads(expr, &e.missing);
    } else if (v.is_error()) {
      e = Fault(std::move(e), ErrorText(expr, v.as_error()));
    } else if (v.kind() != wanted) {
      std::string_view phrase = Pick(kPhrases, wrong_kind, lang_);
      e = Fault(std::move(e), fmt::format(fmt::runtime(phrase), v.Dump()));
    } else if (wanted == ValueKind::kDate && e.status == EntryStatus::kDated) {
      Dated(e, v.as_date());
    }
  }

  // A `date` of min(a, b, ...) whose missing arguments are the only reason it
  // is undated: the known ones bound it, so it is dated at their minimum,
  // marked "at the latest" (`missing` still names what would settle it).
  void AtTheLatest(ScheduleEntry& e, const Expression& expr) const {
    const Node& root = expr.ast.at(expr.ast.root);
    if (root.kind != NodeKind::kCall || root.name != "min") return;
    std::optional<Date> bound;
    for (NodeId arg : root.args) {
      Value v = EvaluateNode(expr.ast, arg, bindings_, ctx_, {});
      if (v.is_missing()) continue;
      if (v.kind() != ValueKind::kDate) return;  // a list, a fault: no bound to trust
      if (!bound || v.as_date() < *bound) bound = v.as_date();
    }
    if (!bound) return;
    e.status = EntryStatus::kDated;
    e.at_the_latest = true;
    Dated(e, *bound);
  }

  // The day the application says the deadline's report came in, from
  // `received: {DEADLINE-ID: DATE}`; anything else than a date is a fault.
  void Received(ScheduleEntry& e) const {
    const Value* day = received_ != nullptr && received_->kind() == ValueKind::kMap
                           ? received_->Find(e.deadline_id)
                           : nullptr;
    if (day == nullptr) return;
    if (day->kind() == ValueKind::kDate) {
      e.received = day->as_date();
      return;
    }
    std::string_view phrase = Pick(kPhrases, "not-received", lang_);
    std::string why = fmt::format(fmt::runtime(phrase), e.deadline_id, day->Dump());
    e = Fault(std::move(e), std::move(why));
  }

  // Every other field `expr` reads that is missing, so an undated entry
  // names all it needs rather than the first.
  void AddMissingReads(const Expression& expr, std::vector<std::string>* missing) const {
    std::vector<bool> reads = FieldReads(expr.ast);
    EvaluateTraced(expr.ast, expr.ast.root, bindings_, ctx_, {}, [&](NodeId id, const Value& v) {
      if (reads[id] && v.is_missing()) AddUnique(missing, v.as_missing().path);
    });
  }

  static ScheduleEntry Fault(ScheduleEntry e, std::string why) {
    e.status = EntryStatus::kError;
    e.date.reset();
    e.missing.clear();
    e.error = std::move(why);
    return e;
  }

  void Dated(ScheduleEntry& e, Date day) const {
    e.date = day;
    std::optional<Holiday> holiday = country_ ? HolidayOn(*country_, day) : std::nullopt;
    int weekday = Weekday(day);
    if (holiday) {
      e.day_off = DayOff::kHoliday;
      e.day_off_name = lang_ == "en" ? holiday->english_name : holiday->local_name;
    } else if (weekday >= 5) {
      e.day_off = weekday == 5 ? DayOff::kSaturday : DayOff::kSunday;
      e.day_off_name = Pick(kPhrases, weekday == 5 ? "saturday" : "sunday", lang_);
    }
  }

  const Program& program_;
  std::string lang_;
  std::optional<Country> country_;
  Bindings bindings_;
  const Value* received_;  // the application's `received` map, if any
  // Every deadline of the application is charged to one budget, as its rules are.
  mutable EvalBudget budget_;
  EvalContext ctx_;
};

bool Dated(const ScheduleEntry& e) { return e.status == EntryStatus::kDated; }

// Dated entries first, by date, keeping the order of equal dates.
void SortByDate(std::vector<ScheduleEntry>& entries) {
  auto undated = std::stable_partition(entries.begin(), entries.end(), Dated);
  std::stable_sort(entries.begin(), undated, [](const ScheduleEntry& a, const ScheduleEntry& b) {
    return *a.date < *b.date;
  });
}

// Before today, the funder's dates have passed and the applicant's are late
// unless received; the next is the first one still open on or after today.
void MarkToday(std::vector<ScheduleEntry>& entries, Date today) {
  bool next_found = false;
  for (ScheduleEntry& e : entries) {
    if (!Dated(e)) continue;
    bool past = *e.date < today;
    e.passed = past && e.by_funder;
    e.overdue = past && !e.by_funder && !e.received;
    if (!past && !e.received && !next_found) e.next = next_found = true;
  }
}

std::string StringAt(const Value& root, std::string_view key) {
  const Value* v = root.Find(key);
  return v != nullptr && v->kind() == ValueKind::kString ? v->as_string() : "";
}

bool OutsideRange(const ScheduleEntry& e, const ScheduleOptions& o) {
  if (!Dated(e)) return false;
  return (o.from && *e.date < *o.from) || (o.until && *e.date > *o.until);
}

}  // namespace

std::string_view EntryStatusName(EntryStatus s) { return kStatusNames[static_cast<int>(s)]; }

std::string_view DayOffName(DayOff d) { return kDayOffNames[static_cast<int>(d)]; }

std::string Dump(const ScheduleEntry& e) {
  switch (e.status) {
    case EntryStatus::kDated: {
      std::string out = FormatDate(*e.date) + " " + e.deadline_id;
      if (!e.day_off_name.empty()) out += " (" + e.day_off_name + ")";
      if (e.at_the_latest) out += " at-the-latest";
      if (e.received) out += " received " + FormatDate(*e.received);
      if (e.overdue) out += " overdue";
      if (e.passed) out += " passed";
      if (e.next) out += " next";
      return out;
    }
    case EntryStatus::kUndated:
      return fmt::format("undated {} needs {}", e.deadline_id, fmt::join(e.missing, ", "));
    case EntryStatus::kError:
      return fmt::format("error {}: {}", e.deadline_id, e.error);
  }
  return {};
}

std::string ApplicationIdentity(const Application& app) {
  if (std::string id = StringAt(app.root, "id"); !id.empty()) return "id\n" + id;
  std::string title = StringAt(app.root, "title");
  const Value* applicant = app.root.Find("applicant");
  std::string organisation = applicant != nullptr && applicant->kind() == ValueKind::kMap
                                 ? StringAt(*applicant, "organisation")
                                 : "";
  if (!title.empty()) return "title\n" + title + "\n" + organisation;
  size_t slash = app.file.find_last_of('/');
  return "file\n" + (slash == std::string::npos ? app.file : app.file.substr(slash + 1));
}

ScheduleReport ScheduleApplication(const Application& app, const PreparedProgram& program,
                                   const ScheduleOptions& options) {
  DeadlineRunner runner(app, program, options);
  ScheduleReport report{.file = app.file,
                        .program_id = program.program->id,
                        .app_title = StringAt(app.root, "title"),
                        .identity = ApplicationIdentity(app),
                        .decision = StringAt(app.root, "decision"),
                        .language = runner.lang()};
  for (const Deadline& d : program.program->deadlines) {
    std::optional<ScheduleEntry> e = runner.Run(d);
    if (!e) continue;
    e->file = report.file;
    e->app_title = report.app_title;
    e->identity = report.identity;
    report.entries.push_back(std::move(*e));
  }
  SortByDate(report.entries);
  if (options.today) MarkToday(report.entries, *options.today);
  std::erase_if(report.entries, [&](const ScheduleEntry& e) { return OutsideRange(e, options); });
  return report;
}

ScheduleReport ScheduleInputError(AppReport failed) {
  return ScheduleReport{.file = failed.file,
                        .program_id = failed.program_id,
                        .input_error = true,
                        .problems = std::move(failed.findings)};
}

std::vector<ScheduleReport> ScheduleFiles(const std::vector<std::string>& files,
                                          const RuleSet& rules, const ScheduleOptions& options) {
  std::vector<PreparedProgram> prepared;
  for (const auto& program : rules.programs) prepared.push_back(Prepare(*program));
  std::vector<ScheduleReport> reports;
  reports.reserve(files.size());
  for (const std::string& f : files) {
    LoadedFile loaded = LoadFile(f, rules, prepared, options.stdin_name);
    if (!loaded.app) {
      reports.push_back(ScheduleInputError(std::move(loaded.error)));
      continue;
    }
    ScheduleReport r = ScheduleApplication(*loaded.app, *loaded.program, options);
    if (!options.granted_only || r.decision == "granted") reports.push_back(std::move(r));
  }
  return reports;
}

std::vector<const ScheduleEntry*> MergedEntries(std::span<const ScheduleReport> reports) {
  std::vector<const ScheduleEntry*> all;
  for (const ScheduleReport& r : reports) {
    for (const ScheduleEntry& e : r.entries) all.push_back(&e);
  }
  auto undated = std::stable_partition(all.begin(), all.end(),
                                       [](const ScheduleEntry* e) { return Dated(*e); });
  std::stable_sort(all.begin(), undated, [](const ScheduleEntry* a, const ScheduleEntry* b) {
    return *a->date < *b->date;
  });
  return all;
}

}  // namespace grantcheck
