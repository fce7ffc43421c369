#!/usr/bin/env python3
"""Where grantcheck's FH-core verdicts differ from the oracle's, rule by rule.

    verdict_diff.py REFERENCE.txt GRANTCHECK.txt

Both files hold "file: RULE,RULE" / "file: ok" lines (peers/reference.py and
fh_core.py). Prints the number of applications compared, then, for each rule,
how many applications only one side fails, with a few file names. Exits 1
when they differ. Standard library only.
"""
import sys

RULES = ["FH-DURATION", "FH-MUNICIPALITIES", "FH-BUDGET-SUM",
         "FH-NO-ORDINARY", "FH-MATERIAL", "FH-FINANCIAL-ADMIN"]


def read(path):
    verdicts = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            name, _, v = line.rstrip("\n").partition(": ")
            if name == "summary":
                continue
            verdicts[name] = set() if v == "ok" else {v} if v.startswith("ERROR") else set(v.split(","))
    return verdicts


def main(argv):
    ref, ours = read(argv[1]), read(argv[2])
    names = sorted(set(ref) | set(ours))
    missing = [n for n in names if n not in ref or n not in ours]
    same = sum(ref.get(n) == ours.get(n) for n in names)
    print("%d applications; %d with the same verdicts on all six rules" % (len(names), same))
    if missing:
        print("  only on one side: %d (%s)" % (len(missing), ", ".join(missing[:5])))
    differ = False
    for rule in RULES:
        only_ref = [n for n in names if rule in ref.get(n, set()) and rule not in ours.get(n, set())]
        only_ours = [n for n in names if rule in ours.get(n, set()) and rule not in ref.get(n, set())]
        differ |= bool(only_ref or only_ours)
        print("  %-19s oracle fails %5d, grantcheck %5d; only the oracle: %d%s; only grantcheck: %d%s" % (
            rule, sum(rule in ref.get(n, set()) for n in names),
            sum(rule in ours.get(n, set()) for n in names),
            len(only_ref), " (%s)" % ", ".join(only_ref[:3]) if only_ref else "",
            len(only_ours), " (%s)" % ", ".join(only_ours[:3]) if only_ours else ""))
    return 1 if differ or missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
