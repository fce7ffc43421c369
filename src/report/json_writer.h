// The json format's object for one application, shared with jsonl so that a
// line of jsonl is exactly one element of json's "applications".
#pragma once

#include <string>

#include "engine/finding.h"
#include "report/writer.h"

namespace grantcheck {

// One application as compact JSON on one line (no newline at the end).
std::string ApplicationJsonLine(const AppReport& report, const WriteOptions& options);

}  // namespace grantcheck
