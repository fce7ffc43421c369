#!/usr/bin/env python3
"""grantcheck's verdicts on the six FH-core checks, in the peers' oracle format.

    fh_core.py GRANTCHECK RULES_FILE DIR     # prints "file: RULE,RULE" / "file: ok", then a summary

Runs `GRANTCHECK check --rules RULES_FILE --format jsonl DIR` and keeps, of
each application's findings, the six rules the peer harness implements
(FH-DURATION, FH-MUNICIPALITIES, FH-BUDGET-SUM, FH-NO-ORDINARY, FH-MATERIAL,
FH-FINANCIAL-ADMIN). A rule counts as failed when its status is fail, unknown
or error: outside --draft an unknown result fails (docs/applications.md), as in the
oracle. The output is diffable with `peers/reference.py DIR`, so this script
also serves as the peers' compare.sh PRODUCT_CMD. Standard library only.
"""
import json
import os
import subprocess
import sys

RULES = ["FH-DURATION", "FH-MUNICIPALITIES", "FH-BUDGET-SUM",
         "FH-NO-ORDINARY", "FH-MATERIAL", "FH-FINANCIAL-ADMIN"]
FAILING = {"fail", "unknown", "error"}


def verdict(app):
    """The failed FH-core rule ids of one jsonl object, or an ERROR text."""
    if app["status"] == "input_error":
        return "ERROR " + "; ".join(f["message"] for f in app["findings"])
    status = {f["rule"]: f["status"] for f in app["findings"]}
    return ",".join(r for r in RULES if status.get(r) in FAILING) or "ok"


def main(argv):
    if len(argv) != 4:
        sys.stderr.write(__doc__)
        return 2
    binary, rules, folder = argv[1:]
    run = subprocess.run([binary, "check", "--rules", rules, "--format", "jsonl", folder],
                         stdout=subprocess.PIPE, check=False)
    if run.returncode > 1 and not run.stdout:
        return run.returncode
    lines, passed, errors = [], 0, 0
    per_rule = dict.fromkeys(RULES, 0)
    for line in run.stdout.decode("utf-8").splitlines():
        app = json.loads(line)
        v = verdict(app)
        errors += v.startswith("ERROR ")
        passed += v == "ok"
        for rule in v.split(",") if not v.startswith("ERROR ") else []:
            if rule in per_rule:
                per_rule[rule] += 1
        lines.append((os.path.basename(app["file"]), v))
    out = ["%s: %s" % nv for nv in sorted(lines)]
    out.append("summary: %d applications, %d pass, %d fail, %d error; %s" % (
        len(lines), passed, len(lines) - passed - errors, errors,
        " ".join("%s=%d" % kv for kv in per_rule.items())))
    sys.stdout.write("\n".join(out) + "\n")
    return 0 if passed == len(lines) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
