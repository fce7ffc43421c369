#include "engine/rule_tests.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <set>
#include <utility>

#include "base/file_io.h"
#include "base/text.h"

namespace grantcheck {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kTestsSuffix = ".tests.yaml";
constexpr std::string_view kRulesSuffix = ".toml";

constexpr std::array kStatuses = {Status::kPass,  Status::kFail,   Status::kUnknown,
                                  Status::kTodo,  Status::kError,  Status::kReview,
                                  Status::kNotApplicable};

const std::vector<std::string_view> kFileKeys = {"rules", "base",  "base_inline", "today",
                                                 "lang",  "draft", "cases"};
const std::vector<std::string_view> kCaseKeys = {"name",  "base",  "base_inline", "today",
                                                 "lang",  "draft", "set",         "unset",
                                                 "batch", "expect", "expect_deadlines"};
const std::vector<std::string_view> kPeerKeys = {"base", "base_inline", "set", "unset"};
const std::vector<std::string_view> kExpectKeys = {"status", "line", "col", "missing", "message"};
const std::vector<std::string_view> kLanguages = {"sv", "da", "nb", "en"};

// Reads one parsed test file, collecting every problem as a diagnostic.
class Reader {
 public:
  explicit Reader(std::string file) : file_(std::move(file)) {}

  std::vector<Diagnostic> Take() { return std::move(diagnostics_); }
  bool ok() const { return diagnostics_.empty(); }

  void Error(Pos pos, std::string id, std::string message) {
    diagnostics_.push_back(Diagnostic{Level::kError, std::move(id), file_, pos, std::move(message)});
  }

  // The entries of a mapping, unknown keys reported with a suggestion.
  const std::vector<DocEntry>* Map(const DocNode& node, std::string_view what,
                                   const std::vector<std::string_view>* keys) {
    if (node.kind != DocKind::kMapping) {
      Error(node.pos, "test-type", fmt::format("{} must be a mapping of keys", what));
      return nullptr;
    }
    if (keys == nullptr) return &node.entries;
    for (const DocEntry& e : node.entries) {
      if (std::find(keys->begin(), keys->end(), e.key) != keys->end()) continue;
      std::optional<std::string> near = DidYouMean(e.key, *keys);
      Error(e.key_pos, "test-unknown-key",
            fmt::format("unknown key '{}' in {}{}", e.key, what,
                        near ? fmt::format("; did you mean '{}'?", *near) : ""));
    }
    return &node.entries;
  }

  std::optional<std::string> Scalar(const DocNode& node, std::string_view what) {
    if (node.kind == DocKind::kScalar && !node.null) return node.text;
    Error(node.pos, "test-type", fmt::format("'{}' must be a single value", what));
    return std::nullopt;
  }

  std::optional<Date> DateOf(const DocNode& node, std::string_view what) {
    std::optional<std::string> text = Scalar(node, what);
    if (!text) return std::nullopt;
    if (std::optional<Date> d = ParseDate(*text)) return d;
    Error(node.pos, "test-type", fmt::format("'{}' must be a date as YYYY-MM-DD, got '{}'", what,
                                             *text));
    return std::nullopt;
  }

  std::optional<bool> BoolOf(const DocNode& node, std::string_view what) {
    std::optional<std::string> text = Scalar(node, what);
    if (text == "true" || text == "false") return *text == "true";
    if (text) Error(node.pos, "test-type", fmt::format("'{}' must be true or false", what));
    return std::nullopt;
  }

