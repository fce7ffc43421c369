#!/usr/bin/env python3
"""The CI examples pin the current major version of every action they use.

GitHub deprecates an action's old majors (codeql-action v3 in December 2026,
the Node 20 actions before it), and a user copies examples/ci as it is. The
table holds the newest major of each action as of the date beside it; an
action missing from it, or pinned older, fails the test.

usage: ci_actions_check.py WORKFLOW...
"""
import re
import sys

# action -> (current major, when it was checked)
CURRENT = {
    "actions/checkout": (6, "2026-12-07"),
    "actions/upload-artifact": (7, "2026-12-07"),
    "github/codeql-action/upload-sarif": (4, "2026-12-07"),
}

USES = re.compile(r"^\s*(?:-\s*)?uses:\s*([^@\s]+)@v(\d+)\b")


def check(path):
    problems = []
    found = 0
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            m = USES.match(line)
            if not m:
                continue
            found += 1
            action, major = m.group(1), int(m.group(2))
            if action not in CURRENT:
                problems.append(f"{path}:{number}: {action} is not in the table of current majors")
            elif major < CURRENT[action][0]:
                problems.append(f"{path}:{number}: {action}@v{major}: the current major is "
                                f"v{CURRENT[action][0]} (checked {CURRENT[action][1]})")
    if found == 0:
        problems.append(f"{path}: no 'uses: action@vN' line found")
    return problems


def main():
    problems = [p for path in sys.argv[1:] for p in check(path)]
    for p in problems:
        print(p)
    return 1 if problems or len(sys.argv) < 2 else 0


if __name__ == "__main__":
    sys.exit(main())
