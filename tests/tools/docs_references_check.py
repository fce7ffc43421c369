#!/usr/bin/env python3
"""The docs stand alone: README.md, docs/ and the rule files cite no document
outside the repository (the first product spec, "SPEC §…", is not in it), and
every relative link of README.md and docs/ names a file that exists.

docs_references_check.py SOURCE_DIR
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
pages = [root / "README.md", *sorted((root / "docs").glob("*.md"))]
rule_files = sorted((root / "rules").glob("*.toml")) + sorted((root / "rules").glob("*.tests.yaml"))
problems = []
for path in pages + rule_files:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if re.search(r"SPEC( §|\.md| section)", line):
            problems.append(f"{path}:{n}: cites a document outside the repository: {line.strip()}")
for page in pages:
    text = page.read_text(encoding="utf-8")
    for m in re.finditer(r"\]\(([^)#\s]+)(#[^)]*)?\)", text):
        target = m.group(1)
        if re.match(r"[a-z]+:", target):  # https:, mailto:
            continue
        if not (page.parent / target).exists():
            line = text.count("\n", 0, m.start()) + 1
            problems.append(f"{page}:{line}: link to {target}, which does not exist")
print("\n".join(problems) or f"{len(pages)} pages and {len(rule_files)} rule files: no outside reference, no broken link")
sys.exit(1 if problems else 0)
