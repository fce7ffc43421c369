// Output formats for `schedule`: one writer function per format, chosen from a
// table by name as writer.h does for `check`. Writers only format; schedule.h dates.
#pragma once

#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "schedule/schedule.h"

namespace grantcheck {

struct ScheduleWriteOptions {
  std::optional<Date> today;  // the run's today, shown in json
  std::string dtstamp;        // ics: every DTSTAMP, such as "20260115T000000Z"
  std::optional<int> remind_days;  // ics: a VALARM this many days before each event
  bool agenda = false;             // text: one merged list in date order
};

// --remind's largest value: a reminder more than a year ahead is no reminder.
inline constexpr int kMaxRemindDays = 366;

using ScheduleWriteFn = void (*)(std::span<const ScheduleReport> reports,
                                 const ScheduleWriteOptions& options, std::ostream& out);

struct ScheduleFormat {
  std::string_view name;
  ScheduleWriteFn write;
  std::string_view description;
  // Whether the output itself shows files that could not be read, and
  // deadlines that are undated or faulty. For a format that cannot (ics has
  // no place for them), the command line says so on standard error instead.
  bool shows_input_errors;
  bool shows_undated;
};

std::span<const ScheduleFormat> ScheduleFormats();
const ScheduleFormat* FindScheduleFormat(std::string_view name);  // nullptr when unknown

// Words the schedule writers share, in `lang` (English for an unknown one):
// "overdue", "next", "undated", "error", "date", "deadline", "remark",
// "no-deadlines", "source", "application", "day-off" ({0}: the day's name).
std::string_view ScheduleWord(std::string_view key, std::string_view lang);

// "behöver period.end, decision_date": what an undated entry needs, in `lang`.
std::string NeedsText(const ScheduleEntry& entry, std::string_view lang);

// An undated or faulty entry's reason in `lang`: NeedsText, or the error.
std::string NotDatedText(const ScheduleEntry& entry, std::string_view lang);

// A dated entry's state in `lang`, in this order, each when it holds: "senast,
// beror på beslutet (decision_date)", "inkommen 2026-05-02", "försenad",
// "passerad", "nästa". Not escaped.
std::vector<std::string> EntryTags(const ScheduleEntry& entry, std::string_view lang);

}  // namespace grantcheck
