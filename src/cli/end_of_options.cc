#include "cli/end_of_options.h"

#include <functional>
#include <string_view>

namespace grantcheck {
namespace {

// A byte no real argument starts with, and no option name contains.
constexpr char kMark = '\x01';

std::string Unmark(std::string value) {
  if (!value.empty() && value.front() == kMark) value.erase(0, 1);
  return value;
}

}  // namespace

std::vector<std::string> MarkAfterEndOfOptions(int argc, char** argv) {
  std::vector<std::string> args;
  bool after_mark = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (!after_mark && arg == "--") {
      after_mark = true;
      continue;
    }
    args.push_back(after_mark ? kMark + std::string(arg) : std::string(arg));
  }
  return args;
}

void UnmarkPositionals(CLI::App& app) {
  for (CLI::Option* opt : app.get_options()) {
    if (opt->get_positional()) opt->transform(Unmark);
  }
  for (CLI::App* sub : app.get_subcommands(std::function<bool(CLI::App*)>())) {
    UnmarkPositionals(*sub);
  }
}

std::string WithoutMarks(std::string text) {
  std::erase(text, kMark);
  return text;
}

}  // namespace grantcheck
