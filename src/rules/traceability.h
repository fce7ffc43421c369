// Traceability: every requirement sentence of a funder's text, and the rules
// that quote it or the reason no rule does ([[not_checked]]). Words are requirement_words.h's.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/program.h"

namespace grantcheck {

// A sentence of a funder's text: white space runs as single spaces, a list
// item's marker ("1.", "-", "•") left out.
struct TextSentence {
  std::string text;
  int line = 0;           // where it starts in the text, from 1
  std::string word;       // the requirement word that makes it one; "" when none
  std::string lead;       // a list item's lead-in sentence; "" for others
};

// The sentences of `text`. Blank lines end paragraphs; a line that starts with
// a list marker is an item of its own. An item under a lead-in that ends with
// ':' or '?' ("… ska:", "Vad krävs …?") takes the lead-in's requirement word,
// and the lead-in itself has none: its items are the requirements.
std::vector<TextSentence> SplitSentences(std::string_view text);

// Whether `quote` (a `source` or not_checked sentence, parts left out with
// "…" or "...") quotes `sentence`: after white space and typographic quotes
// are made plain, a sentence of one of its parts is in the sentence, or the
// sentence is in such a part (either at least 12 bytes long), or they are equal.
bool QuotesSentence(std::string_view quote, std::string_view sentence);

// A [[not_checked]] entry that quotes a list's lead-in explains all its items.
struct TracedSentence {
  TextSentence sentence;
  std::vector<std::string> quoted_by;     // "rule 'FH-DURATION'", "deadline 'final-report'"
  const NotChecked* not_checked = nullptr;  // the entry that explains it, if any
  bool Explained() const { return !quoted_by.empty() || not_checked != nullptr; }
};

struct Trace {
  std::vector<TracedSentence> sentences;  // the requirement sentences, in text order
  // Entries written in the program's own file that explain no requirement
  // sentence of the text: stale, or quoted wrongly.
  std::vector<const NotChecked*> unused;
  // Entries written in the program's own file that list a sentence a rule or
  // deadline quotes: it is checked after all, and the entry says otherwise.
  std::vector<const NotChecked*> contradicted;
};

// The requirement sentences of `text` (the funder's text of `program`'s own
// rule file) with what quotes or explains each. Rules, batch rules and
// deadlines inherited through `extends` count when they quote this text too.
// The Trace points into `program`, which must outlive it.
Trace TraceProgram(const Program& program, std::string_view text);

}  // namespace grantcheck
