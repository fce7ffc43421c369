#include "report/html_texts.h"

#include <fmt/format.h>

#include <array>

#include "base/localized_text.h"

namespace grantcheck {
namespace {

constexpr std::array kWords = {
    Phrase{"page-title", "Ansökningsomgång", "Ansøgningsrunde", "Søknadsrunde",
           "Application round"},
    Phrase{"overview", "Översikt", "Oversigt", "Oversikt", "Overview"},
    Phrase{"filter", "Filtrera", "Filtrér", "Filtrer", "Filter"},
    Phrase{"shown", "Visas", "Vises", "Vises", "Shown"},
    Phrase{"file", "Fil", "Fil", "Fil", "File"},
    Phrase{"title", "Titel", "Titel", "Tittel", "Title"},
    Phrase{"applicant", "Sökande", "Ansøger", "Søker", "Applicant"},
    Phrase{"municipalities", "Kommuner", "Kommuner", "Kommuner", "Municipalities"},
    Phrase{"period", "Projekttid", "Projektperiode", "Prosjektperiode", "Period"},
    Phrase{"requested", "Sökt belopp", "Ansøgt beløb", "Søkt beløp", "Amount requested"},
    Phrase{"total-budget", "Total budget", "Samlet budget", "Totalbudsjett", "Total budget"},
    Phrase{"verdict", "Resultat", "Resultat", "Resultat", "Verdict"},
    Phrase{"program", "Program", "Program", "Program", "Program"},
    Phrase{"errors", "Fel", "Fejl", "Feil", "Errors"},
    Phrase{"warnings", "Varningar", "Advarsler", "Advarsler", "Warnings"},
    Phrase{"todos", "Att göra", "Gøremål", "Gjøremål", "To-dos"},
    Phrase{"attention", "Att granska", "Til vurdering", "Til vurdering", "To review"},
    Phrase{"totals", "Sökta belopp", "Ansøgte beløb", "Søkte beløp", "Amounts requested"},
    Phrase{"currency", "Valuta", "Valuta", "Valuta", "Currency"},
    Phrase{"applications", "Ansökningar", "Ansøgninger", "Søknader", "Applications"},
    Phrase{"requested-all", "Sökt, alla", "Ansøgt, alle", "Søkt, alle", "Requested, all"},
    Phrase{"passed", "Godkända", "Godkendte", "Godkjente", "Passed"},
    Phrase{"requested-passed", "Sökt, godkända", "Ansøgt, godkendte", "Søkt, godkjente",
           "Requested, passed"},
    Phrase{"no-amount", "Utan belopp", "Uden beløb", "Uten beløp", "Without an amount"},
    Phrase{"deadlines", "Tidsfrister", "Frister", "Frister", "Deadlines"},
    Phrase{"today", "idag", "i dag", "i dag", "today"},
    Phrase{"no-dated", "inga daterade tidsfrister", "ingen daterede frister",
           "ingen daterte frister", "no dated deadlines"},
    Phrase{"undated", "Utan datum", "Uden dato", "Uten dato", "Without a date"},
    Phrase{"findings", "Anmärkningar", "Bemærkninger", "Merknader", "Findings"},
    Phrase{"no-findings", "Inga anmärkningar.", "Ingen bemærkninger.", "Ingen merknader.",
           "No findings."},
    Phrase{"line", "Rad", "Linje", "Linje", "Line"},
    Phrase{"severity", "Nivå", "Niveau", "Nivå", "Severity"},
    Phrase{"rule", "Regel", "Regel", "Regel", "Rule"},
    Phrase{"message", "Meddelande", "Besked", "Melding", "Message"},
    Phrase{"routine-heading", "Rutinpunkter för varje ansökan", "Rutinepunkter for hver ansøgning",
           "Rutinepunkter for hver søknad", "Routine review items for every application"},
    Phrase{"label.error", "fel", "fejl", "feil", "error"},
    Phrase{"label.warning", "varning", "advarsel", "advarsel", "warning"},
    Phrase{"label.todo", "att göra", "gøremål", "gjøremål", "to-do"},
    Phrase{"label.review", "granska", "vurdér", "vurder", "review"},
    Phrase{"attention.one", "{0} punkt behöver din uppmärksamhet",
           "{0} punkt kræver din opmærksomhed", "{0} punkt trenger din oppmerksomhet",
           "{0} item needs your attention"},
    Phrase{"attention.other", "{0} punkter behöver din uppmärksamhet",
           "{0} punkter kræver din opmærksomhed", "{0} punkter trenger din oppmerksomhet",
           "{0} items need your attention"},
    Phrase{"routine.one", "{0} rutinpunkt, samma för hela programmet",
           "{0} rutinepunkt, det samme for hele programmet",
           "{0} rutinepunkt, det samme for hele programmet",
           "{0} routine item, the same for the whole program"},
    Phrase{"routine.other", "{0} rutinpunkter, samma för hela programmet",
           "{0} rutinepunkter, de samme for hele programmet",
           "{0} rutinepunkter, de samme for hele programmet",
           "{0} routine items, the same for the whole program"},
};

}  // namespace

std::string_view HtmlWord(std::string_view key, std::string_view lang) {
  return Pick(kWords, key, lang);
}

std::string HtmlCounted(std::string_view key, int n, std::string_view lang) {
  std::string full = fmt::format("{}.{}", key, n == 1 ? "one" : "other");
  return fmt::format(fmt::runtime(Pick(kWords, full, lang)), n);
}

}  // namespace grantcheck
