#include "report/schedule_writer.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "base/localized_text.h"

namespace grantcheck {

// Each writer lives in its own file (schedule_*.cc) and is reached only
// through this table, so the table is where they are declared.
void WriteScheduleText(std::span<const ScheduleReport> reports, const ScheduleWriteOptions& options,
                       std::ostream& out);
void WriteScheduleJson(std::span<const ScheduleReport> reports, const ScheduleWriteOptions& options,
                       std::ostream& out);
void WriteScheduleCsv(std::span<const ScheduleReport> reports, const ScheduleWriteOptions& options,
                      std::ostream& out);
void WriteScheduleIcs(std::span<const ScheduleReport> reports, const ScheduleWriteOptions& options,
                      std::ostream& out);
void WriteScheduleMarkdown(std::span<const ScheduleReport> reports,
                           const ScheduleWriteOptions& options, std::ostream& out);

namespace {

constexpr std::array kScheduleFormats = {
    ScheduleFormat{"text", WriteScheduleText, "one section per application, dates in order", true,
                   true},
    ScheduleFormat{"json", WriteScheduleJson, "one JSON document with every entry", true, true},
    ScheduleFormat{"csv", WriteScheduleCsv, "one merged table (RFC 4180), one row per entry", false,
                   true},
    ScheduleFormat{"ics", WriteScheduleIcs,
                   "one merged iCalendar file (RFC 5545), an all-day event per dated deadline",
                   false, false},
    ScheduleFormat{"markdown", WriteScheduleMarkdown, "one table per application", true, true},
};

constexpr std::array kWords = {
    Phrase{"overdue", "försenad", "overskredet", "forfalt", "overdue"},
    Phrase{"next", "nästa", "næste", "neste", "next"},
    Phrase{"undated", "odaterad", "udateret", "udatert", "undated"},
    Phrase{"needs", "behöver {0}", "kræver {0}", "trenger {0}", "needs {0}"},
    Phrase{"depends", "beror på beslutet ({0})", "afhænger af beslutningen ({0})",
           "avhenger av vedtaket ({0})", "depends on the decision ({0})"},
    Phrase{"at-the-latest", "senast", "senest", "senest", "at the latest"},
    Phrase{"received", "inkommen {0}", "modtaget {0}", "mottatt {0}", "received {0}"},
    Phrase{"passed", "passerad", "passeret", "passert", "passed"},
    Phrase{"error", "fel", "fejl", "feil", "error"},
    Phrase{"date", "Datum", "Dato", "Dato", "Date"},
    Phrase{"deadline", "Frist", "Frist", "Frist", "Deadline"},
    Phrase{"remark", "Anmärkning", "Bemærkning", "Merknad", "Remark"},
    Phrase{"no-deadlines", "inga frister", "ingen frister", "ingen frister", "no deadlines"},
    Phrase{"source", "Källa", "Kilde", "Kilde", "Source"},
    Phrase{"application", "Ansökan", "Ansøgning", "Søknad", "Application"},
    Phrase{"day-off", "Infaller på {0}, som inte är en arbetsdag; grantcheck flyttar inte datumet.",
           "Falder på {0}, som ikke er en arbejdsdag; grantcheck flytter ikke datoen.",
           "Faller på {0}, som ikke er en arbeidsdag; grantcheck flytter ikke datoen.",
           "Falls on {0}, not a working day; grantcheck does not move the date."},
};

}  // namespace

std::span<const ScheduleFormat> ScheduleFormats() { return kScheduleFormats; }

const ScheduleFormat* FindScheduleFormat(std::string_view name) {
  for (const ScheduleFormat& format : kScheduleFormats) {
    if (format.name == name) return &format;
  }
  return nullptr;
}

std::string_view ScheduleWord(std::string_view key, std::string_view lang) {
  return Pick(kWords, key, lang);
}

// The field that holds the board's decision: a deadline that needs it waits
// for the decision rather than for the applicant.
constexpr std::string_view kDecisionField = "decision_date";

std::string NeedsText(const ScheduleEntry& entry, std::string_view lang) {
  bool decision = std::find(entry.missing.begin(), entry.missing.end(), kDecisionField) !=
                  entry.missing.end();
  return fmt::format(fmt::runtime(ScheduleWord(decision ? "depends" : "needs", lang)),
                     fmt::join(entry.missing, ", "));
}

std::vector<std::string> EntryTags(const ScheduleEntry& e, std::string_view lang) {
  std::vector<std::string> tags;
  if (e.at_the_latest) {
    tags.push_back(std::string(ScheduleWord("at-the-latest", lang)) + ", " + NeedsText(e, lang));
  }
  if (e.received) {
    tags.push_back(fmt::format(fmt::runtime(ScheduleWord("received", lang)), FormatDate(*e.received)));
  }
  if (e.overdue) tags.emplace_back(ScheduleWord("overdue", lang));
  if (e.passed) tags.emplace_back(ScheduleWord("passed", lang));
  if (e.next) tags.emplace_back(ScheduleWord("next", lang));
  return tags;
}

std::string NotDatedText(const ScheduleEntry& entry, std::string_view lang) {
  return entry.status == EntryStatus::kUndated ? NeedsText(entry, lang) : entry.error;
}

}  // namespace grantcheck
