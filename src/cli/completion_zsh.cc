// The zsh completion script: one function per command, each an _arguments
// spec of its options and positionals, dispatching to its subcommands.
#include <string>
#include <vector>

#include "cli/completion_scripts.h"

namespace grantcheck {
namespace {

std::string FunctionName(const std::string& path) {
  std::string name = "_grantcheck_cmd" + std::string(path.empty() ? "" : "_");
  for (char c : path) name += (c == ' ' || c == '-') ? '_' : c;
  return name;
}

// A description inside _arguments' [...], which ends at the first unescaped ].
std::string Bracketed(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '[' || c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string Action(const ArgSpec& arg) {
  switch (arg.value) {
    case CompletedValue::kFile:
      return "_files";
    case CompletedValue::kProgram:
      return "_grantcheck_programs";
    case CompletedValue::kChoice:
      return "(" + JoinWords(arg.choices) + ")";
    default:
      return " ";
  }
}

std::string Label(const ArgSpec& arg) {
  std::string name = arg.names.back();
  return name.substr(name.find_first_not_of('-'));
}

// One option as an _arguments spec: '*'{-o+,--output=}'[help]:output:_files'.
std::string OptionSpec(const ArgSpec& o) {
  bool value = o.value != CompletedValue::kNone;
  std::vector<std::string> names;
  for (const std::string& n : o.names) {
    names.push_back(n + (!value ? "" : n.starts_with("--") ? "=" : "+"));
  }
  std::string spec = o.repeatable ? ShellQuote("*") : "";
  spec += names.size() == 1 ? ShellQuote(names[0]) : "{" + [&] {
    std::string joined;
    for (const std::string& n : names) joined += (joined.empty() ? "" : ",") + n;
    return joined;
  }() + "}";
  std::string rest = "[" + Bracketed(o.description) + "]";
  if (value) rest += ":" + Label(o) + ":" + Action(o);
  return spec + ShellQuote(rest);
}

std::string PositionalSpec(const ArgSpec& p, bool last) {
  std::string prefix = last && p.repeatable ? "*:" : ":";
  return ShellQuote(prefix + Label(p) + ":" + Action(p));
}

std::string CommandFunction(const CommandSpec& c) {
  std::string out = "\n" + FunctionName(c.path) + "() {\n";
  bool dispatch = !c.subcommands.empty();
  if (dispatch) {
    out +=
        "  local curcontext=\"$curcontext\" state state_descr line\n  local -a subcommands\n"
        "  subcommands=(\n";
    for (const SubcommandName& s : c.subcommands) {
      out += "    " + ShellQuote(s.name + ":" + s.description) + "\n";
    }
    out += "  )\n";
  }
  out += "  _arguments -s -S" + std::string(dispatch ? " -C" : "");
  for (const ArgSpec& o : c.options) out += " \\\n    " + OptionSpec(o);
  for (size_t i = 0; i < c.positionals.size(); ++i) {
    out += " \\\n    " + PositionalSpec(c.positionals[i], i + 1 == c.positionals.size());
  }
  if (!dispatch) return out + "\n}\n";
  out +=
      " \\\n    ': :->command' \\\n    '*:: :->args' && return\n  case $state in\n"
      "    command) _describe -t commands " +
      ShellQuote("grantcheck " + (c.path.empty() ? "" : c.path + " ") + "command") +
      " subcommands ;;\n    args)\n      case $words[1] in\n";
  for (const SubcommandName& s : c.subcommands) {
    std::string path = c.path.empty() ? s.name : c.path + " " + s.name;
    out += "        " + ShellQuote(s.name) + ") " + FunctionName(path) + " ;;\n";
  }
  return out + "      esac ;;\n  esac\n}\n";
}

}  // namespace

std::string ZshCompletion(const std::vector<CommandSpec>& commands) {
  std::string out =
      "#compdef grantcheck\n"
      "# zsh completion for grantcheck, written by `grantcheck completion zsh` from the\n"
      "# command definitions that --help shows. Install it as _grantcheck on $fpath.\n"
      "\n"
      "# The program ids on the rules path, asked of the grantcheck being completed.\n"
      "_grantcheck_programs() {\n"
      "  local -a ids\n"
      "  ids=(${(f)\"$(${~_grantcheck_bin:-grantcheck} rules list --ids 2>/dev/null)\"})\n"
      "  _describe -t programs 'program' ids\n"
      "}\n";
  for (const CommandSpec& c : commands) out += CommandFunction(c);
  out += "\n_grantcheck() {\n  local _grantcheck_bin=$words[1]\n  " + FunctionName("") +
         " \"$@\"\n}\n\n"
         "# Autoloaded from $fpath, the file is _grantcheck itself; sourced, it registers.\n"
         "if [ \"$funcstack[1]\" = \"_grantcheck\" ]; then\n  _grantcheck \"$@\"\nelse\n"
         "  compdef _grantcheck grantcheck\nfi\n";
  return out;
}

}  // namespace grantcheck
