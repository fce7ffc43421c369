// The rule loader's front door: the file, the TOML parse, [program] and [params].
// toml++ is included here and in the other rule_loader*.cc only; its exceptions stop here.
#include "rules/rule_loader.h"

#include <algorithm>
#include <exception>
#include <filesystem>
#include <utility>

#include "base/file_io.h"
#include "base/sha256.h"
#include "base/text.h"
#include "rules/rule_cache.h"
#include "rules/rule_loader_internal.h"

namespace grantcheck {
namespace rule_loader {
namespace {

const KeySet kTopKeys = {"program",   "params",    "let",        "fields", "rules",
                         "batch_rules", "deadlines", "not_checked"};
const KeySet kProgramKeys = {"id",      "name",         "language",        "currency",
                             "members", "extends",      "remove_rules",    "remove_deadlines"};
const KeySet kParamKeys = {"value", "assumption", "note", "funder_setting"};

// The [program] keys that are plain required strings.
struct ProgramString {
  std::string_view key;
  std::string Program::*member;
};
constexpr ProgramString kProgramStrings[] = {
    {"id", &Program::id}, {"name", &Program::name}, {"currency", &Program::currency}};

void ReadLanguage(Reader& r, const toml::table& table, Program& program) {
  std::optional<std::string> lang = r.String(table, "language");
  if (!lang) return;
  KeySet languages(std::begin(kLanguages), std::end(kLanguages));
  if (std::find(languages.begin(), languages.end(), *lang) != languages.end()) {
    program.language = *lang;
    return;
  }
  std::string message = "unknown language '" + *lang + "'; expected sv, da, nb or en";
  if (auto guess = DidYouMean(*lang, languages)) message += "; did you mean '" + *guess + "'?";
  r.Error("rules-language", Reader::PosOf(*table.get("language")), std::move(message));
}

// [program.members]: canonical name = [aliases], kept as written.
void ReadMembers(Reader& r, const toml::table& table, Program& program) {
  const toml::table* members = r.Table(table, "members");
  if (members == nullptr) return;
  for (const Entry& e : r.Entries(*members, "[program.members]")) {
    std::optional<std::vector<std::string>> aliases = r.Strings(*e.node, e.key);
    program.members.push_back(
        Member{std::string(e.key), aliases.value_or(std::vector<std::string>{})});
  }
}

// An extending file inherits what it leaves out, except its id and name.
void ReadProgramTable(Reader& r, const toml::table& root, Program& program, bool extending) {
  if (!root.contains("program")) {
    r.Error("rules-missing-key", Pos{1, 1}, "the rule file has no [program] table");
    return;
  }
  const toml::table* table = r.Table(root, "program");
  if (table == nullptr) return;
  r.Entries(*table, "[program]", &kProgramKeys);
  Pos pos = Reader::PosOf(*table);
  for (const ProgramString& s : kProgramStrings) {
    bool inheritable = extending && s.key == "currency";
    bool present = inheritable ? table->contains(s.key) : r.Require(*table, s.key, "[program]", pos);
    if (present) {
      program.*s.member = r.String(*table, s.key).value_or("");
    }
  }
  bool has_language = extending ? table->contains("language")
                                : r.Require(*table, "language", "[program]", pos);
  if (has_language) ReadLanguage(r, *table, program);
  ReadMembers(r, *table, program);
}

// `assumption` as the param table says it. Its old name, `funder_setting`,
// claimed the funder chose the figure; it still loads, with a warning.
bool ReadAssumption(Reader& r, const toml::table& table, const std::string& owner) {
  if (const toml::node* old = table.get("funder_setting")) {
    r.Report(Level::kWarning, "rules-renamed-key", Reader::PosOf(*old),
             owner + ": 'funder_setting' is now 'assumption' (the figure is the rule file "
                     "authors' assumption, to be confirmed by the secretariat, not the "
                     "funder's); rename the key");
    if (!table.contains("assumption")) return r.Bool(table, "funder_setting").value_or(false);
  }
  return r.Bool(table, "assumption").value_or(false);
}

// One [params] entry: a bare value, or { value, assumption, note }.
std::optional<Param> ReadParam(Reader& r, const Entry& e) {
  Param param{.name = std::string(e.key), .pos = e.key_pos};
  const toml::node* value = e.node;
  if (const toml::table* table = e.node->as_table()) {
    std::string owner = "param '" + param.name + "'";
    r.Entries(*table, owner, &kParamKeys);
    if (!r.Require(*table, "value", owner, Reader::PosOf(*table))) return std::nullopt;
    value = table->get("value");
    param.assumption = ReadAssumption(r, *table, owner);
    param.note = r.String(*table, "note").value_or("");
  }
  std::optional<Value> v = r.ParamValue(*value, "params." + param.name);
  if (!v) return std::nullopt;
  param.value = std::move(*v);
  return param;
}

void ReadParams(Reader& r, const toml::table& root, Program& program) {
  const toml::table* params = r.Table(root, "params");
  std::vector<std::pair<std::string, Value>> entries;
  if (params != nullptr) {
    for (const Entry& e : r.Entries(*params, "[params]")) {
      std::optional<Param> param = ReadParam(r, e);
      if (!param) continue;
      entries.emplace_back(param->name, param->value);
      program.params.push_back(std::move(*param));
    }
  }
  program.params_value =
      Value::Map(std::move(entries), "params", params ? Reader::PosOf(*params) : Pos{});
}

void ReadProgram(Reader& r, const toml::table& root, Program& program, bool extending) {
  r.Entries(root, "the rule file", &kTopKeys);
  ReadProgramTable(r, root, program, extending);
  ReadParams(r, root, program);
  ReadFields(r, root, program);
  // Named values must not hide the application's fields, so the schema is known first.
  program.schema = ExtendSchema(CommonSchema(), program.fields);
  ReadProgramLets(r, root, program);
  ReadRules(r, root, program);
  ReadBatchRules(r, root, program);
  ReadDeadlines(r, root, program);
  ReadNotChecked(r, root, program);
  program.schema = ExtendSchema(CommonSchema(), program.fields);
}

// The whole file at `path` into `out`; the reason when it cannot be read. A
// file whose name (or, for a link, its target's name) does not end in .toml
// is not opened: only a rule file may have its lines quoted in a message, and
// `--rules ~/.env` must not print a secret. A FIFO or device is refused
// before it is read (file_io.h).
std::optional<std::string> ReadWholeFile(const std::string& path, std::string& out) {
  std::error_code ec;
  const std::filesystem::path real = std::filesystem::weakly_canonical(path, ec);
  if (!path.ends_with(".toml") || (!ec && !real.filename().string().ends_with(".toml"))) {
    return "a rule file's name ends in .toml, and no other file is read as one";
  }
  FileText file = ReadRegularFile(path, kMaxRuleFileBytes, "the limit for a rule file");
  if (!file.text) return file.error;
  out = std::move(*file.text);
  return std::nullopt;
}

}  // namespace
}  // namespace rule_loader

LoadedProgram ParseRuleFile(std::string_view text, const std::string& file) {
  rule_loader::Chain chain = rule_loader::StartChain(file, {});
  return rule_loader::ParseChained(text, file, chain);
}

namespace rule_loader {

LoadedProgram ParseChained(std::string_view text, const std::string& file, Chain& chain) {
  Reader reader(text, file);
  Program program;
  program.file = file;
  std::vector<Diagnostic> base_diagnostics;
  std::vector<RuleSource> base_sources;
  try {
    if (std::optional<Pos> deep = FindTooDeepToml(text)) {
      reader.Error("rules-too-deep", *deep,
                   "tables and keys are nested more than " + std::to_string(kMaxTomlDepth) +
                       " levels deep");
    } else if (std::optional<Pos> bare = FindBareNonAscii(text)) {
      reader.Error("rules-syntax", *bare,
                   "a letter outside ASCII outside quotes; TOML keys are written with "
                   "A-Z, a-z, 0-9, '-' and '_', or quoted (\"søkt\" = …)");
    } else {
      toml::table root = toml::parse(text, std::string_view(file));
      std::optional<Base> base = ReadBase(reader, root, chain);
      ReadProgram(reader, root, program, base.has_value());
      if (base && base->program) {
        program = Merge(std::move(*base->program), std::move(program), base->removals, reader);
      }
      if (base) {
        base_diagnostics = std::move(base->diagnostics);
        base_sources = std::move(base->sources);
      }
    }
  } catch (const toml::parse_error& e) {
    const toml::source_position& p = e.source().begin;
    if (std::optional<Pos> clash = FindQuoteClash(text, static_cast<int>(p.line))) {
      reader.Error("rules-quote-in-string", *clash,
                   "this '\"' ends the \"…\" string early; use single quotes inside "
                   "expressions (kind == 'business')");
    } else {
      reader.Error("rules-syntax", Pos{static_cast<int>(p.line), static_cast<int>(p.column)},
                   std::string(e.description()));
    }
  } catch (const std::exception& e) {
    // Only resource exhaustion gets here; it still must not escape to the caller.
    reader.Error("rules-internal", Pos{}, std::string("cannot load the rule file: ") + e.what());
  }
  LoadedProgram out;
  out.diagnostics = std::move(base_diagnostics);
  std::vector<Diagnostic> own = reader.TakeDiagnostics();
  out.diagnostics.insert(out.diagnostics.end(), own.begin(), own.end());
  if (!HasErrors(out.diagnostics)) out.program = std::move(program);
  out.sources = std::move(base_sources);
  return out;
}

namespace {

LoadedProgram ReadError(const std::string& path, const std::string& error) {
  LoadedProgram out;
  out.diagnostics.push_back(Diagnostic{.level = Level::kError,
                                       .id = "rules-read",
                                       .file = path,
                                       .message = "cannot read the rule file: " + error});
  return out;
}

// `text`, read from `path`, whose SHA-256 is `sha256`, parsed; the file is the
// first of its sources.
LoadedProgram ParseRead(const std::string& path, std::string_view text, std::string sha256,
                        Chain& chain) {
  LoadedProgram out = ParseChained(text, path, chain);
  if (out.program) out.program->file_sha256 = sha256;
  out.sources.insert(out.sources.begin(), RuleSource{path, std::move(sha256)});
  return out;
}

}  // namespace

LoadedProgram LoadChained(const std::string& path, Chain& chain) {
  std::string text;
  if (std::optional<std::string> error = ReadWholeFile(path, text)) return ReadError(path, *error);
  return ParseRead(path, text, Sha256Hex(text), chain);
}

}  // namespace rule_loader

LoadedProgram LoadRuleFile(const std::string& path, const RuleCache* cache,
                           const std::vector<std::string>& roots) {
  rule_loader::Chain chain = rule_loader::StartChain(path, roots);
  if (cache == nullptr) return rule_loader::LoadChained(path, chain);
  std::string text;
  if (std::optional<std::string> error = rule_loader::ReadWholeFile(path, text)) {
    return rule_loader::ReadError(path, *error);
  }
  std::string sha256 = Sha256Hex(text);
  // An entry made where another rules path let `extends` reach further is
  // not taken: the confinement holds for what this run may read.
  std::optional<LoadedProgram> cached = FindCachedRules(*cache, path, sha256);
  if (cached && std::all_of(cached->sources.begin(), cached->sources.end(),
                            [&](const RuleSource& s) { return rule_loader::InsideRoots(s.path, chain); })) {
    return std::move(*cached);
  }
  LoadedProgram loaded = rule_loader::ParseRead(path, text, std::move(sha256), chain);
  StoreCachedRules(*cache, path, loaded);
  return loaded;
}

}  // namespace grantcheck
