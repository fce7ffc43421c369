// Template placeholders ("<<Projektledare>>", what `grantcheck init` writes):
// how one is told, and where they are left in a document. Reporting them is the engine's job.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/source.h"
#include "model/document.h"

namespace grantcheck {

// Whether a text value is a template placeholder: after trimming, it starts
// with "<<" and ends with ">>". No real answer does; an address in angle
// brackets ("<anna@kommun.se>") has one bracket each side.
bool IsPlaceholder(std::string_view text);

// A scalar that is a placeholder, or a list holding one: the field is not
// given yet (a list with one placeholder is not the list of its other items).
bool HoldsPlaceholder(const DocNode& node);

// A value still holding a placeholder: where it is and what it says.
struct PlaceholderValue {
  std::string path;  // "organisation.steering_group[1]"
  Pos pos;
  std::string text;  // trimmed, as written
};

// Every placeholder scalar under `root`, in file order.
std::vector<PlaceholderValue> FindPlaceholders(const DocNode& root);

// Whether `path` ("organisation") is, or holds, one of `placeholders`.
bool UnderPlaceholder(std::string_view path, const std::vector<PlaceholderValue>& placeholders);

}  // namespace grantcheck
