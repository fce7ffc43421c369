#!/usr/bin/env python3
"""The manual page cannot drift from --help.

Every subcommand that `grantcheck [COMMAND...] --help` lists has its entry
under COMMANDS in the page, and every option it lists is documented (as a .TP
tag) under OPTIONS, in the command's own subsection or under "Common options";
the other way round, every command and option the page documents exists in
--help. The lists come from --help itself, so a new option fails this test
until the page describes it.

usage: manpage_sync.py GRANTCHECK MAN_PAGE
"""
import re
import subprocess
import sys


def help_text(binary, path):
    run = subprocess.run([binary, *path, "--help"], capture_output=True, text=True, check=False)
    if run.returncode != 0:
        sys.exit(f"{' '.join(['grantcheck', *path, '--help'])} exited {run.returncode}:\n{run.stderr}")
    return run.stdout


def parse_help(text):
    """(options, subcommands) of one --help: option names, subcommand names."""
    options, subcommands, section = set(), [], None
    for line in text.splitlines():
        if re.match(r"^\S.*:$", line):
            section = line[:-1]
        elif section == "Options" and re.match(r"^  -", line):
            options.update(line.split()[0].split(","))
        elif section == "Subcommands" and re.match(r"^  [a-z]", line):
            subcommands.append(line.split()[0])
    return options, subcommands


def commands_from_help(binary):
    """{command path (a tuple; () for grantcheck itself): (options, subcommands)}."""
    found, todo = {}, [()]
    while todo:
        path = todo.pop(0)
        options, subcommands = parse_help(help_text(binary, list(path)))
        found[path] = (options, subcommands)
        todo.extend(path + (s,) for s in subcommands)
    return found


def plain(roff):
    """A roff line as text: no macro, no quotes, no font changes, \\- as -."""
    text = re.sub(r"^\.[A-Z]+\s*", "", roff)
    text = re.sub(r"\\f[BIRP]|\\f\(..", "", text)
    return text.replace("\\-", "-").replace("\\e", "\\").replace('"', " ")


def options_in(tag):
    return set(re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", plain(tag)))


def parse_page(lines):
    """(command tags as word lists, {subsection of OPTIONS: option names})."""
    commands, options = [], {}
    section = subsection = None
    for i, line in enumerate(lines):
        if line.startswith(".SH"):
            section, subsection = plain(line).strip(), None
        elif line.startswith(".SS"):
            subsection = plain(line).strip()
            options.setdefault(subsection, set())
        elif line.startswith(".TP") and i + 1 < len(lines):
            tag = lines[i + 1]
            if section == "COMMANDS":
                commands.append(plain(tag).split())
            elif section == "OPTIONS" and subsection is not None:
                options[subsection] |= options_in(tag)
    return commands, options


def documented_command(words, cli):
    """The command (with no subcommands) that a COMMANDS tag names, or None."""
    path = ()
    for word in words:
        if path + (word,) not in cli:
            break
        path += (word,)
        if not cli[path][1]:
            return path
    return None


def main():
    binary, page_path = sys.argv[1], sys.argv[2]
    with open(page_path, encoding="utf-8") as f:
        page_commands, page_options = parse_page(f.read().splitlines())
    cli = commands_from_help(binary)
    common = page_options.get("Common options", set())
    problems = []
    # --help -> page
    for path, (options, subcommands) in cli.items():
        name = " ".join(path)
        if path and not subcommands and not any(words[: len(path)] == list(path)
                                                for words in page_commands):
            problems.append(f"command '{name}' is in --help but not under COMMANDS")
        documented = page_options.get(name, set()) | common
        for option in sorted(options - documented):
            where = f"'{name}'" if name else "grantcheck itself"
            problems.append(f"{option} of {where} is in --help but not under OPTIONS "
                            f"(.SS {name or 'Common options'}, or Common options)")
    # page -> --help
    for words in page_commands:
        if documented_command(words, cli) is None:
            problems.append(f"COMMANDS documents '{' '.join(words)}', which --help does not list")
    every_option = set().union(*(options for options, _ in cli.values()))
    for subsection, options in page_options.items():
        if subsection == "Common options":
            for option in sorted(options - every_option):
                problems.append(f"Common options documents {option}, which no --help lists")
            continue
        path = tuple(subsection.split())
        if path not in cli:
            problems.append(f"OPTIONS has a section for '{subsection}', which --help does not list")
            continue
        for option in sorted(options - cli[path][0]):
            problems.append(f"OPTIONS documents {option} for '{subsection}', "
                            f"which its --help does not list")
    for p in problems:
        print(f"{page_path}: {p}")
    if problems:
        return 1
    print(f"{page_path}: {len(cli)} commands and their options agree with --help")
    return 0


if __name__ == "__main__":
    sys.exit(main())
