#include "model/placeholder.h"

#include <fmt/format.h>

#include "base/text.h"

namespace grantcheck {
namespace {

void Collect(const DocNode& node, const std::string& path, std::vector<PlaceholderValue>& out) {
  switch (node.kind) {
    case DocKind::kScalar:
      if (!node.null && IsPlaceholder(node.text)) {
        out.push_back({path, node.pos, std::string(Trim(node.text))});
      }
      return;
    case DocKind::kSequence:
      for (size_t i = 0; i < node.items.size(); ++i) {
        Collect(node.items[i], fmt::format("{}[{}]", path, i), out);
      }
      return;
    case DocKind::kMapping:
      for (const DocEntry& e : node.entries) {
        Collect(e.value, path.empty() ? e.key : path + "." + e.key, out);
      }
      return;
  }
}

}  // namespace

bool IsPlaceholder(std::string_view text) {
  std::string_view t = Trim(text);
  return t.size() >= 4 && t.starts_with("<<") && t.ends_with(">>");
}

bool HoldsPlaceholder(const DocNode& node) {
  if (node.kind == DocKind::kScalar) return !node.null && IsPlaceholder(node.text);
  if (node.kind != DocKind::kSequence) return false;
  for (const DocNode& item : node.items) {
    if (item.kind == DocKind::kScalar && HoldsPlaceholder(item)) return true;
  }
  return false;
}

std::vector<PlaceholderValue> FindPlaceholders(const DocNode& root) {
  std::vector<PlaceholderValue> out;
  Collect(root, "", out);
  return out;
}

bool UnderPlaceholder(std::string_view path, const std::vector<PlaceholderValue>& placeholders) {
  for (const PlaceholderValue& p : placeholders) {
    std::string_view held = p.path;
    if (held.starts_with(path) &&
        (held.size() == path.size() || held[path.size()] == '.' || held[path.size()] == '[')) {
      return true;
    }
  }
  return false;
}

}  // namespace grantcheck
