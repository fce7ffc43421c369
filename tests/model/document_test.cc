// Tests for LoadYaml and DocNode::Find: positions of keys and values, scalar
// styles and nulls, and every refusal (syntax, duplicates, limits) with its place.
#include "model/document.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>

namespace grantcheck {
namespace {

std::string At(Pos pos) { return std::to_string(pos.line) + ":" + std::to_string(pos.col); }

// The value under `key`, which must be there.
const DocNode& Get(const DocNode& node, std::string_view key) {
  const DocNode* found = node.Find(key);
  REQUIRE_MESSAGE(found != nullptr, "missing key ", std::string(key));
  return *found;
}

const DocEntry& EntryOf(const DocNode& node, std::string_view key) {
  for (const DocEntry& entry : node.entries) {
    if (entry.key == key) return entry;
  }
  FAIL("missing key ", std::string(key));
  return node.entries.front();  // not reached
}

// The one diagnostic of `doc`, formatted.
std::string OnlyDiagnostic(const Document& doc) {
  REQUIRE(doc.diagnostics.size() == 1);
  return FormatDiagnostic(doc.diagnostics[0]);
}

std::string Repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

TEST_CASE("yaml: keys and values of nested block mappings have 1-based positions") {
  const Document doc = LoadYaml(
      "program: horizon\n"
      "budget:\n"
      "  total: 1000\n"
      "  lines:\n"
      "    staff: 600\n",
      "app.yaml");
  REQUIRE(doc.ok);
  CHECK(doc.diagnostics.empty());
  CHECK(doc.file == "app.yaml");
  CHECK(doc.root.kind == DocKind::kMapping);
  CHECK(At(doc.root.pos) == "1:1");
  CHECK(At(EntryOf(doc.root, "program").key_pos) == "1:1");
  CHECK(At(Get(doc.root, "program").pos) == "1:10");
  CHECK(Get(doc.root, "program").text == "horizon");
  const DocNode& budget = Get(doc.root, "budget");
  CHECK(At(EntryOf(doc.root, "budget").key_pos) == "2:1");
  CHECK(budget.kind == DocKind::kMapping);
  CHECK(At(budget.pos) == "3:3");  // a block mapping starts at its first key
  CHECK(At(EntryOf(budget, "total").key_pos) == "3:3");
  CHECK(At(Get(budget, "total").pos) == "3:10");
  const DocNode& lines = Get(budget, "lines");
  CHECK(At(EntryOf(lines, "staff").key_pos) == "5:5");
  CHECK(At(Get(lines, "staff").pos) == "5:12");
  CHECK(Get(lines, "staff").text == "600");
}

TEST_CASE("yaml: entries keep file order") {
  const Document doc = LoadYaml("b: 1\na: 2\nc: 3\n", "f.yaml");
  REQUIRE(doc.ok);
  REQUIRE(doc.root.entries.size() == 3);
  CHECK(doc.root.entries[0].key == "b");
  CHECK(doc.root.entries[1].key == "a");
  CHECK(doc.root.entries[2].key == "c");
}

TEST_CASE("yaml: flow mapping positions") {
  const Document doc = LoadYaml("period: { start: 2025-01-01, months: 36 }\n", "f.yaml");
  REQUIRE(doc.ok);
  const DocNode& period = Get(doc.root, "period");
  CHECK(period.kind == DocKind::kMapping);
  CHECK(At(period.pos) == "1:9");
  CHECK(At(EntryOf(period, "start").key_pos) == "1:11");
  CHECK(At(Get(period, "start").pos) == "1:18");
  CHECK(Get(period, "start").text == "2025-01-01");
  CHECK(At(EntryOf(period, "months").key_pos) == "1:30");
  CHECK(At(Get(period, "months").pos) == "1:38");
}

TEST_CASE("yaml: sequences of flow maps and block sequences") {
  const Document doc = LoadYaml(
      "partners:\n"
      "- { id: A1, country: DE }\n"
      "- id: B2\n"
      "  country: FR\n"
      "tags: [x, \"y\"]\n"
      "people:\n"
      "  - Ada\n"
      "  - Grace\n",
      "f.yaml");
  REQUIRE(doc.ok);
  const DocNode& partners = Get(doc.root, "partners");
  REQUIRE(partners.kind == DocKind::kSequence);
  CHECK(At(partners.pos) == "2:1");  // a block sequence starts at its first '-'
  REQUIRE(partners.items.size() == 2);
  CHECK(At(partners.items[0].pos) == "2:3");
  CHECK(At(EntryOf(partners.items[0], "id").key_pos) == "2:5");
  CHECK(At(Get(partners.items[0], "id").pos) == "2:9");
  CHECK(At(Get(partners.items[0], "country").pos) == "2:22");
  CHECK(At(partners.items[1].pos) == "3:3");
  CHECK(At(EntryOf(partners.items[1], "country").key_pos) == "4:3");
  CHECK(At(Get(partners.items[1], "country").pos) == "4:12");

  const DocNode& tags = Get(doc.root, "tags");
  CHECK(At(tags.pos) == "5:7");
  REQUIRE(tags.items.size() == 2);
  CHECK(At(tags.items[1].pos) == "5:11");

  const DocNode& people = Get(doc.root, "people");
  CHECK(At(people.pos) == "7:3");
  REQUIRE(people.items.size() == 2);
  CHECK(At(people.items[0].pos) == "7:5");
  CHECK(people.items[1].text == "Grace");
  CHECK(At(people.items[1].pos) == "8:5");
}

TEST_CASE("yaml: columns count code points after non-ASCII text") {
  const Document doc = LoadYaml(
      "åå: v\n"
      "title: \"Ærø – 😀\"\n"
      "list: [ö, ü, x]\n"
      "x: { ä: 1, b: 2 }\n",
      "f.yaml");
  REQUIRE(doc.ok);
  CHECK(At(Get(doc.root, "åå").pos) == "1:5");
  CHECK(Get(doc.root, "title").text == "Ærø – 😀");
  const DocNode& list = Get(doc.root, "list");
  REQUIRE(list.items.size() == 3);
  CHECK(At(list.items[1].pos) == "3:11");
  CHECK(At(list.items[2].pos) == "3:14");
  const DocNode& x = Get(doc.root, "x");
  CHECK(At(Get(x, "ä").pos) == "4:9");
  CHECK(At(EntryOf(x, "b").key_pos) == "4:12");
}

TEST_CASE("yaml: a leading BOM is accepted and takes no column") {
  const Document doc = LoadYaml(
      "\xEF\xBB\xBF"
      "a: 1\nb: [x]\n",
      "f.yaml");
  REQUIRE(doc.ok);
  CHECK(At(EntryOf(doc.root, "a").key_pos) == "1:1");
  CHECK(At(Get(doc.root, "a").pos) == "1:4");
  CHECK(At(Get(doc.root, "b").items[0].pos) == "2:5");
  CHECK(doc.root.entries[0].key == "a");  // no BOM glued to the first key
}

TEST_CASE("yaml: CRLF line endings keep positions and text") {
  const Document doc = LoadYaml(
      "a: 1\r\n"
      "bé:\r\n"
      "  c: \"å\"\r\n"
      "  d: |\r\n"
      "    two\r\n"
      "    lines\r\n"
      "e:\r\n",
      "f.yaml");
  REQUIRE(doc.ok);
  CHECK(Get(doc.root, "a").text == "1");
  const DocNode& b = Get(doc.root, "bé");
  CHECK(At(b.pos) == "3:3");
  CHECK(At(Get(b, "c").pos) == "3:6");
  CHECK(Get(b, "c").text == "å");
  CHECK(Get(b, "d").text == "two\nlines\n");
  CHECK(At(EntryOf(doc.root, "e").key_pos) == "7:1");
  CHECK(Get(doc.root, "e").null);
}

TEST_CASE("yaml: CRLF file with an error gives a snippet without the CR") {
  const Document doc = LoadYaml("a: 1\r\nb: c: d\r\n", "f.yaml");
  CHECK_FALSE(doc.ok);
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(doc.diagnostics[0].snippet == "b: c: d");
  CHECK(At(doc.diagnostics[0].pos) == "2:5");
}

// Old Mac files end lines with a lone CR. YAML breaks lines there, so
// positions must too: every finding of such a file was on line 1.
TEST_CASE("yaml: a lone CR ends a line for positions, as in YAML") {
  const Document doc = LoadYaml("a: 1\rb:\r  c: \"å\"\r  d: x\r\ne: 2\nf:\r", "f.yaml");
  REQUIRE(doc.ok);
  const DocNode& b = Get(doc.root, "b");
  CHECK(At(b.pos) == "3:3");
  CHECK(At(Get(b, "c").pos) == "3:6");
  CHECK(At(EntryOf(b, "d").key_pos) == "4:3");  // CRLF is still one break
  CHECK(At(EntryOf(doc.root, "e").key_pos) == "5:1");
  CHECK(At(EntryOf(doc.root, "f").key_pos) == "6:1");
  CHECK(Get(doc.root, "f").null);
}

TEST_CASE("yaml: an error in a CR-only file is on its line, the snippet that line alone") {
  const Document doc = LoadYaml("a: 1\rb: c: d\r", "f.yaml");
  CHECK_FALSE(doc.ok);
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(doc.diagnostics[0].snippet == "b: c: d");
  CHECK(At(doc.diagnostics[0].pos) == "2:5");
}

TEST_CASE("yaml: quoted, block and string-tagged scalars are quoted, plain ones are not") {
  const Document doc = LoadYaml(
      "plain: 12\n"
      "double: \"12\"\n"
      "single: 'it''s'\n"
      "literal: |\n"
      "  kept\n"
      "folded: >\n"
      "  one\n"
      "  two\n"
      "str: !!str 12\n"
      "custom: !thing 12\n"
      "custom_quoted: !thing \"12\"\n"
      "empty_quoted: \"\"\n",
      "f.yaml");
  REQUIRE(doc.ok);
  CHECK_FALSE(Get(doc.root, "plain").quoted);
  CHECK(Get(doc.root, "double").quoted);
  CHECK(Get(doc.root, "double").text == "12");
  CHECK(Get(doc.root, "single").quoted);
  CHECK(Get(doc.root, "single").text == "it's");
  CHECK(Get(doc.root, "literal").quoted);
  CHECK(Get(doc.root, "literal").text == "kept\n");
  CHECK(Get(doc.root, "folded").quoted);
  CHECK(Get(doc.root, "folded").text == "one two\n");
  CHECK(Get(doc.root, "str").quoted);
  CHECK(Get(doc.root, "str").text == "12");
  CHECK(At(Get(doc.root, "str").pos) == "9:6");  // where the tag starts
  CHECK_FALSE(Get(doc.root, "custom").quoted);   // other tags are ignored
  CHECK(Get(doc.root, "custom").text == "12");
  CHECK(Get(doc.root, "custom_quoted").quoted);
  CHECK(Get(doc.root, "empty_quoted").quoted);
  CHECK_FALSE(Get(doc.root, "empty_quoted").null);
  CHECK(Get(doc.root, "empty_quoted").text.empty());
}

TEST_CASE("yaml: plain text is kept verbatim, quoted text unescaped") {
  const Document doc = LoadYaml(
      "zip: 007\n"
      "amount: 1.50\n"
      "flag: yes\n"
      "date: 2025-01-31\n"
      "spaced: two  words\n"
      "escaped: \"a\\tb\\u00e9\"\n"
      "multi: first\n"
      "  second\n",
      "f.yaml");
  REQUIRE(doc.ok);
  CHECK(Get(doc.root, "zip").text == "007");
  CHECK(Get(doc.root, "amount").text == "1.50");
  CHECK(Get(doc.root, "flag").text == "yes");
  CHECK(Get(doc.root, "date").text == "2025-01-31");
  CHECK(Get(doc.root, "spaced").text == "two  words");
  CHECK(Get(doc.root, "escaped").text == "a\tb\xC3\xA9");
  CHECK(Get(doc.root, "multi").text == "first second");
}

TEST_CASE("yaml: null spellings and absent values") {
  const Document doc = LoadYaml(
      "tilde: ~\n"
      "word: null\n"
      "title: Null\n"
      "caps: NULL\n"
      "absent:\n"
      "commented: # nothing here\n"
      "tagged: !!null\n"
      "quoted: \"null\"\n"
      "str: !!str null\n"
      "nil: nil\n"
      "last:\n",
      "f.yaml");
  REQUIRE(doc.ok);
  for (const char* key :
       {"tilde", "word", "title", "caps", "absent", "commented", "tagged", "last"}) {
    CAPTURE(key);
    CHECK(Get(doc.root, key).null);
    CHECK_FALSE(Get(doc.root, key).quoted);
  }
  CHECK(Get(doc.root, "tilde").text == "~");
  CHECK(Get(doc.root, "word").text == "null");
  CHECK(Get(doc.root, "caps").text == "NULL");
  CHECK(Get(doc.root, "absent").text.empty());
  CHECK(At(Get(doc.root, "tilde").pos) == "1:8");
  // An absent value sits just after its key's ':', not at the next line's key.
  CHECK(At(Get(doc.root, "absent").pos) == "5:8");
  CHECK(At(Get(doc.root, "commented").pos) == "6:11");
  CHECK(At(Get(doc.root, "last").pos) == "11:6");
  CHECK_FALSE(Get(doc.root, "quoted").null);
  CHECK(Get(doc.root, "quoted").quoted);
  CHECK_FALSE(Get(doc.root, "str").null);
  CHECK(Get(doc.root, "str").quoted);
  CHECK_FALSE(Get(doc.root, "nil").null);
}

TEST_CASE("yaml: absent values in sequences, flow maps and before a 'null:' key") {
  const Document doc = LoadYaml(
      "items:\n"
      "  -\n"
      "  - # comment\n"
      "  - y\n"
      "flow: {a: , b: 1, c}\n"
      "inner:\n"
      "  k:\n"
      "null: 2\n"
      "~: 3\n",
      "f.yaml");
  REQUIRE(doc.ok);
  const DocNode& items = Get(doc.root, "items");
  REQUIRE(items.items.size() == 3);
  CHECK(items.items[0].null);
  CHECK(At(items.items[0].pos) == "2:4");
  CHECK(items.items[1].null);
  CHECK(At(items.items[1].pos) == "3:4");
  CHECK(At(items.items[2].pos) == "4:5");
  const DocNode& flow = Get(doc.root, "flow");
  CHECK(Get(flow, "a").null);
  CHECK(At(Get(flow, "a").pos) == "5:10");
  CHECK(Get(flow, "c").null);
  CHECK(Get(Get(doc.root, "inner"), "k").null);
  CHECK(At(Get(Get(doc.root, "inner"), "k").pos) == "7:5");
  // Null-looking keys are ordinary keys, spelled as written.
  CHECK(Get(doc.root, "null").text == "2");
  CHECK(At(EntryOf(doc.root, "null").key_pos) == "8:1");
  CHECK(Get(doc.root, "~").text == "3");
}

TEST_CASE("yaml: duplicate key is reported at the second, the first value kept") {
  const Document doc = LoadYaml(
      "program: horizon\n"
      "title: x\n"
      "period: 36\n"
      "budget: 5\n"
      "period:\n"
      "  months: 12\n"
      "after: 1\n",
      "apps/a.yaml");
  CHECK(doc.ok);
  CHECK(OnlyDiagnostic(doc) ==
        "apps/a.yaml:5:1: error: duplicate key 'period' (first given at line 3) "
        "[yaml-duplicate-key]");
  CHECK(doc.diagnostics[0].level == Level::kError);
  CHECK(Get(doc.root, "period").text == "36");
  CHECK(Get(doc.root, "after").text == "1");
  CHECK(doc.root.entries.size() == 5);
}

TEST_CASE("yaml: duplicate keys compare text exactly, per mapping") {
  const Document doc = LoadYaml(
      "a: 1\n"
      "\"a\": 2\n"
      "A: 3\n"
      "m: { x: 1, y: 2, x: 3 }\n"
      "n: { x: 1 }\n",
      "f.yaml");
  CHECK(doc.ok);
  REQUIRE(doc.diagnostics.size() == 2);
  CHECK(doc.diagnostics[0].id == "yaml-duplicate-key");
  CHECK(At(doc.diagnostics[0].pos) == "2:1");
  CHECK(At(doc.diagnostics[1].pos) == "4:18");
  CHECK(doc.diagnostics[1].message == "duplicate key 'x' (first given at line 4)");
  CHECK(Get(doc.root, "a").text == "1");
  CHECK(Get(doc.root, "A").text == "3");
  CHECK(Get(Get(doc.root, "m"), "x").text == "1");
  CHECK(Get(doc.root, "m").entries.size() == 2);
}

TEST_CASE("yaml: complex keys are reported and their entry skipped") {
  const Document doc = LoadYaml(
      "? [a, b]\n"
      ": v\n"
      "{x: 1}: w\n"
      "ok: 1\n",
      "f.yaml");
  CHECK(doc.ok);
  REQUIRE(doc.diagnostics.size() == 2);
  CHECK(FormatDiagnostic(doc.diagnostics[0]) ==
        "f.yaml:1:3: error: a key must be plain text, not a list; this entry is "
        "skipped [yaml-complex-key]");
  CHECK(doc.diagnostics[1].id == "yaml-complex-key");
  CHECK(At(doc.diagnostics[1].pos) == "3:1");
  REQUIRE(doc.root.entries.size() == 1);
  CHECK(doc.root.entries[0].key == "ok");
}

TEST_CASE("yaml: syntax errors are reported at the parser's mark") {
  SUBCASE("a value that is also a key") {
    const Document doc = LoadYaml("program: x\na: b: c\n", "f.yaml");
    CHECK_FALSE(doc.ok);
    CHECK(OnlyDiagnostic(doc) ==
          "f.yaml:2:5: error: a colon followed by a space inside a value starts a new key; put "
          "the whole value in quotes, as in title: \"Goal: better care\" [yaml-syntax]");
    CHECK(doc.diagnostics[0].snippet == "a: b: c");
    CHECK(doc.diagnostics[0].caret_col == 5);
  }
  SUBCASE("an unclosed flow list") {
    const Document doc = LoadYaml("a: [1, 2\n", "f.yaml");
    CHECK_FALSE(doc.ok);
    CHECK(OnlyDiagnostic(doc) ==
          "f.yaml:2:1: error: the list opened with '[' at line 1, column 4 is never closed: end it "
          "with ']' and separate its items with ',' [yaml-syntax]");
  }
  SUBCASE("bad indentation") {
    const Document doc = LoadYaml("a: 1\n b: 2\n", "f.yaml");
    CHECK_FALSE(doc.ok);
    REQUIRE(doc.diagnostics.size() == 1);
    CHECK(doc.diagnostics[0].id == "yaml-syntax");
    CHECK(At(doc.diagnostics[0].pos) == "2:3");
  }
}

TEST_CASE("yaml: an unclosed quote is a syntax error, not the rest of the file") {
  // A lenient parser would take everything up to the end as the string.
  const Document doc = LoadYaml("a: \"open\nb: 1\n", "f.yaml");
  CHECK_FALSE(doc.ok);
  CHECK(OnlyDiagnostic(doc) ==
        "f.yaml:1:4: error: this quoted text is never closed (missing \") [yaml-syntax]");
  const Document single = LoadYaml("a: 'it''s\n", "f.yaml");
  CHECK_FALSE(single.ok);
  REQUIRE(single.diagnostics.size() == 1);
  CHECK(single.diagnostics[0].id == "yaml-syntax");
}

TEST_CASE("yaml: tab indentation is a syntax error that names the tab") {
  const Document doc = LoadYaml("a:\n\tb: 1\n", "f.yaml");
  CHECK_FALSE(doc.ok);
  CHECK(OnlyDiagnostic(doc) ==
        "f.yaml:2:3: error: this line is indented with a tab; YAML allows only spaces, so "
        "replace the tab by spaces [yaml-syntax]");
  CHECK(doc.diagnostics[0].snippet == "\tb: 1");

  const Document later = LoadYaml("a:\n  b: 1\n\tc: 2\n", "f.yaml");
  CHECK_FALSE(later.ok);
  REQUIRE(later.diagnostics.size() == 1);
  CHECK(later.diagnostics[0].id == "yaml-syntax");
  CHECK(later.diagnostics[0].pos.line == 3);
}

TEST_CASE("yaml: an empty or comment-only file is refused at 1:1") {
  for (const char* text :
       {"", "# just a comment\n\n# and another\n", "\n\n", "---\n", "\xEF\xBB\xBF"}) {
    CAPTURE(text);
    const Document doc = LoadYaml(text, "f.yaml");
    CHECK_FALSE(doc.ok);
    CHECK(OnlyDiagnostic(doc) ==
          "f.yaml:1:1: error: the file is empty; expected a mapping of application "
          "fields [yaml-empty]");
  }
}

TEST_CASE("yaml: the top level must be a mapping") {
  const Document list = LoadYaml("# apps\n- a\n- b\n", "f.yaml");
  CHECK_FALSE(list.ok);
  CHECK(OnlyDiagnostic(list) ==
        "f.yaml:2:1: error: expected a mapping of fields such as 'program:' at the "
        "top level, got a list [yaml-not-mapping]");
  const Document scalar = LoadYaml("hello\n", "f.yaml");
  CHECK_FALSE(scalar.ok);
  REQUIRE(scalar.diagnostics.size() == 1);
  CHECK(scalar.diagnostics[0].id == "yaml-not-mapping");
  CHECK(scalar.diagnostics[0].message.ends_with("got the single value 'hello'"));
  const Document null = LoadYaml("~\n", "f.yaml");
  REQUIRE(null.diagnostics.size() == 1);
  CHECK(null.diagnostics[0].message.ends_with("got null"));
  const Document flow = LoadYaml("{a: 1}\n", "f.yaml");
  CHECK(flow.ok);  // a flow mapping is a mapping
}

TEST_CASE("yaml: a second document is refused where it starts") {
  const Document doc = LoadYaml("a: 1\n---\nb: 2\n", "f.yaml");
  CHECK_FALSE(doc.ok);
  CHECK(OnlyDiagnostic(doc) ==
        "f.yaml:2:1: error: a second YAML document starts here; an application "
        "file holds exactly one [yaml-multiple-documents]");
  const Document explicit_start = LoadYaml("---\na: 1\n", "f.yaml");
  CHECK(explicit_start.ok);  // one '---' opening the only document is fine
  CHECK(At(Get(explicit_start.root, "a").pos) == "2:4");
  const Document after_end = LoadYaml("a: 1\n...\nb: 2\n", "f.yaml");
  CHECK_FALSE(after_end.ok);
  REQUIRE(after_end.diagnostics.size() == 1);
  CHECK(after_end.diagnostics[0].id == "yaml-multiple-documents");
  const Document syntax_after = LoadYaml("a: 1\n---\nb: c: d\n", "f.yaml");
  CHECK_FALSE(syntax_after.ok);
  CHECK(OnlyDiagnostic(syntax_after).ends_with("[yaml-multiple-documents]"));
}

TEST_CASE("yaml: junk after the top-level value is a syntax error, not a document") {
  // Junk after the value is neither a second document nor silently dropped.
  const Document leading = LoadYaml(",a: 1\n", "f.yaml");
  CHECK_FALSE(leading.ok);
  CHECK(OnlyDiagnostic(leading) == "f.yaml:1:1: error: unexpected ',' [yaml-syntax]");
  const Document after_flow = LoadYaml("{a: 1}, b\n", "f.yaml");
  CHECK(OnlyDiagnostic(after_flow) == "f.yaml:1:7: error: unexpected ',' [yaml-syntax]");
  const Document word = LoadYaml("{a: 1} x\n", "f.yaml");
  CHECK(OnlyDiagnostic(word) == "f.yaml:1:8: error: unexpected 'x' [yaml-syntax]");
  const Document ended = LoadYaml("a: 1\n... # end\n\n# note\nb: 2\n", "f.yaml");
  CHECK(OnlyDiagnostic(ended).starts_with("f.yaml:5:1: error: a second YAML document"));
  const Document end_only = LoadYaml("a: 1\n...\n", "f.yaml");
  CHECK(end_only.ok);
}

TEST_CASE("yaml: aliases are expanded into copies") {
  const Document doc = LoadYaml(
      "base: &b\n"
      "  rate: 25\n"
      "  cap: [1, 2]\n"
      "name: &n Ada\n"
      "copy: *b\n"
      "who: *n\n"
      "<<: *b\n"
      "*n : keyed\n",
      "f.yaml");
  REQUIRE(doc.ok);
  CHECK(doc.diagnostics.empty());
  const DocNode& copy = Get(doc.root, "copy");
  CHECK(copy.kind == DocKind::kMapping);
  CHECK(At(copy.pos) == "5:7");  // the value sits at the alias...
  CHECK(Get(copy, "rate").text == "25");
  CHECK(At(Get(copy, "rate").pos) == "2:9");  // ...its contents where the anchor is
  CHECK(Get(copy, "cap").items.size() == 2);
  CHECK(Get(doc.root, "who").text == "Ada");
  CHECK(At(Get(doc.root, "who").pos) == "6:6");
  CHECK(At(Get(doc.root, "name").pos) == "4:7");  // an anchored value starts at '&'
  // "<<" is not a merge: just a key.
  CHECK(Get(Get(doc.root, "<<"), "rate").text == "25");
  CHECK(doc.root.Find("rate") == nullptr);
  CHECK(Get(doc.root, "Ada").text == "keyed");
}

TEST_CASE("yaml: unknown and self-referring aliases are syntax errors") {
  const Document unknown = LoadYaml("a: *nope\n", "f.yaml");
  CHECK_FALSE(unknown.ok);
  CHECK(OnlyDiagnostic(unknown) ==
        "f.yaml:1:4: error: the referenced anchor is not defined [yaml-syntax]");
  const Document self = LoadYaml("a: &loop [1, *loop]\n", "f.yaml");
  CHECK_FALSE(self.ok);
  CHECK(OnlyDiagnostic(self) ==
        "f.yaml:1:14: error: alias '*loop' is used inside the node it names [yaml-syntax]");
}

TEST_CASE("yaml: a billion laughs file is stopped quickly") {
  std::string text = "l0: &l0 [" + Repeat("lol, ", 9) + "lol]\n";
  for (int i = 1; i <= 9; ++i) {
    const std::string prev = "*l" + std::to_string(i - 1);
    text += "l" + std::to_string(i) + ": &l" + std::to_string(i) + " [" + Repeat(prev + ", ", 9) +
            prev + "]\n";
  }
  // Refused on line 5 of 10, having expanded at most kMaxAliasExpansionNodes
  // values: the work is bounded by the count, not by a clock (its time through
  // the whole program is measured in docs/hardening.md, not here).
  const Document doc = LoadYaml(text, "f.yaml");
  CHECK_FALSE(doc.ok);
  CHECK(OnlyDiagnostic(doc) ==
        "f.yaml:5:45: error: aliases (*name) expand to more than 100000 values or "
        "10000000 bytes of text [yaml-too-many-aliases]");
}

TEST_CASE("yaml: one long scalar aliased many times is stopped") {
  const std::string text =
      "s: &s \"" + std::string(1'000'000, 'x') + "\"\nl: [" + Repeat("*s, ", 99) + "*s]\n";
  const Document doc = LoadYaml(text, "f.yaml");
  CHECK_FALSE(doc.ok);
  REQUIRE(doc.diagnostics.size() == 1);
  CHECK(doc.diagnostics[0].id == "yaml-too-many-aliases");
  CHECK(doc.diagnostics[0].pos.line == 2);
}

TEST_CASE("yaml: nesting is limited to 64 levels") {
  SUBCASE("64 levels load") {
    // The top-level mapping is one level; 63 flow lists make 64.
    const Document doc = LoadYaml("a: " + Repeat("[", 63) + Repeat("]", 63) + "\n", "f.yaml");
    CHECK(doc.ok);
    CHECK(doc.diagnostics.empty());
  }
  SUBCASE("65 levels of flow lists") {
    const Document doc = LoadYaml("a: " + Repeat("[", 64) + Repeat("]", 64) + "\n", "f.yaml");
    CHECK_FALSE(doc.ok);
    CHECK(OnlyDiagnostic(doc) ==
          "f.yaml:1:67: error: lists and mappings are nested more than 64 levels "
          "deep [yaml-too-deep]");
  }
  SUBCASE("100000 open brackets are refused before the parser sees them") {
    const Document doc = LoadYaml("a: " + Repeat("[", 100000) + "\n", "f.yaml");
    CHECK_FALSE(doc.ok);
    CHECK(OnlyDiagnostic(doc) ==
          "f.yaml:1:68: error: lists and mappings are nested more than 64 levels "
          "deep [yaml-too-deep]");
    CHECK(doc.diagnostics[0].snippet.empty());  // the line is too long to quote
  }
  SUBCASE("brackets inside quotes and comments do not count") {
    const Document doc = LoadYaml("a: \"" + Repeat("[", 100) + "\" # " + Repeat("{", 100) +
                                      "\nb: '" + Repeat("[", 100) + "'\n",
                                  "f.yaml");
    CHECK(doc.ok);
  }
  SUBCASE("block indentation") {
    std::string text;
    for (int i = 0; i < 100; ++i) text += std::string(i, ' ') + "k" + std::to_string(i) + ":\n";
    const Document doc = LoadYaml(text, "f.yaml");
    CHECK_FALSE(doc.ok);
    REQUIRE(doc.diagnostics.size() == 1);
    CHECK(doc.diagnostics[0].id == "yaml-too-deep");
    CHECK(At(doc.diagnostics[0].pos) == "65:65");  // the 65th mapping's first key
  }
  SUBCASE("compact block sequences") {
    const Document doc = LoadYaml(Repeat("- ", 100000) + "x\n", "f.yaml");
    CHECK_FALSE(doc.ok);
    REQUIRE(doc.diagnostics.size() == 1);
    CHECK(doc.diagnostics[0].id == "yaml-too-deep");
    CHECK(At(doc.diagnostics[0].pos) == "1:129");
  }
  SUBCASE("aliases cannot nest deeper than the limit") {
    std::string text = "a0: &a0 x\n";
    for (int i = 1; i < 100; ++i) {
      text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [*a" +
              std::to_string(i - 1) + "]\n";
    }
    const Document doc = LoadYaml(text, "f.yaml");
    CHECK_FALSE(doc.ok);
    REQUIRE(doc.diagnostics.size() == 1);
    CHECK(doc.diagnostics[0].id == "yaml-too-deep");
    CHECK(At(doc.diagnostics[0].pos) == "65:12");
  }
}

TEST_CASE("yaml: binary garbage never crashes and always explains itself") {
  std::mt19937 random(20250101);
  for (int round = 0; round < 300; ++round) {
    std::string text(1 + random() % 300, '\0');
    for (char& c : text) c = static_cast<char>(random() % 256);
    if (round % 2 == 1) {  // printable noise reaches deeper into the parser
      for (char& c : text) c = "ab:-[]{},\"'#&*!|>?\t\n ~"[static_cast<uint8_t>(c) % 22];
    }
    const Document doc = LoadYaml(text, "f.yaml");
    CAPTURE(round);
    CHECK((doc.ok || !doc.diagnostics.empty()));
    for (const Diagnostic& d : doc.diagnostics) CHECK(d.file == "f.yaml");
  }
}

TEST_CASE("yaml: characters YAML forbids are read as U+FFFD, one each, columns unchanged") {
  // Control characters and DEL, inside and across the eight-byte runs the text
  // check takes at a time.
  const Document doc = LoadYaml(
      "title: \"abcdefgh\x1b[31mijklmnop\"\n"
      "del: x\x7fy\n"
      "c1: \xC2\x9B" "2J\n"
      "after: 1\n",
      "f.yaml");
  REQUIRE(doc.ok);
  CHECK(Get(doc.root, "title").text == "abcdefgh\xEF\xBF\xBD[31mijklmnop");
  CHECK(Get(doc.root, "del").text == "x\xEF\xBF\xBDy");
  CHECK(Get(doc.root, "c1").text == "\xEF\xBF\xBD" "2J");
  CHECK(At(Get(doc.root, "after").pos) == "4:8");
  const Document tail = LoadYaml("a: \"x\x01\"\nb: [1, \x02]\n", "f.yaml");
  REQUIRE(tail.ok);
  CHECK(At(Get(tail.root, "b").items[1].pos) == "2:8");
}

TEST_CASE("yaml: bytes that are not UTF-8 are refused at the first") {
  const std::pair<const char*, const char*> kCases[] = {
      {"latin1: H\xf6gan\xe4s\n", "1:10: error: invalid UTF-8 (byte 0xF6)"},
      {"a: 1\nb: \"abcdefgh\xC3(\"\n", "2:13: error: invalid UTF-8 (byte 0xC3)"},
      {"a: \xE0\x80\x80\n", "1:4: error: invalid UTF-8 (byte 0xE0)"},      // overlong
      {"a: \xED\xA0\x80\n", "1:4: error: invalid UTF-8 (byte 0xED)"},      // a surrogate
      {"a: \xF4\x90\x80\x80\n", "1:4: error: invalid UTF-8 (byte 0xF4)"},  // past U+10FFFF
      {"a: x\xE2\x82", "1:5: error: invalid UTF-8 (byte 0xE2)"},           // cut short
      {"a: \x80\n", "1:4: error: invalid UTF-8 (byte 0x80)"},
  };
  for (const auto& c : kCases) {
    const auto& text = c.first;  // not a structured binding: CAPTURE's lambda (clang 14)
    const auto& expected = c.second;
    const Document doc = LoadYaml(text, "f.yaml");
    CAPTURE(text);
    CHECK_FALSE(doc.ok);
    CHECK(OnlyDiagnostic(doc) ==
          std::string("f.yaml:") + expected + "; save the file as UTF-8 [yaml-syntax]");
  }
  CHECK(LoadYaml("a: H\xC3\xB6gan\xC3\xA4s \xF0\x9F\x98\x80\n", "f.yaml").ok);
}

TEST_CASE("yaml: NUL bytes and UTF-16 are refused") {
  const Document nul = LoadYaml(std::string("a: 1\nb: \0\n", 10), "f.yaml");
  CHECK_FALSE(nul.ok);
  CHECK(OnlyDiagnostic(nul) ==
        "f.yaml:2:4: error: the file contains a NUL byte; is it a binary file? [yaml-syntax]");
  const Document utf16 = LoadYaml(std::string("\xFF\xFE"
                                              "a\0:\0 \0"
                                              "1\0",
                                              10),
                                  "f.yaml");
  CHECK_FALSE(utf16.ok);
  CHECK(OnlyDiagnostic(utf16) ==
        "f.yaml:1:1: error: the file is UTF-16; save it as UTF-8 [yaml-syntax]");
}

TEST_CASE("yaml: diagnostics carry file, snippet and caret") {
  const Document doc = LoadYaml("title: x\nnäme: 1\nnäme: 2\n", "dir/app.yaml");
  REQUIRE(doc.diagnostics.size() == 1);
  const Diagnostic& d = doc.diagnostics[0];
  CHECK(d.file == "dir/app.yaml");
  CHECK(d.snippet == "näme: 2");
  CHECK(d.caret_col == 1);
  CHECK(FormatDiagnosticWithSnippet(d) ==
        "dir/app.yaml:3:1: error: duplicate key 'näme' (first given at line 2) "
        "[yaml-duplicate-key]\n    näme: 2\n    ^");
}

TEST_CASE("yaml: DocNode::Find") {
  const Document doc = LoadYaml("a: 1\nb: [x]\n", "f.yaml");
  REQUIRE(doc.ok);
  REQUIRE(doc.root.Find("a") != nullptr);
  CHECK(doc.root.Find("a")->text == "1");
  CHECK(doc.root.Find("c") == nullptr);
  CHECK(doc.root.Find("") == nullptr);
  CHECK(doc.root.Find("b")->Find("x") == nullptr);  // a list has no keys
  CHECK(doc.root.Find("a")->Find("a") == nullptr);  // nor has a scalar
}

}  // namespace
}  // namespace grantcheck
