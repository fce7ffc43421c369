// An application's deadlines: each [[deadlines]] entry of its program evaluated
// to a dated, undated (inputs missing) or faulty entry. Formatting is report's job.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "engine/engine.h"
#include "engine/finding.h"
#include "model/application.h"
#include "rules/rule_set.h"

namespace grantcheck {

enum class EntryStatus {
  kDated,    // `date` gave a date
  kUndated,  // `when` or `date` needs a field the application lacks
  kError,    // `when` or `date` faulted, or gave something else than a bool / a date
};

std::string_view EntryStatusName(EntryStatus s);  // "dated", "undated", "error"

// Why a dated deadline falls on a day that is not a working day. It is only
// flagged: no funder's text says such a deadline moves, so grantcheck never moves it.
enum class DayOff { kNone, kSaturday, kSunday, kHoliday };

std::string_view DayOffName(DayOff d);  // "", "saturday", "sunday", "holiday"

struct ScheduleEntry {
  std::string file;         // the application's file as given (--stdin-filename or "<stdin>" for -)
  std::string program_id;   // "familjen-helsingborg"
  std::string app_title;    // the application's `title`, "" when absent
  std::string identity;     // the application's ApplicationIdentity()
  std::string deadline_id;  // "final-report"
  std::string title;        // localized
  EntryStatus status = EntryStatus::kDated;
  std::optional<Date> date;          // set for kDated only
  std::vector<std::string> missing;  // kUndated: the fields it needs, in the order met
  std::string error;                 // kError: why, in the report's language
  std::string note;                  // localized; "" when the rule file has none
  std::string source;                // the funder's sentence, verbatim
  DayOff day_off = DayOff::kNone;
  std::string day_off_name;  // localized: "lördag", "Kristi himmelsfärdsdag"; "" on working days
  // kDated from a `date` that needs missing fields (`missing` names them) but
  // is a min() whose known arguments already bound it: the date is the latest
  // it can be ("senast"); the missing fields can only bring it forward.
  bool at_the_latest = false;
  bool by_funder = false;       // the funder's act or date (`by = "funder"`)
  std::optional<Date> received;  // the application's `received.<deadline_id>`
  bool overdue = false;  // late: dated before today, owed by the applicant, not received
  bool passed = false;   // dated before today and the funder's (by_funder)
  bool next = false;     // the application's first open dated entry on or after today
};

// "2026-03-02 halftime-report", "2026-05-16 project-end (lördag) overdue",
// "undated final-report needs decision_date", "error x: ..." (tests are one line).
std::string Dump(const ScheduleEntry& entry);

// One input file's schedule, or why it has none (`input_error`).
struct ScheduleReport {
  std::string file;
  std::string program_id;  // "" when the file could not be read that far
  std::string app_title;
  std::string identity;  // ApplicationIdentity(): what its calendar UIDs are made from
  std::string decision;  // the application's `decision` code ("granted", "rejected"), or ""
  std::string language;  // of titles and notes: --lang, else the program's
  // Dated entries by date (ties in rule-file order), then undated and faulty
  // ones in rule-file order.
  std::vector<ScheduleEntry> entries;
  bool input_error = false;
  std::vector<Finding> problems;  // input_error: what is wrong with the file
};

struct ScheduleOptions {
  std::string lang;           // "" = the program's language
  std::optional<Date> today;  // for today(), `overdue` and `next`; unset: neither is marked
  std::optional<Date> from;   // dated entries before `from` or after `until` are left
  std::optional<Date> until;  // out; undated and faulty ones are always kept
  std::string stdin_name = kStdinName;  // the file name of "-"
  bool granted_only = false;  // ScheduleFiles: leave out applications not granted
};

// What identifies an application whatever its path: its `id` when given, else
// its title and applicant's name, else its file's name without the folder.
std::string ApplicationIdentity(const Application& app);

// The schedule of one application; a deadline whose `when` is false is left
// out. Pure and thread-safe, like CheckApplication().
ScheduleReport ScheduleApplication(const Application& app, const PreparedProgram& program,
                                   const ScheduleOptions& options);

// The schedules of `files` in order; a file that cannot be read or parsed
// becomes a report with input_error set, and the others are still scheduled.
// With `granted_only`, an application whose `decision` is not granted has none.
std::vector<ScheduleReport> ScheduleFiles(const std::vector<std::string>& files,
                                          const RuleSet& rules, const ScheduleOptions& options);

// A report for an input that could not be scheduled: `failed` from batch.h.
ScheduleReport ScheduleInputError(AppReport failed);

// Every entry of every report as one schedule: dated entries by date (ties in
// input order), then the undated and faulty ones in input order.
std::vector<const ScheduleEntry*> MergedEntries(std::span<const ScheduleReport> reports);

}  // namespace grantcheck
