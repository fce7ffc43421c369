// The run-wide duplicate check: two applications of one run with the same
// title or summary (case and spaces aside) each get a warning naming the other.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/finding.h"
#include "rules/rule_set.h"

namespace grantcheck {

// A title or summary made comparable (NameKey: NFC, case-folded, runs of
// spaces collapsed), kept as the first 128 bits of its SHA-256: a round's
// index holds about a hundred bytes a file, not the texts, so that its memory
// stays flat however long the summaries (docs/performance.md).
using KeyDigest = std::array<unsigned char, 16>;

// What one file is compared by; no digest for a field it does not have.
struct DuplicateKeys {
  std::optional<KeyDigest> title;
  std::optional<KeyDigest> summary;
};

// The digest of `text` as NameKey makes it comparable; none for "".
std::optional<KeyDigest> DuplicateKeyOf(std::string_view text);

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
  // `files` and `keys` in input order, one each; `files` must outlive the index.
  DuplicateIndex(const std::vector<std::string>& files, std::vector<DuplicateKeys> keys);

  // Adds to report `i` (of files[i]) one `app-duplicate` warning for a title
  // and one for a summary that other files (not files[i] named again) share,
  // naming the first five in input order and counting the rest, in the
  // report's language. A report of an input error gets none.
  void AddFindings(size_t i, AppReport& report) const;

 private:
  // A digest and the file that has it, sorted by digest, then input order.
  using Entry = std::pair<KeyDigest, size_t>;
  std::string Others(const std::vector<Entry>& index, const KeyDigest& key, size_t self,
                     std::string_view lang) const;
  static Finding Warning(std::string_view field, const std::string& others, Pos pos,
                         std::string_view lang);

  const std::vector<std::string>* files_ = nullptr;
  std::vector<DuplicateKeys> keys_;
  std::vector<Entry> by_title_;
  std::vector<Entry> by_summary_;
  // Where each path leads, so that one file named twice ("a.yaml" and
  // "./a.yaml", or a directory and a file in it) is not its own duplicate.
  // Found only for files that share a key (it costs system calls); "" for
  // the others, which no message compares.
  std::unordered_map<size_t, std::string> identity_;
  const std::string& IdentityOf(size_t i) const;
};

// ReadDuplicateKeys of every file, on up to `jobs` threads.
DuplicateIndex IndexDuplicates(const std::vector<std::string>& files, const RuleSet& rules,
                               int jobs);

}  // namespace grantcheck
