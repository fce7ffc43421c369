// Traceability: the requirement sentences of a text, list items under their
// lead-in, quotations with ellipses, and the trace of a program against its text.
#include "rules/traceability.h"

#include <doctest/doctest.h>

#include <string>

#include "rules/rule_loader.h"

namespace grantcheck {
namespace {

// Each sentence as "LINE [WORD] TEXT", one a line.
std::string Dump(const std::vector<TextSentence>& sentences) {
  std::string out;
  for (const TextSentence& s : sentences) {
    out += std::to_string(s.line) + " [" + s.word + "] " + s.text + "\n";
  }
  return out;
}

constexpr const char* kText = R"(Rubrik

Projektet ska vara kort. Det får gärna
vara roligt, dvs. ha hög nytta! Medel kan inte
finansiera  löner.

Projekt ska:

1. bidra till visionen
2. gärna ha annan delfinansiering

Vad vill vi uppnå?

 - Nya idéer
Tid
)";

TEST_CASE("traceability: sentences, their lines and requirement words") {
  CHECK(Dump(SplitSentences(kText)) ==
        "1 [] Rubrik\n"
        "3 [ska] Projektet ska vara kort.\n"
        "3 [] Det får gärna vara roligt, dvs. ha hög nytta!\n"
        "3 [kan inte] Medel kan inte finansiera löner.\n"
        "7 [] Projekt ska:\n"
        "9 [ska] bidra till visionen\n"
        "10 [ska] gärna ha annan delfinansiering\n"
        "12 [] Vad vill vi uppnå?\n"
        "14 [] Nya idéer Tid\n");
  std::vector<TextSentence> sentences = SplitSentences(kText);
  CHECK(sentences[5].lead == "Projekt ska:");
  CHECK(sentences[1].lead == "");
}

TEST_CASE("traceability: a quote matches a sentence it is in, or that is in it") {
  const std::string sentence = "Projektet kan pågå under max 12 månader, inklusive slutrapportering.";
  CHECK(QuotesSentence("kan pågå under max 12 månader", sentence));
  CHECK(QuotesSentence("Projektet kan pågå under max 12 månader, inklusive slutrapportering. "
                       "I undantagsfall kan en projektperiod på 18 månader beviljas.",
                       sentence));
  CHECK(QuotesSentence("Något annat. … kan pågå under max\n 12 månader", sentence));
  CHECK(QuotesSentence("kallad ”ExpoFramtid”", "en punkt kallad \"ExpoFramtid\"."));
  CHECK_FALSE(QuotesSentence("max 12", sentence));  // too short to say which sentence
  CHECK_FALSE(QuotesSentence("kan pågå under max 18 månader", sentence));
  CHECK(QuotesSentence("Fornavn", "Fornavn"));
}

constexpr const char* kRules = R"([program]
id = "p"
name = "P"
language = "en"
currency = "SEK"

[[rules]]
id = "R-SHORT"
severity = "error"
title = "Short"
source = "Projektet ska vara kort."
check = "true"
message = "M"

[[not_checked]]
sentence = "Projekt ska:"
reason = "The list is a wish list."

[[not_checked]]
sentence = "This sentence is not in the text."
reason = "Stale."
)";

TEST_CASE("traceability: a program's trace of its text") {
  LoadedProgram loaded = ParseRuleFile(kRules, "p.toml");
  REQUIRE(loaded.program);
  Trace trace = TraceProgram(*loaded.program, kText);
  REQUIRE(trace.sentences.size() == 4);
  CHECK(trace.sentences[0].quoted_by == std::vector<std::string>{"rule 'R-SHORT'"});
  // Medel kan inte …: nothing answers it.
  CHECK(trace.sentences[1].sentence.word == "kan inte");
  CHECK_FALSE(trace.sentences[1].Explained());
  // The items are explained by the entry that quotes their lead-in.
  CHECK(trace.sentences[2].not_checked == &loaded.program->not_checked[0]);
  CHECK(trace.sentences[3].not_checked == &loaded.program->not_checked[0]);
  REQUIRE(trace.unused.size() == 1);
  CHECK(trace.unused[0]->sentence == "This sentence is not in the text.");
  CHECK(trace.contradicted.empty());
}

}  // namespace
}  // namespace grantcheck
