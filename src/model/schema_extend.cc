#include "model/schema_extend.h"

#include <algorithm>
#include <memory>
#include <string_view>
#include <vector>

namespace grantcheck {
namespace {

FieldSpec* Find(FieldType& map, std::string_view name) {
  auto it = std::find_if(map.fields.begin(), map.fields.end(),
                         [&](const FieldSpec& g) { return g.name == name; });
  return it == map.fields.end() ? nullptr : &*it;
}

std::vector<std::string> Split(const std::string& name) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.', start)) {
    parts.push_back(name.substr(start, dot - start));
    start = dot + 1;
  }
  parts.push_back(name.substr(start));
  return parts;
}

// The string type whose values a field holds: itself, or a list's elements.
FieldType* Enumerated(FieldType& t) {
  if (t.kind == FieldKind::kString) return &t;
  if (t.kind == FieldKind::kList && t.element && t.element->kind == FieldKind::kString) {
    // Copy on write: the element may be shared with the common schema.
    auto copy = std::make_shared<FieldType>(*t.element);
    FieldType* raw = copy.get();
    t.element = std::move(copy);
    return raw;
  }
  return nullptr;
}

// The map that holds `parts`' last name, walking through lists to their
// elements (copied, so the common schema stays as it is); nullptr with
// *problem set when a step is not a structure.
FieldType* Parent(FieldType& root, const std::vector<std::string>& parts, std::string* problem) {
  FieldType* map = &root;
  std::string path;
  for (size_t i = 0; i + 1 < parts.size(); ++i) {
    path += (path.empty() ? "" : ".") + parts[i];
    FieldSpec* f = Find(*map, parts[i]);
    if (f == nullptr) {
      *problem = "'" + path + "' is not a common structure to add a field to";
      return nullptr;
    }
    FieldType* next = &f->type;
    if (next->kind == FieldKind::kList && next->element) {
      auto copy = std::make_shared<FieldType>(*next->element);
      next->element = copy;
      next = copy.get();
    }
    if (next->kind != FieldKind::kMap) {
      *problem = "'" + path + "' is " + FieldTypeName(f->type) + ", not a structure with fields";
      return nullptr;
    }
    map = next;
  }
  return map;
}

// Adds `f` to `root`; "" or why it cannot be.
std::string Apply(FieldType& root, const FieldSpec& f) {
  const std::vector<std::string> parts = Split(f.name);
  std::string problem;
  FieldType* map = Parent(root, parts, &problem);
  if (map == nullptr) return problem;
  FieldSpec* existing = Find(*map, parts.back());
  if (existing == nullptr) {
    FieldSpec added = f;
    added.name = parts.back();
    map->fields.push_back(std::move(added));
    return "";
  }
  FieldType extra = f.type;
  FieldType* to = Enumerated(existing->type);
  const FieldType* from = Enumerated(extra);
  if (to == nullptr || from == nullptr || to->values.empty() || from->values.empty() ||
      FieldTypeName(existing->type) != FieldTypeName(f.type)) {
    return "'" + f.name + "' is a common field (" + FieldTypeName(existing->type) +
           "); a program may add values to a common enumeration, or fields inside a common "
           "structure, but not declare a common field again";
  }
  // New values go after the common ones; labels stay one per value.
  to->labels.resize(to->values.size());
  for (size_t i = 0; i < from->values.size(); ++i) {
    if (std::find(to->values.begin(), to->values.end(), from->values[i]) != to->values.end()) {
      continue;
    }
    to->values.push_back(from->values[i]);
    to->labels.push_back(i < from->labels.size() ? from->labels[i] : Localized{});
  }
  return "";
}

}  // namespace

FieldType ExtendSchema(const FieldType& common, const std::vector<FieldSpec>& extra) {
  FieldType out = common;
  for (const FieldSpec& f : extra) Apply(out, f);  // the loader refused what cannot apply
  return out;
}

std::string CommonFieldProblem(const FieldType& common, const FieldSpec& f) {
  FieldType copy = common;
  return Apply(copy, f);
}

}  // namespace grantcheck
