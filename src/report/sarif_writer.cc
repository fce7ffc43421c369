// `check --format sarif`: SARIF 2.1.0 for code scanning (GitHub, GitLab, IDE
// viewers): every rule with its title, the funder's sentence and severity; results on lines.
#include <nlohmann/json.hpp>

#include <cctype>
#include <map>
#include <ostream>
#include <string>
#include <utility>

#include "base/escape.h"
#include "report/markdown_text.h"
#include "report/report_texts.h"
#include "report/writer.h"

namespace grantcheck {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kSarifSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

Json Text(std::string_view s) { return StripControl(s); }

// SARIF levels by grantcheck severity; review rules are notes.
std::string_view LevelOf(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kReview: return "note";
  }
  return "note";
}

// A result's kind: failures are "fail"; a review item is "review" and a to-do
// "open" (still to be decided). SARIF wants level "none" for every kind but fail.
std::string_view KindOf(Status s) {
  if (s == Status::kReview) return "review";
  if (s == Status::kTodo) return "open";
  return "fail";
}

// A path as a URI reference: unreserved bytes and '/' kept, the rest
// percent-encoded (so "<stdin>", spaces and "Höganäs" stay valid); an
// absolute path becomes a file: URI.
std::string UriOf(std::string_view path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string uri = path.starts_with('/') ? "file://" : "";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      uri += static_cast<char>(c);
    } else {
      uri += '%';
      uri += kHex[c >> 4];
      uri += kHex[c & 0xf];
    }
  }
  return uri;
}

// "FH-DURATION" -> "FhDuration", "yaml-syntax" -> "YamlSyntax": the readable
// PascalCase `name` SARIF's rule sets ask for, distinct from the id.
std::string PascalName(std::string_view id) {
  std::string name;
  bool word_start = true;
  for (unsigned char c : id) {
    if (!std::isalnum(c)) {
      word_start = true;
      continue;
    }
    name += static_cast<char>(word_start ? std::toupper(c) : std::tolower(c));
    word_start = false;
  }
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0]))) name = "Rule" + name;
  return name;
}

// `help` in text and Markdown: the title, the funder's sentence quoted, and
// where the rule is written; every part is text from a file, made inert.
Json Help(std::string_view title, std::string_view source, std::string_view where) {
  std::string text = StripControl(title);
  std::string markdown = "**" + MarkdownInert(title) + "**";
  if (!source.empty()) {
    text += "\n\n\"" + StripControl(source) + "\"";
    markdown += "\n\n> " + MarkdownInert(source);
  }
  text += "\n\n" + StripControl(where);
  markdown += "\n\n" + MarkdownInert(where);
  return Json{{"text", text}, {"markdown", markdown}};
}

// The run's rule descriptors and, for each (program, rule id), its index.
class RuleTable {
 public:
  RuleTable(std::span<const AppReport> reports, const WriteOptions& options) {
    if (options.run != nullptr) {
      for (const RuleFile* f : options.run->Used(reports)) AddProgram(*f, options.lang);
    }
    for (const AppReport& r : reports) {
      for (const Finding& f : r.findings) {
        if (FindingLabel(f) && Index(r, f) < 0) AddInputRule(f);
      }
    }
  }

  // A rule of the application's program, else one of the tool's input rules
  // (which also holds findings of a program the run info does not know).
  int Index(const AppReport& report, const Finding& f) const {
    auto it = f.from_input ? index_.end() : index_.find({report.program_id, f.rule_id});
    if (it == index_.end()) it = index_.find({"", f.rule_id});
    return it == index_.end() ? -1 : it->second;
  }

  std::string Id(int index) const {
    return rules_.at(static_cast<size_t>(index)).at("id").get<std::string>();
  }
  Json& rules() { return rules_; }

 private:
  void AddProgram(const RuleFile& file, const std::string& lang) {
    const Program& p = *file.program;
    std::string language = lang.empty() ? p.language : lang;
    for (const std::vector<Rule>* rules : {&p.rules, &p.batch_rules}) {
      for (const Rule& rule : *rules) AddRule(file, rule, language, rules == &p.batch_rules);
    }
  }

  void AddRule(const RuleFile& file, const Rule& rule, const std::string& language, bool batch) {
    const Program& p = *file.program;
    index_[{p.id, rule.id}] = static_cast<int>(rules_.size());
    Json properties{{"program", Text(p.id)}, {"rule", Text(rule.id)},
                    {"severity", SeverityName(rule.severity)}, {"ruleFile", Text(file.path)}};
    if (batch) properties["batch"] = true;  // checked across the applications of a run
    std::string title = Localize(rule.title, language, "en");
    std::string source = rule.source.empty() ? title : rule.source;
    std::string where = rule.file.empty() ? file.path : rule.file;
    if (rule.pos.known()) where += ":" + std::to_string(rule.pos.line);
    rules_.push_back(Json{
        {"id", QualifiedRuleId(p.id, rule.id)},
        {"name", PascalName(rule.id)},
        {"shortDescription", {{"text", Text(title)}}},
        {"fullDescription", {{"text", Text(source)}}},
        {"help", Help(title, source, where + " (" + rule.id + ", " + p.id + ")")},
        {"defaultConfiguration", {{"level", LevelOf(rule.severity)}}},
        {"properties", std::move(properties)},
    });
  }

