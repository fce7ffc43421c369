// The run-wide duplicate check: two applications of one run with the same
// title or summary (case and spaces aside) each get a warning naming the other.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/finding.h"
#include "rules/rule_set.h"

namespace grantcheck {

// What one file is compared by: its title and summary made comparable
// (NameKey: NFC, case-folded, runs of spaces collapsed); "" when it has none.
struct DuplicateKeys {
  std::string title;
  std::string summary;
  // Where the path leads, so that one file named twice ("a.yaml" and
  // "./a.yaml", or a directory and a file in it) is not its own duplicate.
  std::string identity;
};

// The keys of the application at `path`, read from its YAML alone so that
// every file's are known before the first report is written (streamed
// formats write a report once and never amend it). Empty keys for standard
// input, which can be read only once, as it is checked; for a file that
// cannot be read or parsed; and for one whose program is not in `rules`.
DuplicateKeys ReadDuplicateKeys(const std::string& path, const RuleSet& rules);

// The keys of a whole run, and which files share them.
class DuplicateIndex {
 public:
  DuplicateIndex() = default;
  // `files` and `keys` in input order, one each.
  DuplicateIndex(std::vector<std::string> files, std::vector<DuplicateKeys> keys);

  // Adds to report `i` (of files[i]) one `app-duplicate` warning for a title
  // and one for a summary that other files (not files[i] named again) share,
  // naming the first five in input order and counting the rest, in the
  // report's language. A report of an input error gets none.
  void AddFindings(size_t i, AppReport& report) const;

 private:
  std::string Others(const std::vector<size_t>& sharing, size_t self, std::string_view lang) const;
  static Finding Warning(std::string_view field, const std::string& others, Pos pos,
                         std::string_view lang);

  std::vector<std::string> files_;
  std::vector<DuplicateKeys> keys_;
  std::unordered_map<std::string, std::vector<size_t>> by_title_;  // key -> files, in order
  std::unordered_map<std::string, std::vector<size_t>> by_summary_;
};

// ReadDuplicateKeys of every file, on up to `jobs` threads.
DuplicateIndex IndexDuplicates(const std::vector<std::string>& files, const RuleSet& rules,
                               int jobs);

}  // namespace grantcheck
