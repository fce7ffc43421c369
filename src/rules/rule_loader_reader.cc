// The rule loader's Reader: positions, snippets, and typed access to tables.
#include <algorithm>
#include <utility>

#include "base/text.h"
#include "rules/rule_loader_internal.h"

namespace grantcheck::rule_loader {
namespace {

std::string_view TypeName(toml::node_type type) {
  switch (type) {
    case toml::node_type::none:
      return "nothing";
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a float";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
  }
  return "a value";
}

bool Before(Pos a, Pos b) { return a.line != b.line ? a.line < b.line : a.col < b.col; }

}  // namespace

Reader::Reader(std::string_view text, std::string file) : text_(text), file_(std::move(file)) {
  line_starts_.push_back(0);
  for (size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

std::vector<Diagnostic> Reader::TakeDiagnostics() {
  std::stable_sort(diagnostics_.begin(), diagnostics_.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return Before(a.pos, b.pos); });
  return std::move(diagnostics_);
}

Pos Reader::PosOf(const toml::node& node) {
  const toml::source_position& p = node.source().begin;
  return Pos{static_cast<int>(p.line), static_cast<int>(p.column)};
}

Pos Reader::PosOf(const toml::key& key) {
  const toml::source_position& p = key.source().begin;
  return Pos{static_cast<int>(p.line), static_cast<int>(p.column)};
}

std::string_view Reader::Line(int line) const {
  if (line < 1 || static_cast<size_t>(line) > line_starts_.size()) return {};
  size_t begin = line_starts_[line - 1];
  size_t end = text_.find('\n', begin);
  std::string_view out = text_.substr(begin, end == std::string_view::npos ? end : end - begin);
  if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
  return out;
}

size_t Reader::ByteOffset(Pos pos) const {
  if (pos.line < 1 || static_cast<size_t>(pos.line) > line_starts_.size()) return text_.size();
  size_t i = line_starts_[pos.line - 1];
  for (int col = 1; col < pos.col && i < text_.size() && text_[i] != '\n'; ++col) {
    ++i;  // past the lead byte, then past its continuation bytes
    while (i < text_.size() && (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

void Reader::Report(Level level, std::string id, Pos pos, std::string message) {
  Diagnostic d{.level = level,
               .id = std::move(id),
               .file = file_,
               .pos = pos,
               .message = std::move(message)};
  d.snippet = std::string(Line(pos.line));
  d.caret_col = d.snippet.empty() ? 0 : pos.col;
  diagnostics_.push_back(std::move(d));
}

bool Reader::Require(const toml::table& table, std::string_view key, const std::string& owner,
                     Pos pos) {
  if (table.contains(key)) return true;
  Error("rules-missing-key", pos, owner + " has no '" + std::string(key) + "'");
  return false;
}

void Reader::TypeError(const toml::node& node, std::string_view what, std::string_view expected) {
  Error("rules-type", PosOf(node),
        "'" + std::string(what) + "' must be " + std::string(expected) + ", got " +
            std::string(TypeName(node.type())));
}

void Reader::AddPlaced(std::vector<Diagnostic> diagnostics) {
  for (Diagnostic& d : diagnostics) {
    // The expression's own line is not what the user sees in the rule file.
    std::string_view line = Line(d.pos.line);
    if (!line.empty()) {
      d.snippet = std::string(line);
      d.caret_col = d.pos.col;
    }
    diagnostics_.push_back(std::move(d));
  }
}

std::vector<Entry> Reader::Entries(const toml::table& table, std::string_view where,
                                   const KeySet* allowed) {
  std::vector<Entry> entries;
  for (auto&& [key, node] : table) entries.push_back({key.str(), PosOf(key), &node});
  std::stable_sort(entries.begin(), entries.end(),
                   [](const Entry& a, const Entry& b) { return Before(a.key_pos, b.key_pos); });
  if (allowed == nullptr) return entries;
  for (const Entry& e : entries) {
    if (std::find(allowed->begin(), allowed->end(), e.key) != allowed->end()) continue;
    std::string message = "unknown key '" + std::string(e.key) + "' in " + std::string(where);
    if (auto guess = DidYouMean(e.key, *allowed)) message += "; did you mean '" + *guess + "'?";
    Report(Level::kWarning, "rules-unknown-key", e.key_pos, std::move(message));
  }
  return entries;
}

std::optional<std::string> Reader::String(const toml::table& table, std::string_view key) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return std::nullopt;
  if (const auto* s = node->as_string()) return s->get();
  TypeError(*node, key, "a string");
  return std::nullopt;
}

std::optional<bool> Reader::Bool(const toml::table& table, std::string_view key) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return std::nullopt;
  if (const auto* b = node->as_boolean()) return b->get();
  TypeError(*node, key, "a boolean");
  return std::nullopt;
}

const toml::table* Reader::Table(const toml::table& table, std::string_view key) {
  const toml::node* node = table.get(key);
  if (node == nullptr) return nullptr;
  if (const auto* t = node->as_table()) return t;
  TypeError(*node, key, "a table");
  return nullptr;
}

std::vector<const toml::table*> Reader::Tables(const toml::table& table, std::string_view key) {
  std::vector<const toml::table*> out;
  const toml::node* node = table.get(key);
  if (node == nullptr) return out;
  const toml::array* array = node->as_array();
  if (array == nullptr) {
    TypeError(*node, key, "an array of tables");
    return out;
  }
  for (size_t i = 0; i < array->size(); ++i) {
    const toml::node& element = *array->get(i);
    if (const auto* t = element.as_table()) {
      out.push_back(t);
    } else {
      TypeError(element, std::string(key) + "[" + std::to_string(i) + "]", "a table");
    }
  }
  return out;
}

std::optional<std::vector<std::string>> Reader::Strings(const toml::node& node,
                                                        std::string_view what) {
  const toml::array* array = node.as_array();
  if (array == nullptr) {
    TypeError(node, what, "an array of strings");
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool ok = true;
  for (size_t i = 0; i < array->size(); ++i) {
    const toml::node& element = *array->get(i);
    if (const auto* s = element.as_string()) {
      out.push_back(s->get());
    } else {
      TypeError(element, std::string(what) + "[" + std::to_string(i) + "]", "a string");
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

Pos Reader::StringOrigin(const toml::node& node) const {
  // Escapes in basic strings ("\"", "\u00e5") make the value shorter than its
  // source, so a column after one on the same line is off by that much: rare
  // in expressions, and the line is still right.
  Pos begin = PosOf(node);
  std::string_view raw = text_.substr(ByteOffset(begin));
  if (raw.starts_with("\"\"\"") || raw.starts_with("'''")) {
    // TOML drops a newline right after the opening delimiter.
    if (raw.substr(3).starts_with("\n") || raw.substr(3).starts_with("\r\n")) {
      return Pos{begin.line + 1, 1};
    }
    return Pos{begin.line, begin.col + 3};
  }
  if (raw.starts_with("\"") || raw.starts_with("'")) return Pos{begin.line, begin.col + 1};
  return begin;
}

std::string_view Reader::RawText(const toml::node& node) const {
  const toml::source_region& region = node.source();
  if (region.begin.line != region.end.line) return {};
  size_t begin = ByteOffset(PosOf(node));
  size_t end =
      ByteOffset(Pos{static_cast<int>(region.end.line), static_cast<int>(region.end.column)});
  return end > begin ? text_.substr(begin, end - begin) : std::string_view();
}

}  // namespace grantcheck::rule_loader
