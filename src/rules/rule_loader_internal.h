// Private to rule_loader*.cc, the only files that see toml++: typed access to a
// parsed rule file that turns every problem into a diagnostic at its line:col.
#pragma once

#include <toml++/toml.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "rules/program.h"
#include "rules/rule_loader.h"

namespace grantcheck::rule_loader {

// The keys allowed at one level of the file, for unknown-key warnings.
using KeySet = std::vector<std::string_view>;

inline constexpr std::string_view kLanguages[] = {"sv", "da", "nb", "en"};

// One key of a table, in file order.
struct Entry {
  std::string_view key;
  Pos key_pos;
  const toml::node* node;
};

// Reads values out of one parsed file and collects the diagnostics. Accessors
// return nullopt / nullptr both when a key is absent and when its value has the
// wrong type; only the latter is reported (absence is the caller's to judge).
class Reader {
 public:
  // `text` must outlive the Reader.
  Reader(std::string_view text, std::string file);

  const std::string& file() const { return file_; }
  std::vector<Diagnostic> TakeDiagnostics();

  // toml++ counts columns in code points, as Pos does, so no conversion is needed.
  static Pos PosOf(const toml::node& node);
  static Pos PosOf(const toml::key& key);

  void Report(Level level, std::string id, Pos pos, std::string message);
  void Error(std::string id, Pos pos, std::string message) {
    Report(Level::kError, std::move(id), pos, std::move(message));
  }
  // "OWNER has no 'KEY'" (rules-missing-key) at `pos`, unless `table` has `key`.
  bool Require(const toml::table& table, std::string_view key, const std::string& owner, Pos pos);
  // "'WHAT' must be EXPECTED, got a TYPE" (rules-type) at the node.
  void TypeError(const toml::node& node, std::string_view what, std::string_view expected);
  // Diagnostics from Compile / CompileTemplate, re-snippeted with the rule file's line.
  void AddPlaced(std::vector<Diagnostic> diagnostics);

  // `table`'s keys in file order (toml++ iterates them sorted). When `allowed`
  // is given, other keys are warned about as unknown in `where`.
  std::vector<Entry> Entries(const toml::table& table, std::string_view where,
                             const KeySet* allowed = nullptr);

  std::optional<std::string> String(const toml::table& table, std::string_view key);
  std::optional<bool> Bool(const toml::table& table, std::string_view key);
  const toml::table* Table(const toml::table& table, std::string_view key);
  // An array whose elements are all tables ([[rules]]); reports other elements.
  std::vector<const toml::table*> Tables(const toml::table& table, std::string_view key);
  std::optional<std::vector<std::string>> Strings(const toml::node& node, std::string_view what);

  // A text: a table of strings by language code, or one string stored under `lang`.
  std::optional<Localized> Texts(const toml::table& table, std::string_view key,
                                 const std::string& lang);
  // The string at `key` compiled as an expression, positioned in the file.
  std::optional<Expression> Expr(const toml::table& table, std::string_view key);
  // A message: templates by language, like Texts. A key equal to `skip` (a
  // message variant's `when`) is not a language.
  std::optional<std::map<std::string, MessageTemplate>> Templates(const toml::table& table,
                                                                  std::string_view key,
                                                                  const std::string& lang,
                                                                  std::string_view skip = {});
  // A param value as the rule language sees it; `what` names it in messages.
  std::optional<Value> ParamValue(const toml::node& node, const std::string& what);

 private:
  std::string_view Line(int line) const;
  // Where the text of the string literal at `node` begins in the file.
  Pos StringOrigin(const toml::node& node) const;
  // The raw source text of a one-line value (a float's digits, say).
  std::string_view RawText(const toml::node& node) const;
  size_t ByteOffset(Pos pos) const;
  // Every (lang, string node) of a text, the plain-string form under `lang`;
  // nullopt when absent or of the wrong type.
  std::optional<std::vector<std::pair<std::string, const toml::node*>>> TextNodes(
      const toml::table& table, std::string_view key, const std::string& lang,
      std::string_view skip = {});
  std::optional<Value> ExactFloat(const toml::node& node, const std::string& what);

