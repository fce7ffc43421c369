#include "engine/duplicates.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <system_error>

#include "base/file_io.h"
#include "base/localized_text.h"
#include "base/sha256.h"
#include "base/text.h"
#include "engine/parallel.h"
#include "model/document.h"

namespace grantcheck {
namespace {

constexpr std::array kPhrases = {
    Phrase{"title", "title: samma titel som {0}; se till att det inte är en ansökan två gånger",
           "title: samme titel som {0}; se efter, at det ikke er én ansøgning to gange",
           "title: samme tittel som {0}; se etter at det ikke er én søknad to ganger",
           "title: the same title as {0}; make sure it is not one application twice"},
    Phrase{"summary",
           "summary: samma sammanfattning som {0}; se till att det inte är en ansökan två gånger",
           "summary: samme resumé som {0}; se efter, at det ikke er én ansøgning to gange",
           "summary: samme sammendrag som {0}; se etter at det ikke er én søknad to ganger",
           "summary: the same summary as {0}; make sure it is not one application twice"},
};

// A message names at most this many other files, so that a round where many
// share one title (a template's, left in) does not grow with the square of it.
constexpr size_t kMaxNamed = 5;

constexpr std::array kMore = {
    Phrase{"more", "{0} och {1} till", "{0} og {1} mere", "{0} og {1} til", "{0} and {1} more"},
};

std::optional<KeyDigest> ScalarKey(const DocNode& root, std::string_view key) {
  const DocNode* node = root.Find(key);
  if (node == nullptr || node->kind != DocKind::kScalar || node->null) return std::nullopt;
  return DuplicateKeyOf(node->text);
}

std::string Identity(const std::string& path) {
  std::error_code ec;
  std::filesystem::path resolved = std::filesystem::weakly_canonical(path, ec);
  return ec ? std::filesystem::path(path).lexically_normal().string() : resolved.string();
}

std::vector<std::pair<KeyDigest, size_t>> Sorted(const std::vector<DuplicateKeys>& keys,
                                                 std::optional<KeyDigest> DuplicateKeys::*field) {
  std::vector<std::pair<KeyDigest, size_t>> out;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (const auto& key = keys[i].*field) out.emplace_back(*key, i);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Marks in `shared` every file of `index` whose digest another file has too.
void MarkShared(const std::vector<std::pair<KeyDigest, size_t>>& index, std::vector<bool>& shared) {
  for (size_t k = 0; k + 1 < index.size(); ++k) {
    if (index[k].first == index[k + 1].first) shared[index[k].second] = shared[index[k + 1].second] = true;
  }
}

}  // namespace

std::optional<KeyDigest> DuplicateKeyOf(std::string_view text) {
  const std::string key = NameKey(text);
  if (key.empty()) return std::nullopt;
  const std::string hex = Sha256Hex(key);
  KeyDigest digest;
  auto nibble = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
  for (size_t k = 0; k < digest.size(); ++k) {
    digest[k] = static_cast<unsigned char>(nibble(hex[2 * k]) << 4 | nibble(hex[2 * k + 1]));
  }
  return digest;
}

DuplicateKeys ReadDuplicateKeys(const std::string& path, const RuleSet& rules) {
  if (path == "-") return {};
  FileText text = ReadInput(path);
  if (!text.text) return {};
  Document doc = LoadYaml(*text.text, path);
  if (!doc.ok || rules.Find(ProgramOf(doc)) == nullptr) return {};
  return {ScalarKey(doc.root, "title"), ScalarKey(doc.root, "summary")};
}

DuplicateIndex::DuplicateIndex(const std::vector<std::string>& files, std::vector<DuplicateKeys> keys)
    : files_(&files), keys_(std::move(keys)) {
  by_title_ = Sorted(keys_, &DuplicateKeys::title);
  by_summary_ = Sorted(keys_, &DuplicateKeys::summary);
  std::vector<bool> shared(keys_.size());
  MarkShared(by_title_, shared);
  MarkShared(by_summary_, shared);
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (shared[i]) identity_.emplace(i, Identity(files[i]));
  }
}

const std::string& DuplicateIndex::IdentityOf(size_t i) const {
  static const std::string kNone;
  auto it = identity_.find(i);
  return it == identity_.end() ? kNone : it->second;
}

Finding DuplicateIndex::Warning(std::string_view field, const std::string& others, Pos pos,
                                std::string_view lang) {
  return Finding{.rule_id = "app-duplicate",
                 .severity = Severity::kWarning,
                 .status = Status::kFail,
                 .message = fmt::format(fmt::runtime(Pick(kPhrases, field, lang)), others),
                 .path = std::string(field),
                 .pos = pos,
                 .from_input = true};
}

// The other files of `index` with digest `key` that are not files[self],
// joined for a message; "" when there are none.
std::string DuplicateIndex::Others(const std::vector<Entry>& index, const KeyDigest& key,
                                   size_t self, std::string_view lang) const {
  std::string out;
  size_t named = 0, more = 0;
  auto it = std::lower_bound(index.begin(), index.end(), Entry{key, 0});
  for (; it != index.end() && it->first == key; ++it) {
    const size_t j = it->second;
    if (IdentityOf(j) == IdentityOf(self)) continue;
    if (named++ < kMaxNamed) {
      out += (out.empty() ? "" : ", ") + (*files_)[j];
    } else {
      ++more;
    }
  }
  if (more == 0) return out;
  return fmt::format(fmt::runtime(Pick(kMore, "more", lang)), out, more);
}

void DuplicateIndex::AddFindings(size_t i, AppReport& report) const {
  if (report.input_error || i >= keys_.size()) return;
  std::string_view lang = report.language;
  auto add = [&](const std::vector<Entry>& index, const std::optional<KeyDigest>& key,
                 std::string_view field, Pos pos) {
    if (!key) return;
    if (std::string others = Others(index, *key, i, lang); !others.empty()) {
      report.findings.push_back(Warning(field, others, pos, lang));
    }
  };
  add(by_title_, keys_[i].title, "title", report.facts.title_pos);
  add(by_summary_, keys_[i].summary, "summary", report.facts.summary_pos);
}

DuplicateIndex IndexDuplicates(const std::vector<std::string>& files, const RuleSet& rules,
                               int jobs) {
  if (files.size() < 2) return {};  // nothing to compare: no second read of the file
  std::vector<DuplicateKeys> keys(files.size());
  RunOrdered(
      files.size(), jobs, [&](size_t i) { keys[i] = ReadDuplicateKeys(files[i], rules); },
      [](size_t) {});
  return DuplicateIndex(files, std::move(keys));
}

}  // namespace grantcheck
