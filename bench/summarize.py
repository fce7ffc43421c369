#!/usr/bin/env python3
"""The comparison table from one run of the peers' bench.sh, with ratios.

    summarize.py RESULTS.jsonl [RESULTS.jsonl ...] --files N --memory MEM.tsv [--load TEXT]

RESULTS.jsonl are pairbench.py's records (bench.sh writes them to
PEERS/results/); rows are taken from the labels "latency NAME" and "10k NAME".
N is the number of files in the 10k set. MEM.tsv holds "NAME<TAB>KiB" lines
(grantcheck's 1k run as "grantcheck-1k", to show that memory stays flat),
the peak resident memory of one 10k run of each command measured by
/usr/bin/time (pairbench's own peak figures cannot read below its ~15 MiB).
Prints a Markdown table (medians) and the goals of issue 20, met or missed
(docs/performance.md), with the one of issue 9 still worth watching.

bench.sh runs every command paired, run by run, with the yaml-cpp floor (B),
so that the machine's drift hits both sides of a pair. The ratios between
grantcheck and the others are therefore given twice: from the medians of each
command's own wall times, and paired: median(A/B) of the one over median(A/B)
of the other, which cancels a slower or faster spell during one command's
runs. Goals on ratios are judged on the paired figure; the absolute ones
(milliseconds) on the medians. Standard library only.
"""
import argparse
import json
import statistics

PEERS = ["reference-py", "reference-py-libyaml", "json-rules-engine", "cel-js", "zen-engine"]
FLOORS = ["floor-cat", "floor-libyaml"]
SHOWN = {
    "grantcheck": "grantcheck (jsonl, --jobs 2)",
    "grantcheck-cold": "grantcheck, rule cache off",
    "reference-py": "Python + PyYAML (oracle)",
    "reference-py-libyaml": "Python + PyYAML, libyaml loader",
    "json-rules-engine": "json-rules-engine",
    "cel-js": "cel-js",
    "zen-engine": "zen-engine",
    "floor-cat": "floor: cat",
    "floor-libyaml": "floor: libyaml events",
    "floor-yaml-cpp": "floor: yaml-cpp node trees",
}


