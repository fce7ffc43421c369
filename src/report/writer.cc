#include "report/writer.h"

#include <array>

namespace grantcheck {

// Each writer lives in its own file and is reached only through this table,
// so the table is where they are declared.
void WriteText(std::span<const AppReport> reports, const WriteOptions& options, std::ostream& out);
void WriteJson(std::span<const AppReport> reports, const WriteOptions& options, std::ostream& out);

namespace {

constexpr std::array kCheckFormats = {
    Format{"text", WriteText, "one line per finding, like a compiler, then a summary"},
    Format{"json", WriteJson, "one JSON document with every finding and a summary"},
};

}  // namespace

std::span<const Format> CheckFormats() { return kCheckFormats; }

const Format* FindCheckFormat(std::string_view name) {
  for (const Format& format : kCheckFormats) {
    if (format.name == name) return &format;
  }
  return nullptr;
}

}  // namespace grantcheck
