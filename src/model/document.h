// The YAML document as grantcheck sees it: scalars, sequences and mappings, with
// the 1-based position of every key and value. Typing the scalars is the application view's job.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/diagnostic.h"
#include "base/source.h"

namespace grantcheck {

enum class DocKind { kScalar, kSequence, kMapping };

struct DocEntry;

// One node. Scalars keep their text exactly as written (after YAML unescaping
// and folding); whether it is a number, date or bool is decided later, against
// the field's declared type. A quoted or block scalar is always a string.
struct DocNode {
  DocKind kind = DocKind::kScalar;
  Pos pos;                       // where the value starts
  std::string text;              // kScalar only
  bool quoted = false;           // kScalar: '…', "…", | or > (never null, bool or number)
  bool null = false;             // kScalar: plain ~, null, Null, NULL or nothing at all
  std::vector<DocNode> items;    // kSequence
  std::vector<DocEntry> entries; // kMapping, in file order

  const DocNode* Find(std::string_view key) const;  // nullptr when absent
};

struct DocEntry {
  std::string key;
  Pos key_pos;
  DocNode value;
};

// A loaded file. `root` is meaningful only when `ok`; `diagnostics` holds every
// problem found (a parse error makes `ok` false; a duplicate key does not: the
// first value is kept and the second is reported, so one slip does not hide the
// rest of the file).
struct Document {
  std::string file;
  DocNode root;
  bool ok = false;
  std::vector<Diagnostic> diagnostics;
};

// Parses one YAML document from `text` (UTF-8; a leading BOM and CRLF line
// endings are accepted). Never throws. `file` names the file in diagnostics,
// which are in `lang` (sv, da, nb; English otherwise).
Document LoadYaml(std::string_view text, std::string file, std::string_view lang = "en");

}  // namespace grantcheck
