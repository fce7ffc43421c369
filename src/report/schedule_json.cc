// `schedule --format json`: one document for the whole run, an object per
// application with its entries in date order; docs/schedule.md lists the keys.
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

#include "base/escape.h"
#include "report/schedule_writer.h"

namespace grantcheck {
namespace {

// ordered_json keeps the documented key order.
using Json = nlohmann::ordered_json;

// Text from users' files, stripped as in every other format.
Json Text(std::string_view s) { return StripControl(s); }

Json TextOrNull(std::string_view s) { return s.empty() ? Json(nullptr) : Text(s); }

Json DateOrNull(const std::optional<Date>& d) { return d ? Json(FormatDate(*d)) : Json(nullptr); }

Json EntryJson(const ScheduleEntry& e) {
  Json missing = Json::array();
  for (const std::string& m : e.missing) missing.push_back(Text(m));
  return Json{
      {"id", Text(e.deadline_id)},
      {"title", Text(e.title)},
      {"status", EntryStatusName(e.status)},
      {"date", DateOrNull(e.date)},
      {"day_off", e.day_off == DayOff::kNone ? Json(nullptr) : Json(DayOffName(e.day_off))},
      {"day_off_name", TextOrNull(e.day_off_name)},
      {"at_the_latest", e.at_the_latest},
      {"by", e.by_funder ? "funder" : "applicant"},
      {"received", DateOrNull(e.received)},
      {"overdue", e.overdue},
      {"passed", e.passed},
      {"next", e.next},
      {"missing", missing},
      {"error", TextOrNull(e.error)},
      {"note", TextOrNull(e.note)},
      {"source", Text(e.source)},
  };
}

Json ProblemJson(const Finding& f) {
  return Json{
      {"id", Text(f.rule_id)},
      {"message", Text(f.message)},
      {"line", f.pos.known() ? Json(f.pos.line) : Json(nullptr)},
      {"column", f.pos.known() && f.pos.col > 0 ? Json(f.pos.col) : Json(nullptr)},
  };
}

Json ReportJson(const ScheduleReport& r) {
  Json entries = Json::array();
  for (const ScheduleEntry& e : r.entries) entries.push_back(EntryJson(e));
  Json problems = Json::array();
  for (const Finding& f : r.problems) problems.push_back(ProblemJson(f));
  return Json{
      {"file", Text(r.file)},
      {"program", TextOrNull(r.program_id)},
      {"title", TextOrNull(r.app_title)},
      {"decision", TextOrNull(r.decision)},
      {"language", TextOrNull(r.language)},
      {"status", r.input_error ? "input_error" : "ok"},
      {"problems", problems},
      {"deadlines", entries},
  };
}

}  // namespace

// Declared in schedule_writer.cc, the format table.
void WriteScheduleJson(std::span<const ScheduleReport> reports, const ScheduleWriteOptions& options,
                       std::ostream& out) {
  Json apps = Json::array();
  for (const ScheduleReport& r : reports) apps.push_back(ReportJson(r));
  Json doc{
      {"tool", Json{{"name", "grantcheck"}, {"version", GRANTCHECK_VERSION}}},
      {"today", DateOrNull(options.today)},
      {"applications", apps},
  };
  out << doc.dump(2) << '\n';
}

}  // namespace grantcheck
