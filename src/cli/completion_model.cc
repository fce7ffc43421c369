#include "cli/completion_model.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <array>
#include <string_view>

#include "report/writer.h"

namespace grantcheck {
namespace {

// `check --format` takes NAME or NAME=FILE, which no CLI11 validator can list;
// its names come from the format table itself.
std::vector<std::string> CheckFormatNames() {
  std::vector<std::string> names;
  for (const Format& f : CheckFormats()) names.emplace_back(f.name);
  return names;
}

struct ValueSource {
  std::string_view command;
  std::string_view option;
  std::vector<std::string> (*choices)();
};
constexpr std::array<ValueSource, 1> kValueSources = {{{"check", "--format", CheckFormatNames}}};

// Values that are no file names: offering files there would mislead.
constexpr std::array<std::string_view, 7> kWordValues = {
    "--today", "--from", "--until", "--jobs", "--schema-ref", "rule", "expression"};

std::string FirstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

// IsMember describes itself as "{a,b,c}", as --help shows it. Positionals
// have other validators too (end_of_options.h), so each is looked at.
std::vector<std::string> ChoicesOf(CLI::Option& opt) {
  for (int i = 0;; ++i) {
    CLI::Validator* v = nullptr;
    try {
      v = opt.get_validator(i);
    } catch (const CLI::OptionNotFound&) {
      return {};
    }
    std::string d = v->get_description();
    if (d.size() >= 2 && d.front() == '{' && d.back() == '}') {
      return CLI::detail::split(d.substr(1, d.size() - 2), ',');
    }
  }
}

void ClassifyValue(const std::string& path, CLI::Option& opt, ArgSpec* arg) {
  const std::string& name = arg->names.back();
  for (const ValueSource& s : kValueSources) {
    if (s.command == path && s.option == name) arg->choices = s.choices();
  }
  if (arg->choices.empty()) arg->choices = ChoicesOf(opt);
  if (!arg->choices.empty()) {
    arg->value = CompletedValue::kChoice;
  } else if (name == "--program") {
    arg->value = CompletedValue::kProgram;
  } else if (std::find(kWordValues.begin(), kWordValues.end(), name) != kWordValues.end()) {
    arg->value = CompletedValue::kWord;
  } else {
    arg->value = CompletedValue::kFile;
  }
}

ArgSpec DescribeOption(const std::string& path, CLI::Option& opt) {
  ArgSpec arg{.description = FirstLine(opt.get_description()),
              .repeatable = opt.get_items_expected_max() > 1};
  if (!opt.nonpositional()) {
    arg.names.push_back(opt.get_name());
  } else {
    for (const std::string& s : opt.get_snames()) arg.names.push_back("-" + s);
    for (const std::string& l : opt.get_lnames()) arg.names.push_back("--" + l);
  }
  if (opt.get_items_expected_max() > 0) ClassifyValue(path, opt, &arg);  // 0: a flag
  return arg;
}

void Describe(CLI::App& app, const std::string& path, std::vector<CommandSpec>* out) {
  CommandSpec spec{.path = path, .description = app.get_description()};
  for (CLI::Option* opt : app.get_options()) {
    if (opt->get_group().empty()) continue;  // hidden
    ArgSpec arg = DescribeOption(path, *opt);
    (opt->nonpositional() ? spec.options : spec.positionals).push_back(std::move(arg));
  }
  std::vector<CLI::App*> subs =
      app.get_subcommands([](CLI::App* sub) { return !sub->get_group().empty(); });
  for (CLI::App* sub : subs) spec.subcommands.push_back({sub->get_name(), sub->get_description()});
  out->push_back(std::move(spec));
  for (CLI::App* sub : subs) {
    Describe(*sub, path.empty() ? sub->get_name() : path + " " + sub->get_name(), out);
  }
}

}  // namespace

std::vector<CommandSpec> DescribeCommands(CLI::App& root) {
  std::vector<CommandSpec> out;
  Describe(root, "", &out);
  return out;
}

std::string ValueOptionNames(const CommandSpec& spec) {
  std::string out;
  for (const ArgSpec& o : spec.options) {
    if (o.value == CompletedValue::kNone) continue;
    for (const std::string& n : o.names) out += (out.empty() ? "" : " ") + n;
  }
  return out;
}

}  // namespace grantcheck
