// A program as its rule file defines it: plain data, loaded once per run and
// shared read-only by every evaluation. Loading is rule_loader.h's job.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "expr/expression.h"
#include "model/municipality.h"
#include "model/schema.h"
#include "rules/message_template.h"

namespace grantcheck {

enum class Severity { kError, kWarning, kReview };

std::string_view SeverityName(Severity s);  // "error", "warning", "review"

// The text for `lang`, else for `fallback`, else any text there is, else "".
std::string Localize(const Localized& text, std::string_view lang, std::string_view fallback);

// A named number, date or string a rule reads as params.NAME. `assumption`
// marks a value the funder's text does not give: the rule file authors' own
// assumption, to be confirmed by the secretariat; `note` says why it was chosen.
inline constexpr std::string_view kAssumptionLabel =
    "the rule file authors' assumption, to be confirmed by the secretariat";

struct Param {
  std::string name;
  Value value;
  bool assumption = false;
  std::string note;
  Pos pos;
};

// A named value ([let] of the program, `let` of a rule): its expression is
// evaluated once per application (and rule) and read by its bare name in
// when, check, group_by, messages and later lets. The loader orders a table's
// lets so that each comes after those it reads (a cycle is an error).
struct Let {
  std::string name;
  Expression expr;
  Pos pos;  // of the name's key in the rule file
};

// One named text of a rule, by language, with the condition for it: a
// variant of the whole message ([rules.message.NAME]: variants are tried in
// file order, and the last, without `when`, is the rule's plain `message`),
// or a sentence ([rules.sentence.NAME]) that a message reads as {NAME}: its
// text where its `when` is true, else "".
struct MessageVariant {
  std::string name;
  Expression when;
  std::map<std::string, MessageTemplate> message;  // by language
  Pos pos;
};

struct Rule {
  std::string id;          // "FH-DURATION"
  Severity severity = Severity::kError;
  Localized title;
  std::string source;      // the funder's sentence, verbatim
  std::string at;          // the field a finding points at: "period.end"
  std::optional<Expression> when;   // the rule applies only when this is true
  std::optional<Expression> check;  // absent only for review rules
  std::map<std::string, MessageTemplate> message;  // by language; the fallback of `variants`
  std::vector<MessageVariant> variants;            // conditional messages, before `message`
  std::vector<MessageVariant> sentences;           // conditional sentences messages read by name
  std::vector<Let> let;                            // the rule's named values, in evaluation order
  // Why this rule may be an `error` although its source has no requirement
  // word: the sentence says who or what the fund is for ("kommunene kan søke
  // på"), and an application outside that cannot be granted. Empty for most.
  Localized eligibility;
  Pos pos;                 // of the rule's [[rules]] header in the rule file
  std::string file;        // that rule file: a file that `extends` inherits rules written in another

  // Batch rules only ([[batch_rules]]): they see every application of the
  // program in the run as `batch`, and those with the same `group_by` value
  // as `group`; with `report_first`, only the group's first application
  // (in input order) gets a finding.
  std::optional<Expression> group_by;
  bool report_first = false;
};

struct Deadline {
  std::string id;
  Localized title;
  std::optional<Expression> date;
  std::optional<Expression> when;
  std::string source;
  Localized note;
  // `by = "funder"`: the funder's act or a date the funder sets (the decision,
  // an event), which is "passed" once past; otherwise the applicant owes it and
  // a past one not received is late.
  bool by_funder = false;
  Pos pos;
  std::string file;  // the rule file it is written in, as for Rule
};

// A requirement sentence of the funder's text that no rule checks on purpose,
// with the reason ([[not_checked]]): `rules trace` accepts it as explained.
struct NotChecked {
  std::string sentence;  // quoted from the text; parts may be left out with …
  Localized reason;
  Pos pos;               // of its [[not_checked]] header
  std::string file;      // the rule file it is written in, as for Rule
};

struct Program {
  std::string file;        // the rule file it was loaded from
  std::string file_sha256; // of that file's bytes as loaded; "" for text not read from a file
  std::string id;          // "familjen-helsingborg"
  std::string name;
  std::string language;    // "sv", "da", "nb"
  std::string currency;    // "SEK"
  std::vector<Member> members;
  std::vector<Param> params;
  Value params_value;      // params as one map, for Bindings
  std::vector<Let> let;    // [let]: named values every rule may read, in evaluation order
  std::vector<FieldSpec> fields;  // program-specific fields
  FieldType schema;        // the common fields extended with `fields`
  std::vector<Rule> rules;
  std::vector<Rule> batch_rules;  // checks across the applications of one run
  std::vector<Deadline> deadlines;
  std::vector<NotChecked> not_checked;
};

}  // namespace grantcheck