  std::optional<int> IntOf(const DocNode& node, std::string_view what) {
    std::optional<std::string> text = Scalar(node, what);
    if (!text) return std::nullopt;
    int n = 0;
    for (char c : *text) {
      if (c < '0' || c > '9' || n > 100'000'000) {
        Error(node.pos, "test-type", fmt::format("'{}' must be a line or column number", what));
        return std::nullopt;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  std::optional<std::string> LangOf(const DocNode& node) {
    std::optional<std::string> text = Scalar(node, "lang");
    if (!text || std::find(kLanguages.begin(), kLanguages.end(), *text) != kLanguages.end()) {
      return text;
    }
    Error(node.pos, "test-type", fmt::format("unknown language '{}'; expected sv, da, nb or en",
                                             *text));
    return std::nullopt;
  }

  std::optional<Status> StatusOf(const DocNode& node) {
    std::optional<std::string> text = Scalar(node, "status");
    if (!text) return std::nullopt;
    if (std::optional<Status> s = ParseStatus(*text)) return s;
    std::vector<std::string_view> names;
    for (Status s : kStatuses) names.push_back(StatusName(s));
    std::optional<std::string> near = DidYouMean(*text, names);
    Error(node.pos, "test-status",
          fmt::format("unknown status '{}'; expected pass, fail, unknown, todo, error, review or "
                      "not_applicable{}",
                      *text, near ? fmt::format(" (did you mean '{}'?)", *near) : ""));
    return std::nullopt;
  }

  const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::vector<Diagnostic> diagnostics_;
};

std::string Resolve(const std::string& test_file, const std::string& relative) {
  fs::path p(relative);
  if (p.is_absolute()) return relative;
  return (fs::path(test_file).parent_path() / p).lexically_normal().string();
}

// `base` or `base_inline` of a mapping, when either is there.
std::optional<BaseApplication> ReadBase(Reader& r, const DocNode& map) {
  const DocNode* file = map.Find("base");
  const DocNode* inline_root = map.Find("base_inline");
  if (file != nullptr && inline_root != nullptr) {
    r.Error(inline_root->pos, "test-type", "give either 'base' or 'base_inline', not both");
  }
  if (inline_root != nullptr) {
    if (inline_root->kind != DocKind::kMapping) {
      r.Error(inline_root->pos, "test-type", "'base_inline' must be a mapping: the application");
      return std::nullopt;
    }
    return BaseApplication{.inline_root = *inline_root, .pos = inline_root->pos};
  }
  if (file == nullptr) return std::nullopt;
  std::optional<std::string> name = r.Scalar(*file, "base");
  if (!name) return std::nullopt;
  return BaseApplication{.file = Resolve(r.file(), *name), .pos = file->pos};
}

// unset: [path, ...], then set: { path: value, ... }.
std::vector<FieldEdit> ReadEdits(Reader& r, const DocNode& c) {
  std::vector<FieldEdit> edits;
  if (const DocNode* unset = c.Find("unset")) {
    if (unset->kind != DocKind::kSequence) {
      r.Error(unset->pos, "test-type", "'unset' must be a list of field paths");
    } else {
      for (const DocNode& item : unset->items) {
        if (std::optional<std::string> path = r.Scalar(item, "unset")) {
          edits.push_back(FieldEdit{*path, item.pos, std::nullopt});
        }
      }
    }
  }
  if (const DocNode* set = c.Find("set")) {
    if (const std::vector<DocEntry>* entries = r.Map(*set, "'set'", nullptr)) {
      for (const DocEntry& e : *entries) edits.push_back(FieldEdit{e.key, e.key_pos, e.value});
    }
  }
  return edits;
}

// batch: [file | { base: / base_inline:, unset:, set: }, ...].
std::vector<BatchPeer> ReadBatch(Reader& r, const DocNode& node) {
  std::vector<BatchPeer> peers;
  if (node.kind != DocKind::kSequence) {
    r.Error(node.pos, "test-type", "'batch' must be a list of applications");
    return peers;
  }
  for (const DocNode& item : node.items) {
    if (item.kind == DocKind::kScalar) {
      if (std::optional<std::string> name = r.Scalar(item, "batch")) {
        peers.push_back(BatchPeer{.base = {.file = Resolve(r.file(), *name), .pos = item.pos}});
      }
      continue;
    }
    if (r.Map(item, "a 'batch' application", &kPeerKeys) == nullptr) continue;
    std::optional<BaseApplication> base = ReadBase(r, item);
    if (!base) {
      r.Error(item.pos, "test-missing-key", "a 'batch' application needs 'base' or 'base_inline'");
      continue;
    }
    peers.push_back(BatchPeer{.base = *base, .edits = ReadEdits(r, item)});
  }
  return peers;
}

std::optional<RuleExpectation> ReadExpectation(Reader& r, const DocEntry& e) {
  RuleExpectation x{.rule = e.key, .pos = e.key_pos};
  if (e.value.kind != DocKind::kMapping) {
    std::optional<Status> s = r.StatusOf(e.value);
    if (!s) return std::nullopt;
    x.status = *s;
    return x;
  }
  r.Map(e.value, "an expectation", &kExpectKeys);
  const DocNode* status = e.value.Find("status");
  if (status == nullptr) {
    r.Error(e.value.pos, "test-missing-key", fmt::format("the expectation of {} has no 'status'",
                                                         e.key));
    return std::nullopt;
  }
  std::optional<Status> s = r.StatusOf(*status);
  if (!s) return std::nullopt;
  x.status = *s;
  if (const DocNode* n = e.value.Find("line")) x.line = r.IntOf(*n, "line");
  if (const DocNode* n = e.value.Find("col")) x.col = r.IntOf(*n, "col");
  if (const DocNode* n = e.value.Find("missing")) x.missing = r.Scalar(*n, "missing");
  if (const DocNode* n = e.value.Find("message")) x.message = r.Scalar(*n, "message");
  return x;
}

// expect_deadlines: { id: YYYY-MM-DD | undated | none }.
std::vector<DeadlineExpectation> ReadDeadlines(Reader& r, const DocNode& node) {
  std::vector<DeadlineExpectation> out;
  const std::vector<DocEntry>* entries = r.Map(node, "'expect_deadlines'", nullptr);
  if (entries == nullptr) return out;
  for (const DocEntry& e : *entries) {
    std::optional<std::string> text = r.Scalar(e.value, e.key);
    if (!text) continue;
    if (*text != "undated" && *text != "none" && !ParseDate(*text)) {
      r.Error(e.value.pos, "test-type",
              fmt::format("expected a date as YYYY-MM-DD, 'undated' or 'none' for deadline {}, got "
                          "'{}'",
                          e.key, *text));
      continue;
    }
    out.push_back(DeadlineExpectation{e.key, e.key_pos, *text});
  }
  return out;
}

void ReadSettings(Reader& r, const DocNode& map, std::optional<Date>& today,
                  std::optional<std::string>& lang, std::optional<bool>& draft) {
  if (const DocNode* n = map.Find("today")) today = r.DateOf(*n, "today");
  if (const DocNode* n = map.Find("lang")) lang = r.LangOf(*n);
  if (const DocNode* n = map.Find("draft")) draft = r.BoolOf(*n, "draft");
}

std::optional<RuleTestCase> ReadCase(Reader& r, const DocNode& c, size_t index,
                                     std::set<std::string>& names) {
  std::string what = fmt::format("case {}", index);
  if (r.Map(c, what, &kCaseKeys) == nullptr) return std::nullopt;
  RuleTestCase out{.pos = c.pos};
  const DocNode* name = c.Find("name");
  if (name == nullptr) {
    r.Error(c.pos, "test-missing-key", what + " has no 'name'");
  } else if (std::optional<std::string> text = r.Scalar(*name, "name")) {
    out.name = *text;
    out.pos = name->pos;
    if (!names.insert(*text).second) {
      r.Error(name->pos, "test-duplicate-case", fmt::format("a second case named '{}'", *text));
    }
  }
  out.base = ReadBase(r, c);
  ReadSettings(r, c, out.today, out.lang, out.draft);
  out.edits = ReadEdits(r, c);
  if (const DocNode* batch = c.Find("batch")) out.batch = ReadBatch(r, *batch);
  const DocNode* expect = c.Find("expect");
  const DocNode* deadlines = c.Find("expect_deadlines");
  if (expect == nullptr && deadlines == nullptr) {
    r.Error(out.pos, "test-missing-key", fmt::format("case '{}' has no 'expect'", out.name));
  }
  if (const std::vector<DocEntry>* entries = expect ? r.Map(*expect, "'expect'", nullptr) : nullptr) {
    for (const DocEntry& e : *entries) {
      if (std::optional<RuleExpectation> x = ReadExpectation(r, e)) out.expect.push_back(*x);
    }
  }
  if (deadlines != nullptr) out.expect_deadlines = ReadDeadlines(r, *deadlines);
  return out;
}

void ReadFile(Reader& r, const DocNode& root, RuleTestFile& tests) {
  if (r.Map(root, "the test file", &kFileKeys) == nullptr) return;
  if (const DocNode* rules = root.Find("rules")) {
    if (std::optional<std::string> name = r.Scalar(*rules, "rules")) {
      tests.rules_file = Resolve(tests.file, *name);
      tests.rules_pos = rules->pos;
    }
  }
  tests.base = ReadBase(r, root);
  std::optional<bool> draft;
  ReadSettings(r, root, tests.today, tests.lang, draft);
  tests.draft = draft.value_or(false);
  const DocNode* cases = root.Find("cases");
  if (cases == nullptr || cases->kind != DocKind::kSequence) {
    r.Error(cases ? cases->pos : root.pos, "test-missing-key",
            "the test file needs 'cases:', a list of cases");
    return;
  }
  std::set<std::string> names;
  for (size_t i = 0; i < cases->items.size(); ++i) {
    std::optional<RuleTestCase> c = ReadCase(r, cases->items[i], i + 1, names);
    if (!c) continue;
    if (!c->base && !tests.base) {
      r.Error(c->pos, "test-missing-key",
              fmt::format("case '{}' has no application: give 'base' or 'base_inline' in the case "
                          "or at the top of the file",
                          c->name));
    }
    tests.cases.push_back(std::move(*c));
  }
}

// In file order, each with its line and a caret, as a compiler shows them.
void Place(std::string_view text, std::vector<Diagnostic>& ds) {
  std::stable_sort(ds.begin(), ds.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return a.pos.line != b.pos.line ? a.pos.line < b.pos.line : a.pos.col < b.pos.col;
  });
  for (Diagnostic& d : ds) {
    if (!d.pos.known() || !d.snippet.empty()) continue;
    size_t begin = 0;
    for (int line = 1; line < d.pos.line && begin != std::string_view::npos; ++line) {
      begin = text.find('\n', begin);
      if (begin != std::string_view::npos) ++begin;
    }
    if (begin == std::string_view::npos) continue;
    std::string_view line = text.substr(begin, text.find('\n', begin) - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    d.snippet = std::string(line);
    d.caret_col = d.pos.col;
  }
}

}  // namespace

std::optional<Status> ParseStatus(std::string_view name) {
  for (Status s : kStatuses) {
    if (StatusName(s) == name) return s;
  }
  return std::nullopt;
}

std::string RuleFileBeside(const std::string& tests_path) {
  if (!tests_path.ends_with(kTestsSuffix)) return "";
  return tests_path.substr(0, tests_path.size() - kTestsSuffix.size()) + std::string(kRulesSuffix);
}

std::string TestFileBeside(const std::string& rule_path) {
  if (!rule_path.ends_with(kRulesSuffix)) return "";
  return rule_path.substr(0, rule_path.size() - kRulesSuffix.size()) + std::string(kTestsSuffix);
}

LoadedRuleTests ParseRuleTests(std::string_view text, const std::string& file) {
  LoadedRuleTests out;
  Document doc = LoadYaml(text, file);
  for (Diagnostic& d : doc.diagnostics) {
    d.level = Level::kError;  // a duplicate key in a test file hides a case's intent
    out.diagnostics.push_back(std::move(d));
  }
  if (!doc.ok || !out.diagnostics.empty()) {
    Place(text, out.diagnostics);
    return out;
  }
  Reader reader(file);
  RuleTestFile tests{.file = file, .rules_file = RuleFileBeside(file), .rules_pos = Pos{1, 1}};
  ReadFile(reader, doc.root, tests);
  if (tests.rules_file.empty()) {
    reader.Error(Pos{1, 1}, "test-missing-key",
                 "name the rule file with 'rules:', or call this file <program>.tests.yaml beside "
                 "<program>.toml");
  }
  out.diagnostics = reader.Take();
  Place(text, out.diagnostics);
  if (out.diagnostics.empty()) out.tests = std::move(tests);
  return out;
}

LoadedRuleTests LoadRuleTests(const std::string& path) {
  FileText text = ReadInput(path);
  if (!text.text) {
    LoadedRuleTests out;
    out.diagnostics.push_back(Diagnostic{Level::kError, "test-read", path, Pos{},
                                         "cannot read the test file: " + text.error});
    return out;
  }
  return ParseRuleTests(*text.text, path);
}

}  // namespace grantcheck
