// An application's verdict, counts and key facts as the overview formats
// (text, markdown, csv) word them; where each goes on the page is the writer's.
#pragma once

#include <string>
#include <string_view>

#include "base/decimal.h"
#include "engine/finding.h"
#include "report/report_texts.h"
#include "report/writer.h"

namespace grantcheck {

// "pass", "fail" (a finding fails at `fail_on`) or "input_error", as json's `status`.
std::string_view VerdictKey(const AppReport& report, Severity fail_on);

// The verdict in `lang`: "godkänd", "underkänd", "oläsbar"; English for an unknown language.
std::string_view VerdictWord(std::string_view key, std::string_view lang);

// The language a report's own lines are in: --lang, else the application's,
// else `fallback` (an unreadable file has no language of its own).
std::string_view ReportLanguage(const AppReport& report, const WriteOptions& options,
                                std::string_view fallback);

// One application's counts, as the run's summary counts them.
Tally CountReport(const AppReport& report, Severity fail_on);

// "2 fel, 1 varning, 0 att göra, 1 kräver din uppmärksamhet" in `lang`: the
// review items the application raised; routine ones are listed per program.
std::string CountsText(const Tally& tally, std::string_view lang);

// `amount` as a plain number a spreadsheet reads: no grouping, `decimal_mark`
// before the fraction ("1234,5" with ','), a leading '-' when negative.
std::string AmountText(const Decimal& amount, char decimal_mark);

// "2025-09-01–2026-08-31"; a missing end or start is left blank beside the dash;
// "" when neither is known.
std::string PeriodText(const AppFacts& facts);

// The facts on one line in `lang`, absent ones left out: "Trygg natt · sökande:
// Helsingborgs stad · kommuner: Helsingborg, Höganäs · projekttid: 2025-09-01–2026-08-31
// · sökt: 720000 SEK · total budget: 820000 SEK"; "" when nothing is known. Not
// cleaned or escaped: that is the writer's, for its format.
std::string FactsLine(const AppFacts& facts, std::string_view lang);

}  // namespace grantcheck
