#include "model/application_texts.h"

#include <array>

#include "base/localized_text.h"

namespace grantcheck {
namespace {

constexpr std::array kPhrases = {
    Phrase{"document", "dokumentet", "dokumentet", "dokumentet", "document"},
    Phrase{"a map", "en samling fält", "en samling felter", "en samling felter", "a map"},
    Phrase{"a list", "en lista", "en liste", "en liste", "a list"},
    Phrase{"a value", "ett värde", "en værdi", "en verdi", "a value"},
    Phrase{"text", "text", "tekst", "tekst", "text"},
    Phrase{"a number", "ett tal", "et tal", "et tall", "a number"},
    Phrase{"a date", "ett datum (ÅÅÅÅ-MM-DD)", "en dato (ÅÅÅÅ-MM-DD)", "en dato (ÅÅÅÅ-MM-DD)",
           "a date (YYYY-MM-DD)"},
    Phrase{"a bool", "ja eller nej (true eller false)", "ja eller nej (true eller false)",
           "ja eller nei (true eller false)", "true or false"},
    Phrase{"expected", "förväntade {0}, fick {1}", "forventede {0}, fik {1}",
           "forventet {0}, fikk {1}", "expected {0}, got {1}"},
    Phrase{"expected map", "förväntade fält (nyckel: värde), fick {0}",
           "forventede felter (nøgle: værdi), fik {0}", "forventet felter (nøkkel: verdi), fikk {0}",
           "expected a map of fields, got {0}"},
    Phrase{"expected number", "förväntade ett tal som 600000 eller 12.50{0}, fick {1}{2}{3}",
           "forventede et tal som 600000 eller 12.50{0}, fik {1}{2}{3}",
           "forventet et tall som 600000 eller 12.50{0}, fikk {1}{2}{3}",
           "expected a number such as 600000 or 12.50{0}, got {1}{2}{3}"},
    Phrase{"no exponent", ", skrivet utan exponent", ", skrevet uden eksponent",
           ", skrevet uten eksponent", ", written without an exponent"},
    Phrase{"quoted", " (inom citattecken, alltså text)", " (i anførselstegn, altså tekst)",
           " (i anførselstegn, altså tekst)", " (quoted, so it is text)"},
    Phrase{"hint percent", "; skriv procent som ett tal, utan %", "; skriv procent som et tal, uden %",
           "; skriv prosent som et tall, uten %", "; write a percentage as a plain number, without %"},
    Phrase{"hint comma",
           "; skriv decimaler med punkt och utan tusentalsavgränsare, som 1150000 eller 12.50",
           "; skriv decimaler med punktum og uden tusindtalsseparator, som 1150000 eller 12.50",
           "; skriv desimaler med punktum og uten tusenskilletegn, som 1150000 eller 12.50",
           "; write decimals with a point and no thousands separator, as 1150000 or 12.50"},
    Phrase{"out of range",
           "talet '{0}' får inte plats: högst {1} siffror före decimalpunkten och {2} efter, {3} "
           "sammanlagt",
           "tallet '{0}' er uden for det tilladte: højst {1} cifre før decimaltegnet og {2} efter, "
           "{3} i alt",
           "tallet '{0}' er utenfor det tillatte: høyst {1} sifre før desimaltegnet og {2} etter, "
           "{3} i alt",
           "the number '{0}' is out of range: at most {1} digits before the point and {2} after, "
           "{3} in all"},
    Phrase{"bad date", "ogiltigt datum '{0}': den dagen finns inte",
           "ugyldig dato '{0}': den dag findes ikke", "ugyldig dato '{0}': den dagen finnes ikke",
           "invalid date '{0}': there is no such day"},
    Phrase{"bad value", "'{0}' är inte ett av {1}{2}", "'{0}' er ikke en af {1}{2}",
           "'{0}' er ikke en av {1}{2}", "'{0}' is not one of {1}{2}"},
    Phrase{"did you mean", "; menade du '{0}'?", "; mente du '{0}'?", "; mente du '{0}'?",
           "; did you mean '{0}'?"},
    Phrase{"unknown key", "okänd nyckel '{0}'{1}", "ukendt nøgle '{0}'{1}",
           "ukjent nøkkel '{0}'{1}", "unknown key '{0}'{1}"},
    Phrase{"required missing", "det obligatoriska fältet '{0}' saknas",
           "det obligatoriske felt '{0}' mangler", "det obligatoriske feltet '{0}' mangler",
           "required field '{0}' is missing"},
    Phrase{"required empty", "det obligatoriska fältet '{0}' är tomt",
           "det obligatoriske felt '{0}' er tomt", "det obligatoriske feltet '{0}' er tomt",
           "required field '{0}' is empty"},
    // The file as a whole, before any field is read (engine/batch.cc).
    Phrase{"cannot read", "kan inte läsas: {0}", "kan ikke læses: {0}", "kan ikke leses: {0}",
           "cannot read: {0}"},
    Phrase{"no such file", "filen eller mappen finns inte", "filen eller mappen findes ikke",
           "filen eller mappen finnes ikke", "no such file or directory"},
    Phrase{"no applications", "innehåller ingen *.yaml- eller *.yml-fil",
           "indeholder ingen *.yaml- eller *.yml-fil", "inneholder ingen *.yaml- eller *.yml-fil",
           "holds no *.yaml or *.yml file"},
    Phrase{"cannot list", "mappen kan inte listas: {0}", "mappen kan ikke vises: {0}",
           "mappen kan ikke listes: {0}", "cannot list the directory: {0}"},
    Phrase{"all excluded",
           "varje ansökan i den är undantagen av 'exclude' i {0}",
           "hver ansøgning i den er undtaget af 'exclude' i {0}",
           "hver søknad i den er unntatt av 'exclude' i {0}",
           "every application in it is excluded by 'exclude' in {0}"},
    Phrase{"no program",
           "ansökan anger inget program; lägg till 'program:' med ett av: {0}",
           "ansøgningen angiver intet program; tilføj 'program:' med et af: {0}",
           "søknaden angir ikke noe program; legg til 'program:' med ett av: {0}",
           "the application names no program; add 'program:' with one of: {0}"},
    Phrase{"unknown program", "okänt program '{0}'{1}; kända program: {2}",
           "ukendt program '{0}'{1}; kendte programmer: {2}",
           "ukjent program '{0}'{1}; kjente programmer: {2}",
           "unknown program '{0}'{1}; known programs: {2}"},
    Phrase{"program did you mean", " (menade du '{0}'?)", " (mente du '{0}'?)",
           " (mente du '{0}'?)", " (did you mean '{0}'?)"},
    Phrase{"no rule files", "inga (ingen regelfil hittades)", "ingen (ingen regelfil blev fundet)",
           "ingen (ingen regelfil ble funnet)", "none (no rule file was found)"},
};

}  // namespace

std::string_view AppPhrase(std::string_view key, std::string_view lang) {
  return Pick(kPhrases, key, lang);
}

}  // namespace grantcheck
