#include "model/schema.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

#include "model/schema_texts.h"

namespace grantcheck {
namespace {

FieldType Scalar(FieldKind kind) { return FieldType{.kind = kind}; }
FieldType Str() { return Scalar(FieldKind::kString); }
FieldType Num() { return Scalar(FieldKind::kNumber); }
FieldType Day() { return Scalar(FieldKind::kDate); }
FieldType Flag() { return Scalar(FieldKind::kBool); }
// A code and its labels in sv, da, nb and en: the words an applicant may
// write instead of the code.
struct Labelled {
  const char* code;
  const char* sv;
  const char* da;
  const char* nb;
  const char* en;
};
FieldType OneOf(std::initializer_list<Labelled> values) {
  FieldType t{.kind = FieldKind::kString};
  for (const Labelled& v : values) {
    t.values.emplace_back(v.code);
    t.labels.push_back(Localized{{"sv", v.sv}, {"da", v.da}, {"nb", v.nb}, {"en", v.en}});
  }
  return t;
}
FieldType ListOf(FieldType element) {
  return FieldType{.kind = FieldKind::kList,
                   .element = std::make_shared<const FieldType>(std::move(element))};
}
FieldType MapOf(std::vector<FieldSpec> fields) {
  return FieldType{.kind = FieldKind::kMap, .fields = std::move(fields)};
}
FieldSpec F(std::string name, FieldType type, std::string sv, std::string en,
            bool required = false) {
  return FieldSpec{std::move(name), std::move(type), required, {{"sv", sv}, {"en", en}}};
}

FieldType MakeBudget() {
  FieldType position = MapOf({
      F("title", Str(), "Befattningens benämning", "Title of the position"),
      F("fte", Num(), "Tjänstgöringsgrad (1.0 = heltid)", "Full-time equivalent (1.0 = full time)"),
      F("months", Num(), "Antal månader i projektet", "Months in the project"),
      F("ordinary", Flag(), "Är det en ordinarie tjänst i kommunen?",
        "Is it an ordinary position in the municipality?"),
  });
  FieldType line = MapOf({
      F("category",
        OneOf({{"personnel", "personal", "personale", "personell", "personnel"},
               {"services", "tjänster", "tjenesteydelser", "tjenester", "services"},
               {"material", "material", "materialer", "materiell", "material"},
               {"travel", "resor", "rejser", "reiser", "travel"},
               {"communication", "kommunikation", "kommunikation", "kommunikasjon", "communication"},
               {"overhead", "indirekta kostnader", "indirekte omkostninger", "indirekte kostnader",
                "overhead"},
               {"other", "övrigt", "andet", "annet", "other"}}),
        "Kostnadsslag", "Cost category"),
      F("description", Str(), "Beskrivning", "Description"),
      F("amount", Num(), "Belopp", "Amount"),
      F("activity", Str(), "Aktivitet (id) som kostnaden hör till", "Activity (id) the cost belongs to"),
      F("after_project_use", Str(), "Användning efter projektets slut", "Use after the project"),
      F("paid_by", OneOf({{"grant", "sökta medel", "tilskud", "tilskudd", "grant"},
                              {"own", "egen insats", "egenfinansiering", "egenandel", "own share"}}),
        "Vem betalar: grant (sökta medel, standard) eller own (egen insats eller annan delfinansiering)",
        "Who pays: grant (the funds applied for, the default) or own (own share or other co-financing)"),
      F("position", position, "Befattning som finansieras", "Position financed"),
  });
  FieldType cofinancing = MapOf({
      F("source", Str(), "Finansiär", "Funder"),
      F("amount", Num(), "Belopp", "Amount"),
      F("own_share", Flag(), "Egen insats", "Own contribution"),
  });
  return MapOf({
      F("currency", Str(), "Valuta", "Currency"),
      F("requested", Num(), "Sökt belopp", "Amount requested"),
      F("cofinancing", ListOf(cofinancing), "Annan delfinansiering", "Co-financing"),
      F("lines", ListOf(line), "Budgetposter", "Budget lines"),
  });
}

FieldType MakeCommon() {
  FieldType contact = MapOf({F("name", Str(), "Namn", "Name"),
                             F("email", Str(), "E-post", "E-mail"),
                             F("phone", Str(), "Telefon", "Phone")});
  FieldType applicant = MapOf({
      F("organisation", Str(), "Sökande organisation", "Applying organisation"),
      F("municipality", Str(), "Sökandens kommun", "Applicant's municipality"),
      F("kind", OneOf({{"municipal", "kommun", "kommune", "kommune", "municipality"},
               {"network", "nätverk", "netværk", "nettverk", "network"},
               {"civil_society", "civilsamhälle", "civilsamfund", "sivilsamfunn", "civil society"},
               {"business", "företag", "virksomhed", "bedrift", "business"},
               {"authority", "myndighet", "myndighed", "offentlig myndighet", "public authority"},
               {"academia", "akademi", "forskning og uddannelse", "akademia", "academia"}}),
        "Typ av sökande", "Kind of applicant"),
      F("contact", contact, "Kontaktperson", "Contact person"),
  });
  FieldType partner = MapOf({
      F("name", Str(), "Namn", "Name"),
      F("kind", OneOf({{"civil_society", "civilsamhälle", "civilsamfund", "sivilsamfunn", "civil society"},
                         {"business", "företag", "virksomhed", "bedrift", "business"},
                         {"authority", "myndighet", "myndighed", "offentlig myndighet",
                          "public authority"},
                         {"academia", "akademi", "forskning og uddannelse", "akademia",
                          "academia"}}), "Typ av part",
        "Kind of partner"),
      F("role", Str(), "Roll i projektet", "Role in the project"),
  });
  FieldType period = MapOf({
      F("start", Day(), "Projektstart", "Project start"),
      F("end", Day(), "Projektslut (sista dagen)", "Project end (last day)"),
      F("extension_reason", Str(), "Synnerliga skäl för en längre projekttid",
        "Exceptional reasons for a longer project period"),
  });
  FieldType organisation = MapOf({
      F("owner", Str(), "Projektägare", "Project owner"),
      F("steering_group", ListOf(Str()), "Styrgrupp", "Steering group"),
      F("project_leader", Str(), "Projektledare", "Project leader"),
      F("financial_admin", Str(), "Kommun ansvarig för ekonomisk administration",
        "Municipality responsible for financial administration"),
      F("procurement", Str(), "Kommun ansvarig för upphandling",
        "Municipality responsible for procurement"),
  });
  FieldType activity = MapOf({
      F("id", Str(), "Id", "Id"), F("name", Str(), "Namn", "Name"),
      F("description", Str(), "Beskrivning", "Description"),
      F("start", Day(), "Start", "Start"), F("end", Day(), "Slut", "End"),
  });
  FieldType results = MapOf({
      F("expected", Str(), "Förväntade resultat och effekter", "Expected results and effects"),
      F("after_project", Str(), "Plan för resultaten efter projektets slut",
        "Plan for the results after the project"),
      F("measurement", Str(), "Hur resultaten mäts", "How results are measured"),
  });
  FieldType communication = MapOf({
      F("plan", Str(), "Kommunikationsplan", "Communication plan"),
      F("shows_funder", Flag(), "Synliggörs finansiären i kommunikationen?",
        "Does the communication show the funder?"),
  });
  FieldType risk = MapOf({F("risk", Str(), "Risk", "Risk"),
                          F("mitigation", Str(), "Åtgärd", "Mitigation")});
  FieldType acknowledgement = MapOf({
      F("rule", Str(), "Regelns id (en varning eller en punkt för handläggaren)",
        "The rule's id (a warning or review rule)", true),
      F("reason", Str(), "Varför anmärkningen godtas", "Why the finding is accepted", true),
  });
  return MapOf({
      F("program", Str(), "Program (regelfil)", "Program (rule file)", true),
      F("title", Str(), "Projektets namn", "Project title", true),
      F("summary", Str(), "Sammanfattning", "Summary"),
      F("submitted", Day(), "Inlämnad", "Submitted"),
      F("decision_date", Day(), "Finansiärens beslutsdatum", "The funder's decision date"),
      F("decision",
        OneOf({{"granted", "beviljad", "bevilget", "innvilget", "granted"},
               {"rejected", "avslagen", "afslået", "avslått", "rejected"}}),
        "Finansiärens beslut", "The funder's decision"),
      // Keys are deadline ids of the program ("final-report"), values dates.
      F("received", FieldType{.kind = FieldKind::kMap, .open = true},
        "Inkomna rapporter: fristens id och datumet den kom in",
        "Reports received: the deadline's id and the day it came in"),
      F("id", Str(), "Ärendets id (diarienummer)", "The application's case id"),
      F("applicant", applicant, "Sökande", "Applicant"),
      F("municipalities", ListOf(Str()), "Deltagande kommuner", "Participating municipalities"),
      F("partners", ListOf(partner), "Externa parter", "External partners"),
      F("areas", ListOf(Str()), "Utvecklingsområden", "Development areas"),
      F("period", period, "Projektperiod", "Project period"),
      F("organisation", organisation, "Projektorganisation", "Project organisation"),
      F("activities", ListOf(activity), "Aktiviteter", "Activities"),
      F("budget", MakeBudget(), "Budget", "Budget"),
      F("results", results, "Resultat", "Results"),
      F("communication", communication, "Kommunikation", "Communication"),
      F("risks", ListOf(risk), "Risker", "Risks"),
      F("acknowledged", ListOf(acknowledgement), "Kvitterade anmärkningar",
        "Acknowledged findings"),
  });
}

struct Named {
  std::string_view name;
  FieldKind kind;
};

constexpr Named kScalarNames[] = {
    {"any", FieldKind::kAny},       {"string", FieldKind::kString}, {"number", FieldKind::kNumber},
    {"date", FieldKind::kDate},     {"bool", FieldKind::kBool},     {"map", FieldKind::kMap},
};

}  // namespace

std::optional<FieldType> ParseFieldType(std::string_view text) {
  if (text.starts_with("list<") && text.ends_with(">")) {
    std::optional<FieldType> element = ParseFieldType(text.substr(5, text.size() - 6));
    if (!element || element->kind == FieldKind::kList) return std::nullopt;
    return ListOf(std::move(*element));
  }
  if (text == "list") return FieldType{.kind = FieldKind::kList};
  for (const Named& n : kScalarNames) {
    if (n.name == text) return FieldType{.kind = n.kind, .open = n.kind == FieldKind::kMap};
  }
  return std::nullopt;
}

std::string FieldTypeName(const FieldType& type) {
  if (type.kind == FieldKind::kList) {
    return type.element ? "list<" + FieldTypeName(*type.element) + ">" : "list";
  }
  for (const Named& n : kScalarNames) {
    if (n.kind == type.kind) return std::string(n.name);
  }
  return "any";
}

const FieldType& CommonSchema() {
  static const FieldType common = WithNordicDescriptions(MakeCommon());  // immutable once built
  return common;
}


const FieldSpec* FindField(const FieldType& map, std::string_view name) {
  for (const FieldSpec& f : map.fields) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

}  // namespace grantcheck