def load(paths):
    """Medians {(suite, name): wall seconds of A} plus the yaml-cpp floor as B,
    and {(suite, name): median of A/B over the pairs} where runs were paired."""
    walls, pairs, cpus = {}, {}, {}
    for path in paths:
        with open(path) as f:
            for line in f:
                rec = json.loads(line)
                suite, _, name = rec["label"].partition(" ")
                walls[(suite, name)] = [r["wall"] for r in rec["runs"][0]]
                cpus[(suite, name)] = statistics.median(r["cpu"] for r in rec["runs"][0])
                if rec.get("b") and len(rec["runs"]) > 1:
                    walls.setdefault((suite, "floor-yaml-cpp"), []).extend(
                        r["wall"] for r in rec["runs"][1])
                    pairs[(suite, name)] = statistics.median(
                        a["wall"] / b["wall"] for a, b in zip(rec["runs"][0], rec["runs"][1]))
    return {k: statistics.median(v) for k, v in walls.items() if v}, pairs, cpus


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("results", nargs="+")
    ap.add_argument("--files", type=int, required=True)
    ap.add_argument("--memory", required=True)
    ap.add_argument("--load", default="")
    o = ap.parse_args()
    med, pairs, cpu = load(o.results)
    mem = {}
    with open(o.memory) as f:
        for line in f:
            name, kib = line.split()
            mem[name] = int(kib) / 1024.0
    lat = {n: med[("latency", n)] for (s, n) in med if s == "latency"}
    thr = {n: o.files / med[("10k", n)] for (s, n) in med if s == "10k"}
    gl, gt = lat.get("grantcheck"), thr.get("grantcheck")

    def paired(suite, name):
        """How many times longer `name` takes than grantcheck, from the pairs."""
        a, g = pairs.get((suite, name)), pairs.get((suite, "grantcheck"))
        return a / g if a and g else None

    print("| | 1 file, ms | grantcheck faster by (paired) | 10k, files/s "
          "| grantcheck's throughput / this (paired) | peak MiB (10k) |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in ["grantcheck", "grantcheck-cold"] + PEERS + FLOORS + ["floor-yaml-cpp"]:
        if name not in lat and name not in thr:
            continue
        l, t, m = lat.get(name), thr.get(name), mem.get(name)
        pl, pt = paired("latency", name), paired("10k", name)
        other = not name.startswith("grantcheck")
        print("| %s | %s | %s | %s | %s | %s |" % (
            SHOWN.get(name, name),
            "%.1f" % (l * 1e3) if l else "",
            ("%.1f×" % (l / gl) + (" (%.1f×)" % pl if pl else "")) if l and gl and other else "",
            "{:,.0f}".format(t) if t else "",
            ("%.2f" % (gt / t) + (" (%.2f)" % pt if pt else "")) if t and gt and other else "",
            "%.1f" % m if m else ""))
    peers_lat = {n: lat[n] for n in PEERS if n in lat}
    peers_thr = {n: thr[n] for n in PEERS if n in thr}
    peers_mem = {n: mem[n] for n in PEERS if n in mem}
    if not (gl and gt and peers_lat and peers_thr):
        print("\n(incomplete run: no goals judged)")
        return 1
    fastest_lat = min(peers_lat, key=peers_lat.get)
    fastest_thr = max(peers_thr, key=peers_thr.get)

    def judged(suite, name, unpaired):
        """The paired ratio when there is one, else the ratio of the medians."""
        p = paired(suite, name)
        return (p, "%.2f paired, %.2f from the medians" % (p, unpaired)) if p else (
            unpaired, "%.2f from the medians" % unpaired)

    def share(suite, name, of):
        """grantcheck's time as a share of `of`'s, paired when it can be."""
        p = paired(suite, of)
        base = lat if suite == "latency" else {n: o.files / t for n, t in thr.items()}
        unpaired = base["grantcheck"] / base[of]
        return (1 / p, "%.2f× paired, %.2f× from the medians" % (1 / p, unpaired)) if p else (
            unpaired, "%.2f× from the medians" % unpaired)

    def cpu_share(suite, of):
        """grantcheck's CPU time (user + system) over `of`'s, median of each."""
        a, b = cpu.get((suite, "grantcheck")), cpu.get((suite, of))
        return (a / b, "%.2f× (%.2f s against %.2f s)" % (a / b, a, b)) if a and b else (None, "")

    # The goals of issue 20 (docs/performance.md): ratios judged on the pairs.
    goals = []
    py = "reference-py-libyaml" if "reference-py-libyaml" in lat else fastest_lat
    r, text = share("latency", "grantcheck", py)
    goals.append(("one application (rule cache warm) ≤ 0.10× the wall time of %s" % py, r <= 0.10,
                  "%s; %.1f ms against %.1f ms" % (text, gl * 1e3, lat[py] * 1e3)))
    if "floor-libyaml" in lat:
        r, text = share("latency", "grantcheck", "floor-libyaml")
        goals.append(("one application ≤ 2× the libyaml event-parse floor of the same file",
                      r <= 2, "%s; %.1f ms against %.1f ms" % (text, gl * 1e3, lat["floor-libyaml"] * 1e3)))
    if "cel-js" in thr:
        r, text = share("10k", "grantcheck", "cel-js")
        goals.append(("10,000 applications ≤ 0.33× the wall time of cel-js", r <= 0.33, text))
    if "floor-libyaml" in thr:
        r, text = share("10k", "grantcheck", "floor-libyaml")
        goals.append(("10,000 applications ≤ 1.5× the libyaml floor's wall time", r <= 1.5, text))
        c, ctext = cpu_share("10k", "floor-libyaml")
        if c:
            goals.append(("10,000 applications ≤ 2.5× the libyaml floor's CPU time", c <= 2.5, ctext))
    if "grantcheck" in mem:
        small = mem.get("grantcheck-1k")
        flat = small is None or mem["grantcheck"] <= small * 1.1
        goals.append(("peak memory on 10k under 16 MiB, and flat (10k within 10 % of 1k)",
                      mem["grantcheck"] < 16 and flat,
                      "%.1f MiB on 10k%s" % (mem["grantcheck"],
                                             ", %.1f MiB on 1k" % small if small else "")))
    goals.append(("(issue 9) ≥ 2× the throughput of the fastest peer on 10k (%s)" % fastest_thr,
                  None, judged("10k", fastest_thr, gt / peers_thr[fastest_thr])[1]))
    cold = lat.get("grantcheck-cold")
    if cold:
        p = pairs.get(("latency", py)), pairs.get(("latency", "grantcheck-cold"))
        goals.append(("(not a goal) one application with the rule cache off: %.1f ms, %s× faster "
                      "than %s" % (cold * 1e3, "%.1f" % (p[0] / p[1]) if all(p) else
                                   "%.1f" % (peers_lat[py] / cold), py),
                      None, "the first run of a rule file, or GRANTCHECK_NO_CACHE=1"))
    print()
    for text, ok, figure in goals:
        if ok is None:
            print("- %s: %s" % (text, figure))
            continue
        print("- %s %s: %s" % ("met" if ok else "MISSED", text, figure))
    if o.load:
        print("\nLoad: %s" % o.load)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
