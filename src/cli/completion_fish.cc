// The fish completion script: a function that finds the subcommand typed so
// far, and one `complete` line per subcommand, option and positional choice.
#include <string>
#include <vector>

#include "cli/completion_scripts.h"

namespace grantcheck {
namespace {

// `text` in fish's single quotes, where \ and ' are escaped.
std::string FishQuote(const std::string& text) {
  std::string out = "'";
  for (char c : text) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  return out + "'";
}

constexpr char kFishPath[] = R"fish(
# The subcommand path typed so far ("", "check", "rules list"), option values skipped.
function __grantcheck_path
    set -l path ''
    set -l skip 0
    set -l words (commandline -opc)
    set -e words[1]
    for word in $words
        if test $skip = 1
            set skip 0
        else if string match -q -- '-*' $word
            contains -- $word (__grantcheck_value_options $path); and set skip 1
        else if contains -- $word (__grantcheck_subcommands $path)
            set path (string trim -- "$path $word")
        else
            break
        end
    end
    echo $path
end

function __grantcheck_at
    set -l path (__grantcheck_path)
    test "$path" = "$argv[1]"
end

# The program ids on the rules path, asked of the grantcheck being completed.
function __grantcheck_programs
    set -l cmd (commandline -opc)
    $cmd[1] rules list --ids 2>/dev/null
end
)fish";

// A function printing, one a line, the words `words` gives for each command path.
std::string WordSwitch(const std::string& name, const std::vector<CommandSpec>& commands,
                       std::string (*words)(const CommandSpec&)) {
  std::string out = "\nfunction " + name + "\n    switch $argv[1]\n";
  for (const CommandSpec& c : commands) {
    std::string w = words(c);
    if (w.empty()) continue;
    out += "        case " + FishQuote(c.path) + "\n            string split ' ' -- " +
           FishQuote(w) + "\n";
  }
  return out + "    end\nend\n";
}

std::string Subcommands(const CommandSpec& c) {
  std::vector<std::string> names;
  for (const SubcommandName& s : c.subcommands) names.push_back(s.name);
  return JoinWords(names);
}

std::string Complete(const CommandSpec& c, const std::string& rest) {
  return "complete -c grantcheck -n " + FishQuote("__grantcheck_at " + FishQuote(c.path)) + rest +
         "\n";
}

std::string ValueFlags(const ArgSpec& arg) {
  switch (arg.value) {
    case CompletedValue::kNone:
      return "";
    case CompletedValue::kFile:
      return " -r -F";
    case CompletedValue::kProgram:
      return " -x -a '(__grantcheck_programs)'";
    case CompletedValue::kChoice:
      return " -x -a " + FishQuote(JoinWords(arg.choices));
    default:
      return " -x";
  }
}

std::string OptionLine(const CommandSpec& c, const ArgSpec& o) {
  std::string names;
  for (const std::string& n : o.names) {
    names += n.starts_with("--") ? " -l " + n.substr(2) : " -s " + n.substr(1);
  }
  return Complete(c, names + ValueFlags(o) + " -d " + FishQuote(o.description));
}

// Subcommands and positionals: choices are offered; file names only where a
// positional takes them (-f turns fish's default file names off).
std::string ArgumentLines(const CommandSpec& c) {
  std::string out;
  bool files = false;
  for (const SubcommandName& s : c.subcommands) {
    out += Complete(c, " -f -a " + FishQuote(s.name) + " -d " + FishQuote(s.description));
  }
  for (const ArgSpec& p : c.positionals) {
    files |= p.value == CompletedValue::kFile;
    if (p.value == CompletedValue::kChoice)
      out += Complete(c, " -f -a " + FishQuote(JoinWords(p.choices)));
    if (p.value == CompletedValue::kProgram) out += Complete(c, " -f -a '(__grantcheck_programs)'");
  }
  if (!files) out += Complete(c, " -f");
  return out;
}

}  // namespace

std::string FishCompletion(const std::vector<CommandSpec>& commands) {
  std::string out =
      "# fish completion for grantcheck, written by `grantcheck completion fish` from the\n"
      "# command definitions that --help shows. Load it with:\n"
      "#   grantcheck completion fish | source\n";
  out += WordSwitch("__grantcheck_subcommands", commands, Subcommands);
  out += WordSwitch("__grantcheck_value_options", commands, ValueOptionNames);
  out += kFishPath;
  out += "\n";
  for (const CommandSpec& c : commands) {
    out += ArgumentLines(c);
    for (const ArgSpec& o : c.options) out += OptionLine(c, o);
  }
  return out;
}

}  // namespace grantcheck
