#include "model/placeholder.h"

#include <fmt/format.h>

#include "base/text.h"

namespace grantcheck {
namespace {

// One step of the path to a node: a key, or an index when `key` is null.
// Kept on the stack and written out only for a placeholder, which is rare:
// building every node's path string was most of this walk's cost.
struct Step {
  const Step* parent;
  const std::string* key;
  size_t index;
};

std::string PathOf(const Step* step) {
  if (step == nullptr) return "";
  std::string path = PathOf(step->parent);
  if (step->key == nullptr) return fmt::format("{}[{}]", path, step->index);
  return path.empty() ? *step->key : path + "." + *step->key;
}

void Collect(const DocNode& node, const Step* at, std::vector<PlaceholderValue>& out) {
  switch (node.kind) {
    case DocKind::kScalar:
      if (!node.null && IsPlaceholder(node.text)) {
        out.push_back({PathOf(at), node.pos, std::string(Trim(node.text))});
      }
      return;
    case DocKind::kSequence:
      for (size_t i = 0; i < node.items.size(); ++i) {
        const Step step{at, nullptr, i};
        Collect(node.items[i], &step, out);
      }
      return;
    case DocKind::kMapping:
      for (const DocEntry& e : node.entries) {
        const Step step{at, &e.key, 0};
        Collect(e.value, &step, out);
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
  Collect(root, nullptr, out);
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
