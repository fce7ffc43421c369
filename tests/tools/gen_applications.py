#!/usr/bin/env python3
"""Writes a deterministic batch of Familjen Helsingborg applications, for tests.

usage: gen_applications.py DIR [COUNT]

Writes DIR/app-0000.yaml ... (COUNT files, default 1000). The same COUNT
always gives the same bytes: every choice is arithmetic on the file's number,
nothing is random and nothing depends on the clock, so that a test can compare
two runs of grantcheck over the batch byte for byte.

About half the files pass; the others fail one or two rules each (too long a
period, too few member municipalities, a budget 0.50 off, an ordinary post,
no project leader), warn (an unknown key, a budget line without activity) or
cannot be read (a YAML syntax error, a key given twice, text where a number
belongs). Standard library only, so CI needs nothing but python3.
"""
import os
import sys

MEMBERS = ["Helsingborgs stad", "Höganäs kommun", "Ängelholm", "Bjuv", "Båstads kommun",
           "Landskrona", "Perstorp", "Klippan", "Åstorp", "Örkelljunga", "Svalöv"]
NON_MEMBERS = ["Malmö", "Lund"]
AREAS = ["livskvalitet", "digitalisering", "lärande", "klimat", "trygghet"]
TOPICS = ["digital nattillsyn", "mikrotjänster", "lärplattform", "energikartläggning",
          "trygghetsvandringar", "e-tjänster för bygglov", "fixartjänst", "läxhjälp"]


def quote(s):
    """A YAML double-quoted scalar; the generated text has no quotes or backslashes."""
    return '"' + s + '"'


def municipalities(i):
    if i % 10 == 5:  # FH-MUNICIPALITIES: one member, and a non-member that never counts
        return [MEMBERS[i % len(MEMBERS)], NON_MEMBERS[i % 2]]
    n = 2 + i % 3
    return [MEMBERS[(i + k * 3) % len(MEMBERS)] for k in range(n)]


def period(i):
    start_month = 1 + i % 6  # so that every end but the 19-month ones is within 18 months of the decision
    start = f"2026-{start_month:02d}-01"
    months = 19 if i % 10 == 3 else 6 + i % 7  # 19: FH-DURATION fails
    end_index = start_month - 1 + months - 1
    year, month = 2026 + end_index // 12, 1 + end_index % 12
    last = [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return start, f"{year}-{month:02d}-{last:02d}", months


def budget_lines(i, months):
    """Lines and their total, in öre so that the sums stay exact."""
    fte = [0.5, 0.75, 1.0][i % 3]
    personnel = int(45000 * fte * months) * 100
    lines = [
        ("personnel", "Projektledare", personnel, "A1",
         f"{{ title: Projektledare, fte: {fte}, months: {months}, ordinary: false }}"),
        ("services", "Utvärdering", (20000 + 1000 * (i % 30)) * 100, "A2", None),
        ("travel", "Resor mellan kommunerna", (5000 + 250 * (i % 9)) * 100,
         None if i % 23 == 11 else "A2", None),  # None: FH-BUDGET-ACTIVITY warns
    ]
    if i % 19 == 8:  # FH-NO-ORDINARY: the budget pays an ordinary post
        lines.append(("personnel", "Fritidsledare", int(40000 * 0.25 * months) * 100, "A1",
                      f"{{ title: Fritidsledare, fte: 0.25, months: {months}, ordinary: true }}"))
    return lines, sum(line[2] for line in lines)


def money(ore):
    return f"{ore // 100}" if ore % 100 == 0 else f"{ore // 100}.{ore % 100:02d}"


def application(i):
    start, end, months = period(i)
    towns = municipalities(i)
    owner = towns[0]
    lines, total = budget_lines(i, months)
    cofinancing = (10000 + 500 * (i % 17)) * 100
    requested = total - cofinancing + (50 if i % 7 == 2 else 0)  # FH-BUDGET-SUM: 0.50 off
    out = [
        f"# Generated application {i} (tests/tools/gen_applications.py).",
        "program: familjen-helsingborg",
        f"title: {quote(f'Projekt {i}: {TOPICS[i % len(TOPICS)]}')}",
        f"summary: {quote(f'Försök med {TOPICS[(i * 3) % len(TOPICS)]} i {len(towns)} kommuner.')}",
        f"submitted: 2025-{1 + i % 12:02d}-{1 + i % 28:02d}",
        "decision_date: 2025-12-15",
        "applicant:",
        f"  organisation: {quote('Förvaltningen i ' + owner)}",
        f"  municipality: {quote(owner)}",
        "  kind: municipal",
        "municipalities: [" + ", ".join(quote(t) for t in towns) + "]",
        "partners:",
        "  - { name: Lunds universitet, kind: academia }",
        f"areas: [{AREAS[i % 5]}, {AREAS[(i + 2) % 5]}]",
        "period:",
        f"  start: {start}",
        f"  end: {end}",
        "organisation:",
        f"  owner: {quote(owner)}",
        f"  steering_group: [{quote('Styrgrupp ' + str(i))}]",
    ]
    if i % 13 != 6:  # FH-PROJECT-LEADER: no project leader
        out.append(f"  project_leader: {quote('Projektledare ' + str(i))}")
    out += [
        f"  financial_admin: {quote(owner)}",
        "activities:",
        "  - { id: A1, name: Genomförande }",
        "  - { id: A2, name: Utvärdering och spridning }",
        "budget:",
        "  currency: SEK",
        f"  requested: {money(requested)}",
        "  cofinancing:",
        f"    - {{ source: {quote(owner)}, amount: {money(cofinancing)}, own_share: true }}",
        "  lines:",
    ]
    for category, description, amount, activity, position in lines:
        out.append(f"    - category: {category}")
        out.append(f"      description: {description}")
        out.append(f"      amount: {money(amount)}")
        if activity:
            out.append(f"      activity: {activity}")
        if position:
            out.append(f"      position: {position}")
    out += [
        "results:",
        "  expected: Färre onödiga besök och nöjdare invånare.",
        "  after_project: Införs i ordinarie verksamhet om resultaten är goda.",
        "communication:",
        "  plan: Nyhetsbrev och ett seminarium för alla medlemskommuner.",
        "  shows_funder: true",
        "risks:",
        "  - { risk: Förseningar, mitigation: Stegvis start }",
    ]
    if i % 23 == 4:  # an unknown key: a warning with "did you mean"
        out.append("comunication_plan: Se ovan.")
    return break_input(i, out)


def break_input(i, lines):
    """Every 50th file, in three ways, cannot be read or typed."""
    if i % 50 == 17:  # a YAML syntax error
        lines.insert(5, "title [unclosed")
    elif i % 50 == 29:  # a key given twice
        lines.insert(3, "title: Samma nyckel två gånger")
    elif i % 50 == 41:  # text where a number belongs
        lines = [("  requested: många kronor" if l.startswith("  requested:") else l) for l in lines]
    return "\n".join(lines) + "\n"


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__, file=sys.stderr)
        return 2
    directory, count = argv[1], int(argv[2]) if len(argv) == 3 else 1000
    os.makedirs(directory, exist_ok=True)
    for i in range(count):
        with open(os.path.join(directory, f"app-{i:04d}.yaml"), "w", encoding="utf-8") as f:
            f.write(application(i))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
