// The rule loader's array sections: [[fields]], [[rules]] and [[deadlines]].
#include <algorithm>
#include <map>
#include <memory>
#include <utility>

#include "base/text.h"
#include "model/enum_values.h"
#include "model/schema_extend.h"
#include "rules/rule_loader_internal.h"

namespace grantcheck::rule_loader {
namespace {

const KeySet kFieldKeys = {"name", "type", "required", "values", "description"};
const KeySet kRuleKeys = {"id",   "severity", "title",   "source",      "at",
                          "when", "check",    "message", "eligibility", "let", "sentence"};
const KeySet kBatchRuleKeys = {"id",      "severity", "title",    "source", "at",
                               "when",    "check",    "message",  "group_by", "report",
                               "eligibility", "let", "sentence"};
const KeySet kDeadlineKeys = {"id", "title", "date", "when", "source", "note", "by"};
const KeySet kNotCheckedKeys = {"sentence", "reason"};

struct NamedSeverity {
  std::string_view name;
  Severity severity;
};
constexpr NamedSeverity kSeverities[] = {
    {"error", Severity::kError}, {"warning", Severity::kWarning}, {"review", Severity::kReview}};

// Suggestions for a mistyped field type; ParseFieldType is the authority.
const KeySet kFieldTypeNames = {
    "string",       "number",       "date",       "bool",       "map",       "any",      "list",
    "list<string>", "list<number>", "list<date>", "list<bool>", "list<map>", "list<any>"};

// The line where each id was first seen, for duplicate-id messages.
using SeenIds = std::map<std::string, int>;

// Plain-string texts are stored under the program's language; "en" when that
// is unknown (already an error, so the program will not be used).
std::string TextLanguage(const Program& program) {
  return program.language.empty() ? "en" : program.language;
}

// "rule 'FH-X'", or "rule #3" (1-based in its array) when it has no id.
std::string Owner(std::string_view kind, const std::optional<std::string>& id, size_t index) {
  if (id && !id->empty()) return std::string(kind) + " '" + *id + "'";
  return std::string(kind) + " #" + std::to_string(index);
}

// The id (or name) at `key`: required, non-empty, unique among `seen`.
std::optional<std::string> ReadId(Reader& r, const toml::table& t, std::string_view key,
                                  std::string_view kind, size_t index, SeenIds& seen) {
  Pos pos = Reader::PosOf(t);
  if (!r.Require(t, key, Owner(kind, std::nullopt, index), pos)) return std::nullopt;
  std::optional<std::string> id = r.String(t, key);
  if (!id) return std::nullopt;
  if (id->empty()) {
    r.Error("rules-missing-key", pos,
            Owner(kind, id, index) + " has an empty '" + std::string(key) + "'");
    return id;
  }
  Pos at = Reader::PosOf(*t.get(key));
  auto [first, inserted] = seen.emplace(*id, at.line);
  if (!inserted) {
    r.Error("rules-duplicate-id", at,
            "duplicate " + std::string(kind) + " " + std::string(key) + " '" + *id +
                "' (first at line " + std::to_string(first->second) + ")");
  }
  return id;
}

std::string RequiredString(Reader& r, const toml::table& t, std::string_view key,
                           const std::string& owner) {
  if (!r.Require(t, key, owner, Reader::PosOf(t))) return "";
  std::optional<std::string> s = r.String(t, key);
  if (s && s->empty()) {
    r.Error("rules-missing-key", Reader::PosOf(t),
            owner + " has an empty '" + std::string(key) + "'");
  }
  return s.value_or("");
}

// Every text a person reads must exist in the program's language and in
// English, since --lang may ask for either.
template <typename ByLanguage>
void CheckLanguages(Reader& r, const ByLanguage& texts, const toml::table& t, std::string_view key,
                    const std::string& owner, const Program& program) {
  if (program.language.empty()) return;
  std::vector<std::string> wanted = {program.language};
  if (program.language != "en") wanted.push_back("en");
  std::string both = program.language == "en" ? "en" : program.language + " and en";
  for (const std::string& lang : wanted) {
    if (texts.contains(lang)) continue;
    r.Report(Level::kWarning, "rules-missing-language", Reader::PosOf(*t.get(key)),
             owner + " has no '" + lang + "' text for '" + std::string(key) +
                 "'; every text must be given in " + both);
  }
}

Localized ReadText(Reader& r, const toml::table& t, std::string_view key, const std::string& owner,
                   const Program& program) {
  std::optional<Localized> texts = r.Texts(t, key, TextLanguage(program));
  if (!texts) return {};
  CheckLanguages(r, *texts, t, key, owner, program);
  return *texts;
}

std::map<std::string, MessageTemplate> ReadMessage(Reader& r, const toml::table& t,
                                                   const std::string& owner,
                                                   const Program& program) {
  auto templates = r.Templates(t, "message", TextLanguage(program));
  if (!templates) return {};
  CheckLanguages(r, *templates, t, "message", owner, program);
  return std::move(*templates);
}

// Whether the rule's message is written as named variants, a table of
// tables ([rules.message.over_max]), rather than texts by language.
const toml::table* Variants(const toml::table& t) {
  const toml::table* message = t.get_as<toml::table>("message");
  if (message == nullptr) return nullptr;
  bool any = std::any_of(message->begin(), message->end(),
                         [](const auto& entry) { return entry.second.is_table(); });
  return any ? message : nullptr;
}

// [rules.message.NAME] tables, tried in file order: each with a `when` but
// the last, which has none and is the rule's plain message.
void ReadVariants(Reader& r, const toml::table& variants, const std::string& owner,
                  const Program& program, Rule& rule) {
  std::vector<Entry> entries = r.Entries(variants, "message");
  for (size_t i = 0; i < entries.size(); ++i) {
    const Entry& e = entries[i];
    const toml::table* vt = e.node->as_table();
    std::string what = "message." + std::string(e.key);
    if (vt == nullptr) {
      r.TypeError(*e.node, what, "a table with 'when' and the texts by language");
      continue;
    }
    auto texts = r.Templates(variants, e.key, TextLanguage(program), "when");
    if (texts) CheckLanguages(r, *texts, variants, e.key, what + " of " + owner, program);
    std::optional<Expression> when = r.Expr(*vt, "when");
    bool last = i + 1 == entries.size();
    if (when && last) {
      r.Error("rules-message-variant", e.key_pos,
              "the last message variant '" + std::string(e.key) + "' of " + owner +
                  " has a 'when'; the last one is used when no other applies, so give it none");
    } else if (!when && !last && !vt->contains("when")) {
      r.Error("rules-message-variant", e.key_pos,
              "message variant '" + std::string(e.key) + "' of " + owner +
                  " has no 'when'; only the last variant may go without one");
    }
    if (!texts) continue;
    if (last && !when) {
      rule.message = std::move(*texts);
    } else if (when) {
      rule.variants.push_back(MessageVariant{std::string(e.key), std::move(*when),
                                             std::move(*texts), e.key_pos});
    }
  }
}

// [rules.sentence.NAME] tables: each a `when` and texts by language, read by
// a message as {NAME}.
void ReadSentences(Reader& r, const toml::table& t, const std::string& owner,
                   const Program& program, Rule& rule) {
  const toml::table* sentences = r.Table(t, "sentence");
  if (sentences == nullptr) return;
  for (const Entry& e : r.Entries(*sentences, "sentence")) {
    const toml::table* st = e.node->as_table();
    std::string what = "sentence." + std::string(e.key);
    if (st == nullptr) {
      r.TypeError(*e.node, what, "a table with 'when' and the texts by language");
      continue;
    }
    if (!r.Require(*st, "when", what + " of " + owner, e.key_pos)) continue;
    auto texts = r.Templates(*sentences, e.key, TextLanguage(program), "when");
    if (texts) CheckLanguages(r, *texts, *sentences, e.key, what + " of " + owner, program);
    std::optional<Expression> when = r.Expr(*st, "when");
    if (!texts || !when) continue;
    rule.sentences.push_back(
        MessageVariant{std::string(e.key), std::move(*when), std::move(*texts), e.key_pos});
  }
}

std::optional<Severity> ReadSeverity(Reader& r, const toml::table& t, const std::string& owner) {
  if (!r.Require(t, "severity", owner, Reader::PosOf(t))) return std::nullopt;
  std::optional<std::string> name = r.String(t, "severity");
  if (!name) return std::nullopt;
  KeySet names;
  for (const NamedSeverity& s : kSeverities) {
    if (s.name == *name) return s.severity;
    names.push_back(s.name);
  }
  std::string message = "unknown severity '" + *name + "'; expected error, warning or review";
  if (auto guess = DidYouMean(*name, names)) message += "; did you mean '" + *guess + "'?";
  r.Error("rules-severity", Reader::PosOf(*t.get("severity")), std::move(message));
  return std::nullopt;
}

// `batch` reads a [[batch_rules]] table into program.batch_rules.
void ReadRule(Reader& r, const toml::table& t, size_t index, SeenIds& seen, Program& program,
              bool batch = false) {
  r.Entries(t, batch ? "[[batch_rules]]" : "[[rules]]", batch ? &kBatchRuleKeys : &kRuleKeys);
  Rule rule;
  rule.pos = Reader::PosOf(t);
  rule.file = r.file();
  std::optional<std::string> id = ReadId(r, t, "id", "rule", index, seen);
  std::string owner = Owner("rule", id, index);
  rule.id = id.value_or("");
  std::optional<Severity> severity = ReadSeverity(r, t, owner);
  rule.severity = severity.value_or(Severity::kError);
  if (r.Require(t, "title", owner, rule.pos)) rule.title = ReadText(r, t, "title", owner, program);
  rule.source = RequiredString(r, t, "source", owner);
  if (t.contains("eligibility")) rule.eligibility = ReadText(r, t, "eligibility", owner, program);
  rule.at = r.String(t, "at").value_or("");
  rule.let = ReadRuleLets(r, t, program);
  rule.when = r.Expr(t, "when");
  // A review rule is a checklist item for a person; it needs no check.
  if (severity && *severity != Severity::kReview) r.Require(t, "check", owner, rule.pos);
  rule.check = r.Expr(t, "check");
  if (r.Require(t, "message", owner, rule.pos)) {
    if (const toml::table* variants = Variants(t)) {
      ReadVariants(r, *variants, owner, program, rule);
    } else {
      rule.message = ReadMessage(r, t, owner, program);
    }
  }
  ReadSentences(r, t, owner, program, rule);
  if (batch) rule.group_by = r.Expr(t, "group_by");
  CheckLetNames(r, rule, program);
  if (!batch) {
    program.rules.push_back(std::move(rule));
    return;
  }
  std::optional<std::string> report = r.String(t, "report");
  if (report && *report != "each" && *report != "first") {
    r.Error("rules-type", Reader::PosOf(*t.get("report")),
            "'report' must be \"each\" or \"first\", got '" + *report + "'");
  }
  rule.report_first = report == "first";
  program.batch_rules.push_back(std::move(rule));
}

void ReadDeadline(Reader& r, const toml::table& t, size_t index, SeenIds& seen, Program& program) {
  r.Entries(t, "[[deadlines]]", &kDeadlineKeys);
  Deadline deadline;
  deadline.pos = Reader::PosOf(t);
  deadline.file = r.file();
  std::optional<std::string> id = ReadId(r, t, "id", "deadline", index, seen);
  std::string owner = Owner("deadline", id, index);
  deadline.id = id.value_or("");
  if (r.Require(t, "title", owner, deadline.pos)) {
    deadline.title = ReadText(r, t, "title", owner, program);
  }
  if (r.Require(t, "date", owner, deadline.pos)) deadline.date = r.Expr(t, "date");
  deadline.when = r.Expr(t, "when");
  deadline.source = RequiredString(r, t, "source", owner);
  if (t.contains("note")) deadline.note = ReadText(r, t, "note", owner, program);
  std::optional<std::string> by = r.String(t, "by");
  if (by && *by != "applicant" && *by != "funder") {
    r.Error("rules-type", Reader::PosOf(*t.get("by")),
            "'by' must be \"applicant\" or \"funder\", got '" + *by + "'");
  }
  deadline.by_funder = by == "funder";
  program.deadlines.push_back(std::move(deadline));
}

// A sentence of the funder's text no rule checks, and why (traceability.h).
void ReadOneNotChecked(Reader& r, const toml::table& t, size_t index, Program& program) {
  r.Entries(t, "[[not_checked]]", &kNotCheckedKeys);
  NotChecked item{.pos = Reader::PosOf(t), .file = r.file()};
  std::string owner = "not_checked sentence " + std::to_string(index);
  item.sentence = RequiredString(r, t, "sentence", owner);
  if (r.Require(t, "reason", owner, item.pos)) item.reason = ReadText(r, t, "reason", owner, program);
  program.not_checked.push_back(std::move(item));
}

std::optional<FieldType> ReadFieldType(Reader& r, const toml::table& t, const std::string& owner) {
  if (!r.Require(t, "type", owner, Reader::PosOf(t))) return std::nullopt;
  std::optional<std::string> text = r.String(t, "type");
  if (!text) return std::nullopt;
  if (std::optional<FieldType> type = ParseFieldType(*text)) return type;
  std::string message = "unknown field type '" + *text + "'";
  if (auto guess = DidYouMean(*text, kFieldTypeNames)) {
    message += "; did you mean '" + *guess + "'?";
  } else {
    message += "; expected string, number, date, bool, map, any or list<TYPE>";
  }
  r.Error("rules-field-type", Reader::PosOf(*t.get("type")), std::move(message));
  return std::nullopt;
}

// One element of `values`: a code ("sport"), or a code with its labels
// ({ code = "sport", da = "idræt", en = "sport" }).
bool ReadValue(Reader& r, const toml::node& element, size_t i, FieldType& out) {
  const std::string what = "values[" + std::to_string(i) + "]";
  if (const auto* code = element.as_string()) {
    out.values.push_back(code->get());
    out.labels.emplace_back();
    return true;
  }
  const toml::table* table = element.as_table();
  if (table == nullptr) {
    r.TypeError(element, what, "a string, or a table { code = \"…\", sv = \"…\", … }");
    return false;
  }
  static const KeySet kValueKeys = {"code", "sv", "da", "nb", "en"};
  r.Entries(*table, what, &kValueKeys);
  if (!r.Require(*table, "code", what, Reader::PosOf(element))) return false;
  std::optional<std::string> code = r.String(*table, "code");
  if (!code) return false;
  Localized labels;
  for (std::string_view lang : {"sv", "da", "nb", "en"}) {
    if (std::optional<std::string> label = r.String(*table, lang)) labels[std::string(lang)] = *label;
  }
  out.values.push_back(std::move(*code));
  out.labels.push_back(std::move(labels));
  return true;
}

// `values` restricts a string field, or the elements of a list<string> field.
// Two codes one word could mean are refused: an applicant's word must mean one.
void ApplyValues(Reader& r, const toml::node& node, FieldType& type) {
  const toml::array* array = node.as_array();
  if (array == nullptr) return r.TypeError(node, "values", "an array");
  FieldType codes{.kind = FieldKind::kString};
  bool ok = true;
  for (size_t i = 0; i < array->size(); ++i) ok = ReadValue(r, *array->get(i), i, codes) && ok;
  if (!ok) return;
  if (auto twice = AmbiguousEnumLabels(codes)) {
    r.Error("rules-enum-label", Reader::PosOf(node),
            "the values '" + twice->first + "' and '" + twice->second +
                "' have a code or label in common, so an application's word could mean either");
    return;
  }
  const bool labelled = std::any_of(codes.labels.begin(), codes.labels.end(),
                                    [](const Localized& l) { return !l.empty(); });
  if (!labelled) codes.labels.clear();
  if (type.kind == FieldKind::kString) {
    type.values = std::move(codes.values);
    type.labels = std::move(codes.labels);
    return;
  }
  if (type.kind == FieldKind::kList && type.element && type.element->kind == FieldKind::kString) {
    FieldType element = *type.element;
    element.values = std::move(codes.values);
    element.labels = std::move(codes.labels);
    type.element = std::make_shared<const FieldType>(std::move(element));
    return;
  }
  r.Error("rules-field-type", Reader::PosOf(node),
          "'values' needs a string or list<string> field, not '" + FieldTypeName(type) + "'");
}

void ReadField(Reader& r, const toml::table& t, size_t index, SeenIds& seen, Program& program) {
  r.Entries(t, "[[fields]]", &kFieldKeys);
  std::optional<std::string> name = ReadId(r, t, "name", "field", index, seen);
  std::string owner = Owner("field", name, index);
  FieldSpec spec{.name = name.value_or("")};
  std::optional<FieldType> type = ReadFieldType(r, t, owner);
  if (type && t.contains("values")) ApplyValues(r, *t.get("values"), *type);
  spec.type = type.value_or(FieldType{});
  spec.required = r.Bool(t, "required").value_or(false);
  spec.description = r.Texts(t, "description", TextLanguage(program)).value_or(Localized{});
  if (type && name) {
    if (std::string why = CommonFieldProblem(CommonSchema(), spec); !why.empty()) {
      r.Error("rules-common-field", Reader::PosOf(*t.get("name")), std::move(why));
    }
  }
  program.fields.push_back(std::move(spec));
}

}  // namespace

void ReadFields(Reader& reader, const toml::table& root, Program& program) {
  SeenIds seen;
  size_t index = 0;
  for (const toml::table* t : reader.Tables(root, "fields")) {
    ReadField(reader, *t, ++index, seen, program);
  }
}

void ReadRules(Reader& reader, const toml::table& root, Program& program) {
  SeenIds seen;
  size_t index = 0;
  for (const toml::table* t : reader.Tables(root, "rules")) {
    ReadRule(reader, *t, ++index, seen, program);
  }
}

// Batch rules share the id space of rules: one id names one rule in reports.
void ReadBatchRules(Reader& reader, const toml::table& root, Program& program) {
  SeenIds seen;
  for (const Rule& rule : program.rules) seen.emplace(rule.id, rule.pos.line);
  size_t index = 0;
  for (const toml::table* t : reader.Tables(root, "batch_rules")) {
    ReadRule(reader, *t, ++index, seen, program, true);
  }
}

void ReadDeadlines(Reader& reader, const toml::table& root, Program& program) {
  SeenIds seen;
  size_t index = 0;
  for (const toml::table* t : reader.Tables(root, "deadlines")) {
    ReadDeadline(reader, *t, ++index, seen, program);
  }
}

void ReadNotChecked(Reader& reader, const toml::table& root, Program& program) {
  size_t index = 0;
  for (const toml::table* t : reader.Tables(root, "not_checked")) {
    ReadOneNotChecked(reader, *t, ++index, program);
  }
}

}  // namespace grantcheck::rule_loader
