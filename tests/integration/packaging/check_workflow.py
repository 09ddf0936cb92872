#!/usr/bin/env python3
"""Checks .github/workflows/release.yml: the YAML parses, the three platform jobs build on the
runners the release needs, test, and upload the packages; every script a step calls exists and
parses (bash -n; PowerShell's own parser when pwsh is installed, else a structural check).

    check_workflow.py SOURCE_DIR        exit 0 pass, 1 fail, 77 skipped (no PyYAML)
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import yaml
except ImportError:
    print("SKIPPED: PyYAML is not installed (Debian: python3-yaml)")
    sys.exit(77)

source_dir = os.path.abspath(sys.argv[1])
workflow_path = os.path.join(source_dir, ".github", "workflows", "release.yml")
failures = []


def check(condition, message):
    print(("ok: " if condition else "FAIL: ") + message)
    if not condition:
        failures.append(message)
    return condition


with open(workflow_path, encoding="utf-8") as f:
    workflow = yaml.safe_load(f)
check(isinstance(workflow, dict), "release.yml parses to a mapping")

# PyYAML reads the bare key `on` as the boolean True.
triggers = workflow.get("on", workflow.get(True)) or {}
check("workflow_dispatch" in triggers, "the workflow can be started by hand")
check("tags" in (triggers.get("push") or {}), "pushing a version tag builds a release")

jobs = workflow.get("jobs") or {}
expected = {
    # job: (runner pattern, script it must run, artifact patterns it must upload)
    "linux": (r"ubuntu-", "installer/ci/build-linux.sh", ["*.deb", "*.tar.gz"]),
    "windows": (r"^windows-latest$", "installer/ci/build-windows.ps1", ["*.exe"]),
    "macos": (r"^macos-latest$", "installer/ci/build-macos.sh", ["*.dmg"]),
}
scripts = set()
for name, (runner, script, artifacts) in expected.items():
    job = jobs.get(name)
    if not check(isinstance(job, dict), f"job '{name}' exists"):
        continue
    check(re.search(runner, str(job.get("runs-on", ""))) is not None,
          f"job '{name}' runs on {runner} (has {job.get('runs-on')})")
    steps = job.get("steps") or []
    check(all(isinstance(s, dict) and ("uses" in s or "run" in s) for s in steps),
          f"every step of '{name}' uses an action or runs a command")
    uses = [s.get("uses", "") for s in steps]
    check(any(u.startswith("actions/checkout@") for u in uses), f"'{name}' checks out the code")
    if name != "linux":
        qt = [s for s in steps if str(s.get("uses", "")).startswith("jurplel/install-qt-action@")]
        check(len(qt) == 1, f"'{name}' installs Qt with install-qt-action")
        version = str(workflow.get("env", {}).get("QT_VERSION", ""))
        check(re.match(r"^6\.(\d+)", version) is not None and int(version.split(".")[1]) >= 5,
              f"'{name}' uses a current Qt 6 ({version})")
    runs = "\n".join(str(s.get("run", "")) for s in steps)
    check(script in runs, f"'{name}' runs {script}")
    for match in re.finditer(r"installer/ci/[\w.-]+", runs):
        scripts.add(match.group(0))
    uploads = [s for s in steps if str(s.get("uses", "")).startswith("actions/upload-artifact@")]
    if check(len(uploads) >= 1, f"'{name}' uploads artifacts"):
        with_ = uploads[-1].get("with") or {}
        paths = str(with_.get("path", ""))
        for pattern in artifacts:
            check(pattern in paths, f"'{name}' uploads {pattern}")
        check(with_.get("if-no-files-found") == "error",
              f"'{name}' fails when there is no package to upload")
    # Inline bash in run: blocks must parse too.
    for step in steps:
        if "run" in step and step.get("shell", "bash") == "bash":
            result = subprocess.run(["bash", "-n"], input=str(step["run"]), text=True,
                                    capture_output=True)
            check(result.returncode == 0,
                  f"'{name}' step '{step.get('name')}' is valid bash {result.stderr.strip()}")


def structural_powershell_check(path, text):
    """Without pwsh: brackets balance outside strings and comments, errors stop the script."""
    stack, pairs = [], {")": "(", "}": "{", "]": "["}
    i, line = 0, 1
    while i < len(text):
        c = text[i]
        if c == "\n":
            line += 1
        if c == "#":
            i = text.find("\n", i)
            i = len(text) if i < 0 else i
            continue
        if text.startswith("<#", i):
            end = text.find("#>", i)
            if end < 0:
                check(False, f"{path}:{line}: block comment not closed")
                return
            line += text.count("\n", i, end)
            i = end + 2
            continue
        if c in "'\"":
            j = i + 1
            while j < len(text) and text[j] != c:
                if c == '"' and text[j] == "`":
                    j += 1
                j += 1
            if j >= len(text):
                check(False, f"{path}:{line}: string not closed")
                return
            line += text.count("\n", i, j)
            i = j + 1
            continue
        if c in "({[":
            stack.append((c, line))
        elif c in ")}]":
            if not stack or stack[-1][0] != pairs[c]:
                check(False, f"{path}:{line}: unbalanced '{c}'")
                return
            stack.pop()
        i += 1
    check(not stack, f"{path}: brackets balance" + (f" (open at line {stack[-1][1]})" if stack else ""))
    check("$ErrorActionPreference = 'Stop'" in text, f"{path}: stops on the first error")
    check(re.search(r"\$LASTEXITCODE", text) is not None, f"{path}: checks native exit codes")


for script in sorted(scripts):
    path = os.path.join(source_dir, script)
    if not check(os.path.isfile(path), f"{script} exists"):
        continue
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if script.endswith(".sh"):
        check(text.startswith("#!/usr/bin/env bash"), f"{script} is a bash script")
        check("set -euo pipefail" in text, f"{script} stops on the first error")
        result = subprocess.run(["bash", "-n", path], capture_output=True, text=True)
        check(result.returncode == 0, f"{script} passes bash -n {result.stderr.strip()}")
    elif script.endswith(".ps1"):
        pwsh = shutil.which("pwsh")
        if pwsh:
            command = ("$e=$null; [System.Management.Automation.Language.Parser]::ParseFile("
                       f"'{path}', [ref]$null, [ref]$e) | Out-Null; "
                       "if ($e.Count) { $e | ForEach-Object { $_.ToString() }; exit 1 }")
            result = subprocess.run([pwsh, "-NoProfile", "-Command", command],
                                    capture_output=True, text=True)
            check(result.returncode == 0, f"{script} parses with pwsh {result.stdout.strip()}")
        else:
            print(f"note: pwsh is not installed: {script} gets a structural check only")
            structural_powershell_check(script, text)
    # Every script runs the tests before it packages.
    check(re.search(r"ctest|\./dev test", text) is not None, f"{script} runs the test suite")
    check("cpack" in text or "./dev package" in text, f"{script} builds the packages")

check(len(scripts) == 3, f"the workflow calls three platform scripts ({len(scripts)})")
if failures:
    print(f"{len(failures)} check(s) failed")
    sys.exit(1)
print("PASS: release.yml and its scripts")
