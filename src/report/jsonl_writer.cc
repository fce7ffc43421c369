// `check --format jsonl`: one application per line as soon as it is checked,
// for consumers that process a large batch as it runs (`| jq -c`, a database load).
#include <ostream>
#include <string>

#include "report/json_writer.h"
#include "report/writer.h"

namespace grantcheck {

// Declared in writer.cc, the format table. Flushed per line, so a reader of a
// pipe sees each application when it is done and never half a line.
void WriteJsonlOne(const AppReport& report, const WriteOptions& options, std::ostream& out) {
  std::string line = ApplicationJsonLine(report, options);
  line += '\n';  // with the line, so that it goes out in one write
  out << line;
  out.flush();
}

void WriteJsonl(std::span<const AppReport> reports, const WriteOptions& options,
                std::ostream& out) {
  for (const AppReport& report : reports) WriteJsonlOne(report, options, out);
}

}  // namespace grantcheck