  std::string_view text_;
  std::string file_;
  std::vector<size_t> line_starts_;  // byte offset of each line's first byte
  std::vector<Diagnostic> diagnostics_;
};

// `extends`: the base program an extending file starts from, and what it drops.
struct Removals {
  std::vector<std::string> rules;
  std::vector<std::string> deadlines;
  Pos rules_pos;
  Pos deadlines_pos;
};

struct Base {
  std::optional<Program> program;       // nullopt when the base failed to load
  Removals removals;
  std::vector<Diagnostic> diagnostics;  // the base file's own, positioned there
  std::vector<RuleSource> sources;      // the files the base was read from
};

// Deepest nesting of tables, keys and values a rule file may have; the
// shipped ones use three levels. toml++ limits nested arrays and inline tables
// (256) but not dotted keys, and its recursion over 100 000 of them overflows
// the stack, so the text is measured before toml++ parses it.
inline constexpr int kMaxTomlDepth = 64;

// Where `text` first nests deeper than kMaxTomlDepth (dotted keys, table
// headers, arrays and inline tables together), or nullopt.
std::optional<Pos> FindTooDeepToml(std::string_view text);

// Where `text` first has a byte outside ASCII that is not in a string or a
// comment, or nullopt. TOML allows none there (keys are A-Z a-z 0-9 - _), and
// toml++ 3.3's whitespace test after a bare key or value is undefined for many
// such code points (is_non_ascii_horizontal_whitespace reaches
// __builtin_unreachable for U+00F8 'ø', found by fuzz_rules), so they are
// refused before it parses.
std::optional<Pos> FindBareNonAscii(std::string_view text);

// Where, on `line` of `text` (where toml++ stopped), a '"' inside a "…"
// string ends it early: `check = "kind == "business""` gives the second '"'.
// nullopt when the line has no such string (rule_loader_quotes.cc).
std::optional<Pos> FindQuoteClash(std::string_view text, int line);

// Most files in one chain of `extends`; deeper is surely a mistake.
inline constexpr size_t kMaxExtendsDepth = 8;

// One chain of `extends` being loaded: its files (canonical), outermost
// first, and the directories (canonical) whose files it may extend.
struct Chain {
  std::vector<std::string> files;
  std::vector<std::filesystem::path> roots;
};

// The chain for loading `file`: none of its files yet, and as roots `file`'s
// own directory and each of `dirs`.
Chain StartChain(const std::string& file, const std::vector<std::string>& dirs);

// Whether `path`, links resolved, is in one of `chain`'s roots or below.
bool InsideRoots(const std::filesystem::path& path, const Chain& chain);

// The base named by [program].extends, loaded relative to this file, or
// nullopt when the file extends nothing. A cycle, a missing base, a chain
// deeper than kMaxExtendsDepth, a base whose name does not end in .toml, and
// a base that (symbolic links resolved) is outside every root of `chain` is a
// "rules-extends" error; a base refused so is never opened, so no message can
// show what it holds.
std::optional<Base> ReadBase(Reader& reader, const toml::table& root, Chain& chain);

// `child` (read with inheritance in mind) laid over `base`: params, fields,
// rules and deadlines with a child's id or name replace the base's in place,
// new ones are appended, removed ids are dropped (unknown ones reported).
Program Merge(Program base, Program child, const Removals& removals, Reader& reader);

// The loader's entry points with the chain of files being extended.
LoadedProgram ParseChained(std::string_view text, const std::string& file, Chain& chain);
LoadedProgram LoadChained(const std::string& path, Chain& chain);

// The sections after [program] and [params], each read into `program`.
void ReadFields(Reader& reader, const toml::table& root, Program& program);
void ReadRules(Reader& reader, const toml::table& root, Program& program);
void ReadBatchRules(Reader& reader, const toml::table& root, Program& program);
void ReadDeadlines(Reader& reader, const toml::table& root, Program& program);
void ReadNotChecked(Reader& reader, const toml::table& root, Program& program);

// Named values (rule_loader_lets.cc): [let] into program.let; a rule's `let`
// table, which may not reuse a name of [let]; and, once a rule is read, an
// error for each name its expressions read that is no field of the
// application but close to a named value (a misspelt one).
void ReadProgramLets(Reader& reader, const toml::table& root, Program& program);
std::vector<Let> ReadRuleLets(Reader& reader, const toml::table& rule, const Program& program);
void CheckLetNames(Reader& reader, const Rule& rule, const Program& program);

}  // namespace grantcheck::rule_loader
