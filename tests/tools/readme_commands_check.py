#!/usr/bin/env python3
"""Every grantcheck command in the README's sh blocks runs as written.

The README's commands name files a reader has (application.yaml, a folder of
submissions); here they are the shipped examples, copied into a temporary
directory with the rules, and each line runs there through bash with the
built grantcheck first on PATH. Status 0 or 1 (findings) is a command that
works; 2 or more, or a usage error, is a README that lies.

readme_commands_check.py GRANTCHECK SOURCE_DIR
"""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

binary = pathlib.Path(sys.argv[1]).resolve()
root = pathlib.Path(sys.argv[2]).resolve()
readme = (root / "README.md").read_text(encoding="utf-8")
commands = []
for block in re.findall(r"```sh\n(.*?)```", readme, re.S):
    commands += [line for line in block.splitlines() if re.match(r"(cat .*\| )?grantcheck ", line)]
if len(commands) < 10:
    sys.exit(f"only {len(commands)} grantcheck commands found in README.md's sh blocks")

failures = []
with tempfile.TemporaryDirectory() as tmp:
    work = pathlib.Path(tmp)
    shutil.copytree(root / "rules", work / "rules")
    shutil.copytree(root / "examples", work / "examples")
    for folder in ("submissions", "applications"):
        shutil.copytree(root / "examples", work / folder, ignore=shutil.ignore_patterns("ci"))
    for name in ("application.yaml", "draft.yaml"):
        shutil.copy(root / "examples" / "passes.yaml", work / name)
    bindir = work / "bin"
    bindir.mkdir()
    (bindir / "grantcheck").symlink_to(binary)
    env = dict(os.environ, PATH=f"{bindir}:{os.environ.get('PATH', '/usr/bin:/bin')}",
               GRANTCHECK_NO_CACHE="1")
    env.pop("GITHUB_STEP_SUMMARY", None)
    for command in commands:
        run = subprocess.run(["bash", "-c", command], cwd=work, env=env, capture_output=True,
                             text=True, timeout=120)
        ok = run.returncode in (0, 1)
        print(f"{'ok  ' if ok else 'FAIL'} ({run.returncode}) {command}")
        if not ok:
            failures.append(f"{command}\n  exit {run.returncode}: {run.stderr.strip()[:400]}")
if failures:
    sys.exit("README commands that do not run as written:\n" + "\n".join(failures))
