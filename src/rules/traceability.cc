#include "rules/traceability.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "base/text.h"
#include "rules/requirement_words.h"

namespace grantcheck {
namespace {

// The shortest text that counts as a quotation of another: shorter pieces
// ("3.", "Tid") would be found in sentences they do not quote.
constexpr size_t kMinQuoteBytes = 12;

// Typographic quotes as the plain ones a rule file author types.
constexpr std::pair<std::string_view, std::string_view> kPlainQuotes[] = {
    {"\u201d", "\""}, {"\u201c", "\""}, {"\u201e", "\""}, {"\u00bb", "\""},
    {"\u00ab", "\""}, {"\u2019", "'"},  {"\u2018", "'"},
};

bool Space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// White space runs as one space, ends trimmed, quotes made plain.
std::string Normalize(std::string_view text) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < text.size();) {
    std::optional<std::string_view> plain;
    for (const auto& [fancy, simple] : kPlainQuotes) {
      if (text.substr(i).starts_with(fancy)) {
        plain = simple;
        i += fancy.size();
        break;
      }
    }
    if (!plain && Space(text[i])) {
      space = !out.empty();
      ++i;
      continue;
    }
    if (space) out += ' ';
    space = false;
    if (plain) {
      out += *plain;
    } else {
      out += text[i++];
    }
  }
  return out;
}

// Whether the code point at `at` of `text` is an upper-case letter.
bool UpperAt(std::string_view text, size_t at) {
  if (at >= text.size()) return false;
  const auto lead = static_cast<unsigned char>(text[at]);
  const size_t length = lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
  const std::string_view letter = text.substr(at, length);
  return Lowercase(letter) != letter;
}

// The sentences of one normalized paragraph: a break after . ! or ? (and any
// closing quote or bracket) where a space and an upper-case letter follow, so
// that "dvs. ha" and "31. mars" stay whole.
std::vector<std::string> SplitFlat(std::string_view text) {
  std::vector<std::string> out;
  size_t begin = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '.' && text[i] != '!' && text[i] != '?') continue;
    size_t end = i + 1;
    while (end < text.size() && (text[end] == '"' || text[end] == ')' || text[end] == '*')) ++end;
    if (end + 1 >= text.size() || text[end] != ' ' || !UpperAt(text, end + 1)) continue;
    out.emplace_back(text.substr(begin, end - begin));
    begin = end + 1;
    i = end;
  }
  if (std::string_view rest = Trim(text.substr(begin)); !rest.empty()) out.emplace_back(rest);
  return out;
}

// The length of a list marker at the start of `line` ("1. ", "- ", "• "), or 0.
size_t MarkerLength(std::string_view line) {
  for (std::string_view bullet : {"- ", "* ", "\u2022 ", "\u2013 "}) {
    if (line.starts_with(bullet)) return bullet.size();
  }
  size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  if (digits > 0 && line.substr(digits).starts_with(". ")) return digits + 2;
  return 0;
}

// A paragraph or a list item, as written over one or more lines.
struct Block {
  std::string text;
  int line = 0;
  bool item = false;
};

std::vector<Block> Blocks(std::string_view text) {
  std::vector<Block> blocks;
  bool open = false;
  int number = 0;
  while (!text.empty()) {
    const size_t end = text.find('\n');
    std::string_view line = Trim(text.substr(0, end));
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    ++number;
    if (line.empty()) {
      open = false;
      continue;
    }
    if (const size_t marker = MarkerLength(line); marker > 0) {
      blocks.push_back(Block{std::string(line.substr(marker)), number, true});
      open = true;
    } else if (open) {
      blocks.back().text += " " + std::string(line);
    } else {
      blocks.push_back(Block{std::string(line), number, false});
      open = true;
    }
  }
  return blocks;
}

}  // namespace

std::vector<TextSentence> SplitSentences(std::string_view text) {
  std::vector<TextSentence> out;
  std::optional<TextSentence> lead;  // set while a lead-in's list goes on
  for (const Block& block : Blocks(text)) {
    const std::vector<std::string> sentences = SplitFlat(Normalize(block.text));
    if (!block.item) lead.reset();
    for (const std::string& s : sentences) {
      std::optional<std::string_view> word = FindRequirementWord(s);
      TextSentence sentence{.text = s, .line = block.line};
      if (block.item && lead) sentence.lead = lead->text;
      sentence.word = word ? std::string(*word) : block.item && lead ? lead->word : "";
      out.push_back(std::move(sentence));
    }
    // A lead-in is no requirement itself: its items are.
    if (!block.item && !sentences.empty() &&
        (sentences.back().ends_with(':') || sentences.back().ends_with('?'))) {
      lead = out.back();
      out.back().word.clear();
    }
  }
  return out;
}

bool QuotesSentence(std::string_view quote, std::string_view sentence) {
  const std::string whole = Normalize(sentence);
  std::string normalized = Normalize(quote);
  std::string_view rest = normalized;
  while (!rest.empty()) {
    const size_t cut = std::min(rest.find("\u2026"), rest.find("..."));
    for (const std::string& piece : SplitFlat(Trim(rest.substr(0, cut)))) {
      if (piece.size() >= kMinQuoteBytes && whole.find(piece) != std::string::npos) return true;
      if (whole.size() >= kMinQuoteBytes && piece.find(whole) != std::string::npos) return true;
      if (piece == whole) return true;
    }
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + 3);  // "…" and "..." are both three bytes
  }
  return false;
}

Trace TraceProgram(const Program& program, std::string_view text) {
  std::vector<std::pair<std::string, const std::string*>> quotes;
  for (const Rule& r : program.rules) quotes.emplace_back("rule '" + r.id + "'", &r.source);
  for (const Rule& r : program.batch_rules) {
    quotes.emplace_back("batch rule '" + r.id + "'", &r.source);
  }
  for (const Deadline& d : program.deadlines) {
    quotes.emplace_back("deadline '" + d.id + "'", &d.source);
  }
  Trace trace;
  auto own = [&program](const NotChecked& n) { return n.file.empty() || n.file == program.file; };
  std::vector<bool> used(program.not_checked.size(), false);
  std::vector<bool> contradicted(program.not_checked.size(), false);
  for (TextSentence& sentence : SplitSentences(text)) {
    if (sentence.word.empty()) continue;
    TracedSentence traced{.sentence = std::move(sentence)};
    for (const auto& [owner, source] : quotes) {
      if (QuotesSentence(*source, traced.sentence.text)) traced.quoted_by.push_back(owner);
    }
    for (size_t i = 0; i < program.not_checked.size(); ++i) {
      const std::string& quote = program.not_checked[i].sentence;
      if (!QuotesSentence(quote, traced.sentence.text) &&
          (traced.sentence.lead.empty() || !QuotesSentence(quote, traced.sentence.lead))) {
        continue;
      }
      used[i] = true;
      contradicted[i] = contradicted[i] || !traced.quoted_by.empty();
      if (traced.not_checked == nullptr) traced.not_checked = &program.not_checked[i];
    }
    trace.sentences.push_back(std::move(traced));
  }
  for (size_t i = 0; i < program.not_checked.size(); ++i) {
    const NotChecked& n = program.not_checked[i];
    if (!own(n)) continue;
    if (!used[i]) trace.unused.push_back(&n);
    if (contradicted[i]) trace.contradicted.push_back(&n);
  }
  return trace;
}

}  // namespace grantcheck
