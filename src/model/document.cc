// Lookups on the loaded document tree. Kept apart from yaml_adapter.cc so that
// code which only reads documents does not depend on the YAML parser.
#include "model/document.h"

namespace grantcheck {

const DocNode* DocNode::Find(std::string_view key) const {
  // Linear: application mappings are small, and entries keep file order.
  for (const DocEntry& entry : entries) {
    if (entry.key == key) return &entry.value;
  }
  return nullptr;
}

}  // namespace grantcheck
