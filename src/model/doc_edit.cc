#include "model/doc_edit.h"

#include <charconv>
#include <vector>

namespace grantcheck {
namespace {

struct Step {
  std::string key;  // a map key, or "" for a list index
  size_t index = 0;
};

// "a.b[2].c" -> a, b, [2], c. Empty on a malformed path.
std::vector<Step> ParsePath(std::string_view path) {
  std::vector<Step> steps;
  size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '[') {
      size_t close = path.find(']', i);
      size_t index = 0;
      auto [end, ec] = std::from_chars(path.data() + i + 1, path.data() + close, index);
      if (close == std::string_view::npos || ec != std::errc() || end != path.data() + close) {
        return {};
      }
      steps.push_back(Step{"", index});
      i = close + 1;
      if (i < path.size() && path[i] == '.') ++i;
      continue;
    }
    size_t stop = path.find_first_of(".[", i);
    if (stop == std::string_view::npos) stop = path.size();
    if (stop == i) return {};
    steps.push_back(Step{std::string(path.substr(i, stop - i))});
    i = stop < path.size() && path[stop] == '.' ? stop + 1 : stop;
  }
  return steps;
}

DocNode* Child(DocNode& node, const Step& step, bool create, std::string* error) {
  if (step.key.empty()) {
    if (node.kind != DocKind::kSequence || step.index >= node.items.size()) {
      *error = "no element [" + std::to_string(step.index) + "]";
      return nullptr;
    }
    return &node.items[step.index];
  }
  if (node.kind == DocKind::kScalar && node.null && create) node = DocNode{.kind = DocKind::kMapping};
  if (node.kind != DocKind::kMapping) {
    *error = "'" + step.key + "' is inside something that is not a map";
    return nullptr;
  }
  for (DocEntry& e : node.entries) {
    if (e.key == step.key) return &e.value;
  }
  if (!create) return nullptr;
  node.entries.push_back(DocEntry{step.key, node.pos, DocNode{.pos = node.pos, .null = true}});
  return &node.entries.back().value;
}

}  // namespace

std::string SetPath(DocNode& root, std::string_view path, DocNode value) {
  std::vector<Step> steps = ParsePath(path);
  if (steps.empty()) return "malformed path '" + std::string(path) + "'";
  DocNode* node = &root;
  std::string error;
  for (size_t i = 0; i + 1 < steps.size(); ++i) {
    node = Child(*node, steps[i], true, &error);
    if (node == nullptr) return std::string(path) + ": " + error;
  }
  const Step& last = steps.back();
  if (last.key.empty() && node->kind == DocKind::kSequence && last.index == node->items.size()) {
    node->items.push_back(std::move(value));
    return "";
  }
  DocNode* target = Child(*node, last, true, &error);
  if (target == nullptr) return std::string(path) + ": " + error;
  value.pos = target->pos;  // an edited value reports at the place it replaces
  *target = std::move(value);
  return "";
}

std::string UnsetPath(DocNode& root, std::string_view path) {
  std::vector<Step> steps = ParsePath(path);
  if (steps.empty()) return "malformed path '" + std::string(path) + "'";
  DocNode* node = &root;
  std::string error;
  for (size_t i = 0; i + 1 < steps.size(); ++i) {
    node = Child(*node, steps[i], false, &error);
    if (node == nullptr) return "";
  }
  const Step& last = steps.back();
  if (last.key.empty() && node->kind == DocKind::kSequence && last.index < node->items.size()) {
    node->items.erase(node->items.begin() + static_cast<std::ptrdiff_t>(last.index));
  } else if (node->kind == DocKind::kMapping) {
    std::erase_if(node->entries, [&](const DocEntry& e) { return e.key == last.key; });
  }
  return "";
}

std::optional<DocNode> ParseYamlValue(std::string_view text) {
  Document doc = LoadYaml("value: " + std::string(text) + "\n", "value");
  const DocNode* v = doc.ok ? doc.root.Find("value") : nullptr;
  if (v == nullptr || doc.root.entries.size() != 1) return std::nullopt;
  return *v;
}

}  // namespace grantcheck
