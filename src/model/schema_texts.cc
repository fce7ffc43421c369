#include "model/schema_texts.h"

#include <memory>
#include <string>
#include <string_view>

namespace grantcheck {
namespace {

struct Texts {
  std::string_view path;
  std::string_view da;
  std::string_view nb;
};

// One row per common field of schema.cc, in its order.
constexpr Texts kTexts[] = {
    {"program", "Program (regelfil)", "Program (regelfil)"},
    {"title", "Projektets titel", "Prosjektets tittel"},
    {"summary", "Resumé", "Sammendrag"},
    {"submitted", "Indsendt", "Innsendt"},
    {"decision_date", "Bevillingsgiverens beslutningsdato", "Tilskuddsgiverens vedtaksdato"},
    {"decision", "Bevillingsgiverens beslutning", "Tilskuddsgiverens vedtak"},
    {"received", "Modtagne rapporter: fristens id og datoen den kom ind",
     "Mottatte rapporter: fristens id og datoen den kom inn"},
    {"id", "Sagens id (journalnummer)", "Sakens id (saksnummer)"},
    {"applicant", "Ansøger", "Søker"},
    {"applicant.organisation", "Ansøgende organisation", "Søkende organisasjon"},
    {"applicant.municipality", "Ansøgerens kommune", "Søkerens kommune"},
    {"applicant.kind", "Type ansøger", "Type søker"},
    {"applicant.contact", "Kontaktperson", "Kontaktperson"},
    {"applicant.contact.name", "Navn", "Navn"},
    {"applicant.contact.email", "E-mail", "E-post"},
    {"applicant.contact.phone", "Telefon", "Telefon"},
    {"municipalities", "Deltagende kommuner", "Deltakende kommuner"},
    {"partners", "Eksterne parter", "Eksterne parter"},
    {"partners[].name", "Navn", "Navn"},
    {"partners[].kind", "Type part", "Type part"},
    {"partners[].role", "Rolle i projektet", "Rolle i prosjektet"},
    {"areas", "Udviklingsområder", "Utviklingsområder"},
    {"period", "Projektperiode", "Prosjektperiode"},
    {"period.start", "Projektstart", "Prosjektstart"},
    {"period.end", "Projektslut (sidste dag)", "Prosjektslutt (siste dag)"},
    {"period.extension_reason", "Særlige grunde til en længere projektperiode",
     "Særlige grunner til en lengre prosjektperiode"},
    {"organisation", "Projektorganisation", "Prosjektorganisasjon"},
    {"organisation.owner", "Projektejer", "Prosjekteier"},
    {"organisation.steering_group", "Styregruppe", "Styringsgruppe"},
    {"organisation.project_leader", "Projektleder", "Prosjektleder"},
    {"organisation.financial_admin", "Kommune med ansvar for den økonomiske administration",
     "Kommune med ansvar for den økonomiske administrasjonen"},
    {"organisation.procurement", "Kommune med ansvar for udbud", "Kommune med ansvar for anskaffelser"},
    {"activities", "Aktiviteter", "Aktiviteter"},
    {"activities[].id", "Id", "Id"},
    {"activities[].name", "Navn", "Navn"},
    {"activities[].description", "Beskrivelse", "Beskrivelse"},
    {"activities[].start", "Start", "Start"},
    {"activities[].end", "Slut", "Slutt"},
    {"budget", "Budget", "Budsjett"},
    {"budget.currency", "Valuta", "Valuta"},
    {"budget.requested", "Ansøgt beløb", "Omsøkt beløp"},
    {"budget.cofinancing", "Anden medfinansiering", "Annen medfinansiering"},
    {"budget.cofinancing[].source", "Finansieringskilde", "Finansieringskilde"},
    {"budget.cofinancing[].amount", "Beløb", "Beløp"},
    {"budget.cofinancing[].own_share", "Egenfinansiering", "Egenandel"},
    {"budget.lines", "Budgetposter", "Budsjettposter"},
    {"budget.lines[].category", "Udgiftsart", "Kostnadsart"},
    {"budget.lines[].description", "Beskrivelse", "Beskrivelse"},
    {"budget.lines[].amount", "Beløb", "Beløp"},
    {"budget.lines[].activity", "Aktivitet (id), som udgiften hører til",
     "Aktivitet (id) som kostnaden hører til"},
    {"budget.lines[].after_project_use", "Anvendelse efter projektets afslutning",
     "Bruk etter prosjektets slutt"},
    {"budget.lines[].paid_by",
     "Hvem betaler: grant (de ansøgte midler, standard) eller own (egenfinansiering eller anden medfinansiering)",
     "Hvem betaler: grant (de omsøkte midlene, standard) eller own (egenandel eller annen medfinansiering)"},
    {"budget.lines[].position", "Stilling, der finansieres", "Stilling som finansieres"},
    {"budget.lines[].position.title", "Stillingsbetegnelse", "Stillingstittel"},
    {"budget.lines[].position.fte", "Beskæftigelsesgrad (1.0 = fuld tid)",
     "Stillingsandel (1.0 = full stilling)"},
    {"budget.lines[].position.months", "Antal måneder i projektet", "Antall måneder i prosjektet"},
    {"budget.lines[].position.ordinary", "Er det en ordinær stilling i kommunen?",
     "Er det en ordinær stilling i kommunen?"},
    {"results", "Resultater", "Resultater"},
    {"results.expected", "Forventede resultater og effekter", "Forventede resultater og effekter"},
    {"results.after_project", "Plan for resultaterne efter projektets afslutning",
     "Plan for resultatene etter prosjektets slutt"},
    {"results.measurement", "Hvordan resultaterne måles", "Hvordan resultatene måles"},
    {"communication", "Kommunikation", "Kommunikasjon"},
    {"communication.plan", "Kommunikationsplan", "Kommunikasjonsplan"},
    {"communication.shows_funder", "Fremgår bevillingsgiveren af kommunikationen?",
     "Synliggjøres tilskuddsgiveren i kommunikasjonen?"},
    {"risks", "Risici", "Risikoer"},
    {"risks[].risk", "Risiko", "Risiko"},
    {"risks[].mitigation", "Tiltag", "Tiltak"},
    {"acknowledged", "Kvitterede bemærkninger", "Kvitterte merknader"},
    {"acknowledged[].rule", "Reglens id (en advarsel eller et punkt til sagsbehandleren)",
     "Regelens id (en advarsel eller et punkt for saksbehandleren)"},
    {"acknowledged[].reason", "Hvorfor bemærkningen accepteres", "Hvorfor merknaden godtas"},
};

const Texts* Find(std::string_view path) {
  for (const Texts& t : kTexts) {
    if (t.path == path) return &t;
  }
  return nullptr;
}

void AddTo(FieldType* type, const std::string& prefix);

void AddToField(FieldSpec* field, const std::string& path) {
  if (const Texts* t = Find(path)) {
    field->description["da"] = std::string(t->da);
    field->description["nb"] = std::string(t->nb);
  }
  AddTo(&field->type, path);
}

// A list's element type is shared and const, so it is copied before it changes.
void AddTo(FieldType* type, const std::string& path) {
  if (type->kind == FieldKind::kList && type->element) {
    FieldType element = *type->element;
    AddTo(&element, path + "[]");
    type->element = std::make_shared<const FieldType>(std::move(element));
  }
  for (FieldSpec& f : type->fields) AddToField(&f, path.empty() ? f.name : path + "." + f.name);
}

}  // namespace

FieldType WithNordicDescriptions(FieldType common) {
  AddTo(&common, "");
  return common;
}

}  // namespace grantcheck
