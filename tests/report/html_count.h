// The html tests count elements in a page by their opening text; this is how,
// so that both the writer's tests and the end-to-end ones count alike.
#pragma once

#include <string>
#include <string_view>

namespace grantcheck::testing {

// How many times `part` starts in `text` (overlapping ones too).
inline size_t Count(const std::string& text, std::string_view part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace grantcheck::testing
