#include "bench_support.h"

#include <cstdio>
#include <cstdlib>

#include "base/file_io.h"

namespace grantcheck::bench {

std::string SourceFile(const std::string& relative) {
  FileText text = ReadInput(std::string(GRANTCHECK_SOURCE_DIR) + "/" + relative);
  if (!text.text) {
    std::fprintf(stderr, "bench: cannot read %s: %s\n", relative.c_str(), text.error.c_str());
    std::abort();
  }
  return *text.text;
}

const RuleSet& FamiljenHelsingborg() {
  static const RuleSet rules = [] {
    RuleSet r = LoadRuleSet({std::string(GRANTCHECK_SOURCE_DIR) + "/rules/familjen-helsingborg.toml"});
    if (r.Find("familjen-helsingborg") == nullptr) {
      std::fprintf(stderr, "bench: the Familjen Helsingborg rules did not load\n");
      std::abort();
    }
    return r;
  }();
  return rules;
}

}  // namespace grantcheck::bench
