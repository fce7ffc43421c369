// How every report shows an acknowledged finding: its message followed by the
// reason, in the report's language. Escaping the result is each writer's job.
#pragma once

#include <string>
#include <string_view>

#include "engine/finding.h"

namespace grantcheck {

// `message` followed by " (kvitterad: REASON)" in `lang` (English for an
// unknown language) when `finding` is acknowledged; `message` as it is otherwise.
std::string WithAcknowledgement(std::string_view message, const Finding& finding,
                                std::string_view lang);

}  // namespace grantcheck
