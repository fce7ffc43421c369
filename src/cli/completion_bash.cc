// The bash completion script: tables of each command's subcommands, options
// and values as case statements, and one function that walks the words typed.
#include <string>
#include <vector>

#include "cli/completion_scripts.h"

namespace grantcheck {
namespace {

// The fixed part: the walk over the words, and completing one kind of value.
constexpr char kBashMain[] = R"bash(
# Completes $2 as a value of kind $1 (file, program, choice with words $3, word).
_grantcheck_complete() {
  case $1 in
    file)
      compopt -o filenames 2>/dev/null
      mapfile -t COMPREPLY < <(compgen -f -- "$2") ;;
    program)
      mapfile -t COMPREPLY < <(compgen -W "$("${COMP_WORDS[0]}" rules list --ids 2>/dev/null)" -- "$2") ;;
    choice) mapfile -t COMPREPLY < <(compgen -W "$3" -- "$2") ;;
    *) COMPREPLY=() ;;
  esac
}

_grantcheck() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local path='' word i n=0 skip=0 ended=0
  # --option=value: bash splits the words at '='.
  if [[ $cur == = ]]; then cur=''; elif [[ $prev == = ]]; then prev=${COMP_WORDS[COMP_CWORD-2]}; fi
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    if ((skip)); then
      [[ $word == = ]] || skip=0
      continue
    fi
    if ((!ended)) && [[ $word == -- ]]; then
      ended=1
    elif ((!ended)) && [[ $word == -* ]]; then
      [[ " $(_grantcheck_value_options "$path") " == *" $word "* ]] && skip=1
    elif ((n == 0)) && [[ " $(_grantcheck_subcommands "$path") " == *" $word "* ]]; then
      path=${path:+$path }$word
    else
      n=$((n + 1))
    fi
  done
  if ((!ended)) && [[ " $(_grantcheck_value_options "$path") " == *" $prev "* ]]; then
    _grantcheck_value "$path" "$prev" "$cur"
  elif ((!ended)) && [[ $cur == -* ]]; then
    _grantcheck_complete choice "$cur" "$(_grantcheck_options "$path")"
  elif ((n == 0)) && [[ -n $(_grantcheck_subcommands "$path") ]]; then
    _grantcheck_complete choice "$cur" "$(_grantcheck_subcommands "$path")"
  else
    _grantcheck_positional "$path" "$n" "$cur"
  fi
}

complete -F _grantcheck grantcheck
)bash";

std::string KindName(CompletedValue kind) {
  switch (kind) {
    case CompletedValue::kFile:
      return "file";
    case CompletedValue::kProgram:
      return "program";
    case CompletedValue::kChoice:
      return "choice";
    default:
      return "word";
  }
}

// One case: completes a value of `arg` from "$3".
std::string CompleteCall(const ArgSpec& arg) {
  std::string call = "_grantcheck_complete " + KindName(arg.value) + " \"$3\"";
  if (arg.value == CompletedValue::kChoice) call += " " + ShellQuote(JoinWords(arg.choices));
  return call;
}

// A function `name` whose case on "$1" (a command path) prints words.
std::string WordTable(const std::string& name, const std::string& comment,
                      const std::vector<CommandSpec>& commands,
                      std::string (*words)(const CommandSpec&)) {
  std::string out = "\n# " + comment + "\n" + name + "() {\n  case \"$1\" in\n";
  for (const CommandSpec& c : commands) {
    std::string w = words(c);
    if (!w.empty()) out += "    " + ShellQuote(c.path) + ") echo " + ShellQuote(w) + " ;;\n";
  }
  return out + "  esac\n}\n";
}

std::string SubcommandWords(const CommandSpec& c) {
  std::vector<std::string> names;
  for (const SubcommandName& s : c.subcommands) names.push_back(s.name);
  return JoinWords(names);
}

std::string OptionWords(const CommandSpec& c) {
  std::vector<std::string> names;
  for (const ArgSpec& o : c.options) names.insert(names.end(), o.names.begin(), o.names.end());
  return JoinWords(names);
}

std::string ValueTable(const std::vector<CommandSpec>& commands) {
  std::string out =
      "\n# Completes \"$3\" as the value of option $2 of command path $1.\n"
      "_grantcheck_value() {\n  case \"$1 $2\" in\n";
  for (const CommandSpec& c : commands) {
    for (const ArgSpec& o : c.options) {
      if (o.value == CompletedValue::kNone) continue;
      std::string patterns;
      for (const std::string& n : o.names) {
        patterns += (patterns.empty() ? "" : "|") + ShellQuote(c.path + " " + n);
      }
      out += "    " + patterns + ") " + CompleteCall(o) + " ;;\n";
    }
  }
  return out + "  esac\n}\n";
}

// Positional $2 (counted from 0) of command path $1; the last one repeats
// when it takes several values.
std::string PositionalTable(const std::vector<CommandSpec>& commands) {
  std::string out =
      "\n# Completes \"$3\" as positional argument $2 (from 0) of command path $1.\n"
      "_grantcheck_positional() {\n  case \"$1\" in\n";
  for (const CommandSpec& c : commands) {
    if (c.positionals.empty()) continue;
    out += "    " + ShellQuote(c.path) + ")\n      case $2 in\n";
    for (size_t i = 0; i < c.positionals.size(); ++i) {
      const ArgSpec& p = c.positionals[i];
      bool rest = i + 1 == c.positionals.size() && p.repeatable;
      out += "        " + (rest ? std::string("*") : std::to_string(i)) + ") " + CompleteCall(p) +
             " ;;\n";
    }
    if (!c.positionals.back().repeatable) out += "        *) COMPREPLY=() ;;\n";
    out += "      esac ;;\n";
  }
  return out + "    *) COMPREPLY=() ;;\n  esac\n}\n";
}

}  // namespace

std::string BashCompletion(const std::vector<CommandSpec>& commands) {
  std::string out =
      "# bash completion for grantcheck, written by `grantcheck completion bash` from the\n"
      "# command definitions that --help shows. Load it with:\n"
      "#   source <(grantcheck completion bash)\n";
  out += WordTable("_grantcheck_subcommands", "The subcommands of command path $1.", commands,
                   SubcommandWords);
  out += WordTable("_grantcheck_options", "The options of command path $1.", commands, OptionWords);
  out += WordTable("_grantcheck_value_options", "The options of command path $1 that take a value.",
                   commands, ValueOptionNames);
  out += ValueTable(commands);
  out += PositionalTable(commands);
  return out + kBashMain;
}

}  // namespace grantcheck
