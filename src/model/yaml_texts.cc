#include "model/yaml_texts.h"

#include <array>

#include "base/localized_text.h"

namespace grantcheck {
namespace {

// A fmt format string each: a literal brace is written twice.
constexpr std::array kPhrases = {
    // What a node is, in "a key must be plain text, not …" and "got …".
    Phrase{"a list", "en lista", "en liste", "en liste", "a list"},
    Phrase{"a mapping", "en samling fält", "en samling felter", "en samling felter", "a mapping"},
    Phrase{"null", "ett tomt värde", "en tom værdi", "en tom verdi", "null"},
    Phrase{"the value", "värdet '{0}'", "værdien '{0}'", "verdien '{0}'", "the single value '{0}'"},
    Phrase{"a value", "ett enda värde", "en enkelt værdi", "en enkelt verdi", "a single value"},

    // The file as a whole.
    Phrase{"out of memory", "filen kunde inte läsas (slut på minne?)",
           "filen kunne ikke læses (ikke mere hukommelse?)",
           "filen kunne ikke leses (tomt for minne?)", "could not read the file (out of memory?)"},
    Phrase{"utf16", "filen är sparad som UTF-16; spara den som UTF-8",
           "filen er gemt som UTF-16; gem den som UTF-8",
           "filen er lagret som UTF-16; lagre den som UTF-8", "the file is UTF-16; save it as UTF-8"},
    Phrase{"nul", "filen innehåller en NUL-byte; är det en binärfil?",
           "filen indeholder en NUL-byte; er det en binær fil?",
           "filen inneholder en NUL-byte; er det en binærfil?",
           "the file contains a NUL byte; is it a binary file?"},
    Phrase{"invalid utf8", "ogiltig UTF-8 (byte 0x{0}); spara filen som UTF-8",
           "ugyldig UTF-8 (byte 0x{0}); gem filen som UTF-8",
           "ugyldig UTF-8 (byte 0x{0}); lagre filen som UTF-8",
           "invalid UTF-8 (byte 0x{0}); save the file as UTF-8"},
    Phrase{"empty", "filen är tom; den ska innehålla ansökans fält, som 'program:'",
           "filen er tom; den skal indeholde ansøgningens felter, som 'program:'",
           "filen er tom; den skal inneholde søknadens felter, som 'program:'",
           "the file is empty; expected a mapping of application fields"},
    Phrase{"not mapping",
           "filen ska bestå av fält som 'program:' på översta nivån, men innehåller {0}",
           "filen skal bestå af felter som 'program:' på øverste niveau, men indeholder {0}",
           "filen skal bestå av felter som 'program:' på øverste nivå, men inneholder {0}",
           "expected a mapping of fields such as 'program:' at the top level, got {0}"},
    Phrase{"second document",
           "här börjar ett andra YAML-dokument; en ansökningsfil innehåller exakt ett",
           "her begynder et andet YAML-dokument; en ansøgningsfil indeholder præcis ét",
           "her begynner et andre YAML-dokument; en søknadsfil inneholder nøyaktig ett",
           "a second YAML document starts here; an application file holds exactly one"},

    // Limits (docs/hardening.md).
    Phrase{"too many nodes",
           "filen innehåller fler än {0} nycklar och värden; en ansökan behöver långt färre",
           "filen indeholder mere end {0} nøgler og værdier; en ansøgning behøver langt færre",
           "filen inneholder mer enn {0} nøkler og verdier; en søknad trenger langt færre",
           "the file holds more than {0} keys and values; an application needs far fewer"},
    Phrase{"too deep", "listor och fält är inbäddade mer än {0} nivåer djupt",
           "lister og felter er indlejret mere end {0} niveauer dybt",
           "lister og felter er nøstet mer enn {0} nivåer dypt",
           "lists and mappings are nested more than {0} levels deep"},
    Phrase{"too many aliases",
           "alias (*namn) expanderar till fler än {0} värden eller {1} byte text",
           "aliasser (*navn) udvides til mere end {0} værdier eller {1} byte tekst",
           "aliaser (*navn) utvides til mer enn {0} verdier eller {1} byte tekst",
           "aliases (*name) expand to more than {0} values or {1} bytes of text"},
    Phrase{"alias inside", "aliaset '*{0}' används inuti det värde det namnger",
           "aliasset '*{0}' bruges inde i den værdi, det navngiver",
           "aliaset '*{0}' brukes inne i verdien det navngir",
           "alias '*{0}' is used inside the node it names"},
    Phrase{"anchor undefined", "ankaret som aliaset hänvisar till finns inte",
           "ankeret, som aliasset henviser til, findes ikke",
           "ankeret som aliaset viser til, finnes ikke", "the referenced anchor is not defined"},

    // Keys.
    Phrase{"complex key", "en nyckel ska vara vanlig text, inte {0}; posten hoppas över",
           "en nøgle skal være almindelig tekst, ikke {0}; posten springes over",
           "en nøkkel skal være vanlig tekst, ikke {0}; oppføringen hoppes over",
           "a key must be plain text, not {0}; this entry is skipped"},
    Phrase{"duplicate key", "nyckeln '{0}' finns två gånger (första gången på rad {1})",
           "nøglen '{0}' findes to gange (første gang på linje {1})",
           "nøkkelen '{0}' finnes to ganger (første gang på linje {1})",
           "duplicate key '{0}' (first given at line {1})"},

    // The common slips, said in plain words; the parser's own words follow
    // where they add something.
    Phrase{"unclosed quote", "citattecknet som börjar här stängs aldrig (saknar {0})",
           "anførselstegnet, der begynder her, lukkes aldrig (mangler {0})",
           "anførselstegnet som begynner her, lukkes aldri (mangler {0})",
           "this quoted text is never closed (missing {0})"},
    Phrase{"colon in value",
           "ett kolon följt av mellanslag inne i ett värde inleder en ny nyckel; sätt hela "
           "värdet inom citattecken, som titel: \"Mål: bättre vård\"",
           "et kolon efterfulgt af mellemrum inde i en værdi starter en ny nøgle; sæt hele "
           "værdien i anførselstegn, som titel: \"Mål: bedre pleje\"",
           "et kolon fulgt av mellomrom inne i en verdi starter en ny nøkkel; sett hele "
           "verdien i anførselstegn, som tittel: \"Mål: bedre omsorg\"",
           "a colon followed by a space inside a value starts a new key; put the whole value "
           "in quotes, as in title: \"Goal: better care\""},
    Phrase{"indented after value",
           "raden är mer indragen än raden ovanför, som redan har ett värde; ställ nyckeln "
           "rakt under nycklarna ovanför",
           "linjen er rykket længere ind end linjen ovenfor, som allerede har en værdi; stil "
           "nøglen lige under nøglerne ovenfor",
           "linjen er rykket lenger inn enn linjen over, som allerede har en verdi; still "
           "nøkkelen rett under nøklene over",
           "this line is indented further than the line above, which already has a value; "
           "line the key up with the keys above it"},
    Phrase{"indent mismatch",
           "raden står inte i linje med nycklarna ovanför (de börjar på rad {0}, kolumn {1}); "
           "nycklar på samma nivå ska börja i samma kolumn",
           "linjen står ikke på linje med nøglerne ovenfor (de begynder på linje {0}, kolonne "
           "{1}); nøgler på samme niveau skal begynde i samme kolonne",
           "linjen står ikke på linje med nøklene over (de begynner på linje {0}, kolonne {1}); "
           "nøkler på samme nivå skal begynne i samme kolonne",
           "this line does not line up with the keys above it (they start at line {0}, column "
           "{1}); keys at one level start in the same column"},
    Phrase{"list item depth",
           "punkten står inte i linje med punkterna ovanför (listan börjar på rad {0}, kolumn "
           "{1}); varje '- ' i en lista ska börja i samma kolumn",
           "punktet står ikke på linje med punkterne ovenfor (listen begynder på linje {0}, "
           "kolonne {1}); hvert '- ' i en liste skal begynde i samme kolonne",
           "punktet står ikke på linje med punktene over (listen begynner på linje {0}, kolonne "
           "{1}); hvert '- ' i en liste skal begynne i samme kolonne",
           "this list item does not line up with the items above it (the list starts at line "
           "{0}, column {1}); every '- ' of one list starts in the same column"},
    Phrase{"list item misplaced",
           "punkten står inte i linje med punkterna ovanför; varje '- ' i en lista ska börja i "
           "samma kolumn",
           "punktet står ikke på linje med punkterne ovenfor; hvert '- ' i en liste skal begynde "
           "i samme kolonne",
           "punktet står ikke på linje med punktene over; hvert '- ' i en liste skal begynne i "
           "samme kolonne",
           "this list item does not line up with the items above it; every '- ' of one list "
           "starts in the same column"},
    Phrase{"list after key",
           "en listpunkt ('- ') kan inte stå på samma rad som sin nyckel; börja den på nästa "
           "rad, indragen",
           "et listepunkt ('- ') kan ikke stå på samme linje som sin nøgle; begynd det på næste "
           "linje, rykket ind",
           "et listepunkt ('- ') kan ikke stå på samme linje som nøkkelen sin; begynn det på "
           "neste linje, rykket inn",
           "a list item ('- ') cannot start on the same line as its key; start it on the next "
           "line, indented"},
    Phrase{"unclosed list",
           "listan som öppnas med '[' på rad {0}, kolumn {1} stängs aldrig: avsluta den med ']' "
           "och skilj punkterna åt med ','",
           "listen, der åbnes med '[' på linje {0}, kolonne {1}, lukkes aldrig: afslut den med "
           "']' og adskil punkterne med ','",
           "listen som åpnes med '[' på linje {0}, kolonne {1}, lukkes aldri: avslutt den med "
           "']' og skill punktene med ','",
           "the list opened with '[' at line {0}, column {1} is never closed: end it with ']' "
           "and separate its items with ','"},
    Phrase{"unclosed map",
           "'{{' på rad {0}, kolumn {1} stängs aldrig: avsluta med '}}' och skilj posterna åt "
           "med ','; inom {{ }} skiljer ',' posterna åt, så skriv 1150000, inte 1,150,000",
           "'{{' på linje {0}, kolonne {1} lukkes aldrig: afslut med '}}' og adskil posterne "
           "med ','; inden for {{ }} adskiller ',' posterne, så skriv 1150000, ikke 1,150,000",
           "'{{' på linje {0}, kolonne {1} lukkes aldri: avslutt med '}}' og skill oppføringene "
           "med ','; innenfor {{ }} skiller ',' oppføringene, så skriv 1150000, ikke 1,150,000",
           "the '{{' at line {0}, column {1} is never closed: end it with '}}' and separate its "
           "entries with ','; inside {{ }} a ',' separates entries, so write 1150000, not "
           "1,150,000"},
    Phrase{"indexed flow key",
           " (en nyckel med [index] inom {{ }} ska stå inom citattecken, som "
           "{{ \"budget.lines[0].amount\": 5 }})",
           " (en nøgle med [indeks] inden for {{ }} skal stå i anførselstegn, som "
           "{{ \"budget.lines[0].amount\": 5 }})",
           " (en nøkkel med [indeks] innenfor {{ }} skal stå i anførselstegn, som "
           "{{ \"budget.lines[0].amount\": 5 }})",
           " (a key with an [index] inside {{ }} must be quoted, as in "
           "{{ \"budget.lines[0].amount\": 5 }})"},
    Phrase{"tab",
           "raden är indragen med tabb; YAML tillåter bara mellanslag, så byt tabben mot "
           "mellanslag",
           "linjen er rykket ind med tabulator; YAML tillader kun mellemrum, så skift "
           "tabulatoren ud med mellemrum",
           "linjen er rykket inn med tabulator; YAML tillater bare mellomrom, så bytt "
           "tabulatoren ut med mellomrom",
           "this line is indented with a tab; YAML allows only spaces, so replace the tab by "
           "spaces"},
    Phrase{"bad first character",
           "ett värde kan inte börja med '{0}'; sätt värdet inom citattecken",
           "en værdi kan ikke begynde med '{0}'; sæt værdien i anførselstegn",
           "en verdi kan ikke begynne med '{0}'; sett verdien i anførselstegn",
           "a value cannot begin with '{0}'; put the value in quotes"},
    Phrase{"unexpected", "oväntat {0} här", "uventet {0} her", "uventet {0} her",
           "unexpected {0}"},
    Phrase{"not yaml", "det här är inte giltig YAML (parsern säger: {0})",
           "dette er ikke gyldig YAML (parseren siger: {0})",
           "dette er ikke gyldig YAML (parseren sier: {0})", "this is not valid YAML: {0}"},
};

}  // namespace

std::string_view YamlPhrase(std::string_view key, std::string_view lang) {
  return Pick(kPhrases, key, lang);
}

}  // namespace grantcheck
