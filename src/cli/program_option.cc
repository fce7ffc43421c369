#include "cli/program_option.h"

#include <fmt/format.h>

#include <ostream>

#include "base/atomic_file.h"
#include "base/text.h"

namespace grantcheck {

const Program* FindProgramOrExplain(const RuleSet& rules, const std::string& id,
                                    std::ostream& err) {
  if (const Program* p = rules.Find(id)) return p;
  std::vector<std::string> ids = rules.Ids();
  std::vector<std::string_view> names(ids.begin(), ids.end());
  std::optional<std::string> near = DidYouMean(id, names);
  std::string known;
  for (const std::string& k : ids) known += (known.empty() ? "" : ", ") + k;
  err << fmt::format("grantcheck: error: unknown program '{}'{}; known programs: {}\n", id,
                     near ? fmt::format(" (did you mean '{}'?)", *near) : "",
                     known.empty() ? "none (no rule file was found)" : known);
  return nullptr;
}

bool WriteTextTo(const std::string& path, const std::string& text, std::ostream& out,
                 std::ostream& err) {
  if (path.empty() || path == "-") {
    out << text << std::flush;
    return true;
  }
  std::string error;
  std::unique_ptr<AtomicFile> file = AtomicFile::Open(path, &error);
  if (file != nullptr) {
    file->out() << text;
    if (file->Commit(&error)) return true;
  }
  err << "grantcheck: error: cannot write '" << path << "': " << error << "\n";
  return false;
}

}  // namespace grantcheck
