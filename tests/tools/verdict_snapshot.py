#!/usr/bin/env python3
"""Verdicts and messages of the shipped rule files, against a committed snapshot.

usage: verdict_snapshot.py GRANTCHECK REPO SNAPSHOT [--write]

Checks every application of REPO/examples (in the program's language and in
English, keeping each finding's status and message) and 1,000 generated
Familjen Helsingborg applications (tests/tools/gen_applications.py; per
rule and status, how many applications and a digest of which) with REPO/rules, on a fixed date. With --write, the
lines go to SNAPSHOT; without, they are compared with it: any verdict that
differs fails, and so does a message that differs unless its rule is named in
REPO/tests/rules/message_improvements.txt with the improvement. The snapshot
was written with the binary of the commit before the rule files were
rewritten with named values and message variants (issue 22), so the test
shows that the rewrite kept every verdict. Standard library only.
"""
import glob
import hashlib
import json
import os
import subprocess
import sys
import tempfile

TODAY = "2026-12-07"


def run(grantcheck, repo, paths, lang=None):
    cmd = [grantcheck, "check", "--rules", os.path.join(repo, "rules"), "--today", TODAY,
           "--format", "jsonl", "-j", "2"]
    if lang:
        cmd += ["--lang", lang]
    env = dict(os.environ, GRANTCHECK_NO_CACHE="1")
    out = subprocess.run(cmd + ["--"] + paths, capture_output=True, text=True, env=env,
                         check=False).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def lines(grantcheck, repo):
    out = []
    examples = sorted(glob.glob(os.path.join(repo, "examples", "**", "*.yaml"), recursive=True))
    for lang in (None, "en"):
        for report in run(grantcheck, repo, examples, lang):
            name = os.path.relpath(report["file"], repo)
            for f in report.get("findings", []):
                out.append("\t".join([name, lang or "-", f["rule"], f["status"],
                                      f.get("message") or ""]))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(repo, "tests", "tools", "gen_applications.py"),
                        tmp, "1000"], check=True)
        apps = sorted(glob.glob(os.path.join(tmp, "*.yaml")))
        # Per rule and status: how many applications, and a digest of which.
        verdicts = {}
        for report in run(grantcheck, repo, apps):
            for f in report.get("findings", []):
                verdicts.setdefault((f["rule"], f["status"]), []).append(
                    os.path.basename(report["file"]))
        for (rule, status), names in sorted(verdicts.items()):
            digest = hashlib.sha256("\n".join(sorted(names)).encode()).hexdigest()[:16]
            out.append("\t".join(["bench", "-", rule, status, f"{len(names)} {digest}"]))
    return out


def improved_rules(repo):
    path = os.path.join(repo, "tests", "rules", "message_improvements.txt")
    rules = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                rules.add(line.split()[0])
    return rules


def compare(old, new, improved):
    def key(line):
        return tuple(line.split("\t")[:4])
    before = {key(l): l for l in old}
    after = {key(l): l for l in new}
    problems = []
    for k in sorted(set(before) | set(after)):
        if k not in before or k not in after:
            problems.append(("verdict", k, before.get(k), after.get(k)))
        elif k[0] == "bench" and before[k] != after[k]:
            problems.append(("verdict", k, before[k], after[k]))
        elif before[k] != after[k] and k[2] not in improved:
            problems.append(("message", k, before[k], after[k]))
    for kind, k, a, b in problems[:40]:
        print(f"{kind} differs for {' '.join(k)}:\n  before: {a}\n  after:  {b}")
    return not problems


def main(argv):
    if len(argv) < 4:
        print(__doc__)
        return 2
    grantcheck, repo, snapshot = argv[1:4]
    new = lines(grantcheck, repo)
    if "--write" in argv:
        with open(snapshot, "w", encoding="utf-8") as f:
            f.write("\n".join(new) + "\n")
        print(f"wrote {len(new)} lines")
        return 0
    with open(snapshot, encoding="utf-8") as f:
        old = f.read().splitlines()
    ok = compare(old, new, improved_rules(repo))
    print(f"{len(new)} findings compared with {len(old)}: {'same' if ok else 'DIFFERENT'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