  // A problem in the file itself (yaml-syntax, app-type, ...) is a rule of the tool.
  void AddInputRule(const Finding& f) {
    index_[{"", f.rule_id}] = static_cast<int>(rules_.size());
    std::string text = "A problem in the application file: " + f.rule_id;
    rules_.push_back(Json{
        {"id", Text(f.rule_id)},
        {"name", PascalName(f.rule_id)},
        {"shortDescription", {{"text", Text(text)}}},
        {"fullDescription", {{"text", Text(text)}}},
        {"help", Help(text, "", "docs/diagnostics.md")},
        {"defaultConfiguration", {{"level", LevelOf(f.severity)}}},
        {"properties", {{"input", true}}},
    });
  }

  std::map<std::pair<std::string, std::string>, int> index_;
  Json rules_ = Json::array();
};

// Application files, then the rule files used, each once; indexed by URI.
class Artifacts {
 public:
  Artifacts(std::span<const AppReport> reports, const WriteOptions& options) {
    for (const AppReport& r : reports) Add(r.file, r.sha256, {{"roles", {"analysisTarget"}}});
    if (options.run == nullptr) return;
    for (const RuleFile* f : options.run->Used(reports)) {
      Add(f->path, f->sha256,
          {{"description", {{"text", "grantcheck rule file of program " + f->program->id}}}});
    }
  }

  int Index(const std::string& file) const { return index_.at(UriOf(file)); }
  Json& list() { return list_; }

 private:
  void Add(const std::string& path, const std::string& sha256, Json extra) {
    std::string uri = UriOf(path);
    if (index_.contains(uri)) return;
    index_[uri] = static_cast<int>(list_.size());
    Json a{{"location", {{"uri", uri}}}};
    for (auto& [key, value] : extra.items()) a[key] = value;
    if (!sha256.empty()) a["hashes"] = {{"sha-256", sha256}};
    list_.push_back(std::move(a));
  }

  std::map<std::string, int> index_;
  Json list_ = Json::array();
};

Json LocationJson(const AppReport& r, const Finding& f, const Artifacts& artifacts) {
  Json physical{{"artifactLocation", {{"uri", UriOf(r.file)}, {"index", artifacts.Index(r.file)}}}};
  if (f.pos.known()) {
    physical["region"] = {{"startLine", f.pos.line}};
    if (f.pos.col > 0) physical["region"]["startColumn"] = f.pos.col;
  }
  return Json::array({{{"physicalLocation", std::move(physical)}}});
}

Json ResultJson(const AppReport& r, const Finding& f, int rule_index, std::string rule_id,
                const Artifacts& artifacts) {
  std::string_view kind = KindOf(f.status);
  std::string text = StripControl(f.message.empty() ? (f.title.empty() ? f.rule_id : f.title)
                                                    : f.message);
  Json properties{{"status", StatusName(f.status)}, {"severity", SeverityName(f.severity)}};
  if (!f.path.empty()) properties["path"] = Text(f.path);
  if (!f.missing.empty()) properties["missing"] = Text(f.missing);
  Json result{
      {"ruleId", rule_id},
      {"ruleIndex", rule_index},
      {"kind", kind},
      {"level", kind == "fail" ? LevelOf(f.severity) : "none"},
      {"message", {{"text", text}}},
      {"locations", LocationJson(r, f, artifacts)},
      {"properties", std::move(properties)},
  };
  // SARIF's own way: a suppression in the source (the application file), with
  // its justification; code scanning shows such a result as dismissed.
  if (f.acknowledged) {
    result["suppressions"] =
        Json::array({{{"kind", "inSource"}, {"justification", StripControl(*f.acknowledged)}}});
  }
  return result;
}

}  // namespace

// Declared in writer.cc, the format table. Nothing in it depends on the clock
// or the machine beyond the paths given, so two runs give identical bytes.
void WriteSarif(std::span<const AppReport> reports, const WriteOptions& options,
                std::ostream& out) {
  RuleTable rules(reports, options);
  Artifacts artifacts(reports, options);
  Json results = Json::array();
  for (const AppReport& r : reports) {
    for (const Finding& f : r.findings) {
      if (!FindingLabel(f)) continue;
      int index = rules.Index(r, f);
      results.push_back(ResultJson(r, f, index, rules.Id(index), artifacts));
    }
  }
  Json driver{{"name", "grantcheck"},
              {"version", GRANTCHECK_VERSION},
              {"semanticVersion", GRANTCHECK_VERSION},
              {"rules", std::move(rules.rules())}};
  Json run{{"tool", {{"driver", std::move(driver)}}},
           {"artifacts", std::move(artifacts.list())},
           {"results", std::move(results)},
           {"columnKind", "unicodeCodePoints"}};
  Json log{{"$schema", kSarifSchema}, {"version", "2.1.0"}, {"runs", Json::array({std::move(run)})}};
  out << log.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
}

}  // namespace grantcheck
