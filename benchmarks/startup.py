"""Start-up of the command line: `ydelsestjek --help`, the imports of `ydelsestjek run --candidate reference`, and
that whole default run (every approved golden of every benefit against the in-process reference, the sample stage's
fresh cases, evidence pack written) and the same run without the sample stage, each as a user runs it: a fresh
process, the bytecode compiled by scripts/bootstrap.sh.

Imports are measured two ways over the whole run, lazy imports included: the CPU time spent inside top-level
imports (a wrapper around `__import__` and `importlib.import_module`; CPU time is what other processes on a busy
machine disturb least), and `python -X importtime` (wall clock; the largest imports by name). Wall and CPU times
of the commands are the best of --repeat runs. Prints what it measured and the machine's load and pace; asserts
nothing.

    uv run python benchmarks/startup.py [--repeat 7]

With --baseline DIR (a checkout of an earlier commit, e.g. `git worktree add --detach /tmp/before main`; its
bytecode compiled with `python -m compileall -q harness adapters` there), the run with the shipped policy is measured
side by side instead: this checkout and DIR alternating, both on this interpreter and environment (DIR first on the
module path), each with its own state folder so neither forgets the other's remembered golden check; CPU times of
the run's process and of its imports, best and median of --repeat rounds. Under load, compare these ratios.

    uv run python benchmarks/startup.py --baseline /tmp/before --repeat 5
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from audit_common import REPO, machine, ydelsestjek

TOP = re.compile(r"^import time:\s+\d+ \|\s+(\d+) \| (\S.*)$")   # a top-level import: no indent before its name


def timed(cmd: list[str], cwd: Path = REPO, env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of cmd."""
    t0 = time.perf_counter()
    before = os.times()
    subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    after = os.times()
    return time.perf_counter() - t0, (after.children_user - before.children_user) + (after.children_system - before.children_system)


DRIVER = r"""
import builtins, importlib, sys, time
spent, depth = [0.0], [0]
def wrap(real):
    def imp(*args, **kwargs):
        if depth[0] == 0:
            t = time.process_time()
        depth[0] += 1
        try:
            return real(*args, **kwargs)
        finally:
            depth[0] -= 1
            if depth[0] == 0:
                spent[0] += time.process_time() - t
    return imp
builtins.__import__ = wrap(builtins.__import__)
importlib.import_module = wrap(importlib.import_module)
sys.argv = ["ydelsestjek", *sys.argv[1:]]
try:
    from harness.cli import main
    main()
except SystemExit:
    pass
finally:
    sys.stderr.write(f"IMPORT-CPU {spent[0]:.4f}\n")
"""


def import_cpu(args: list[str], cwd: Path = REPO, env: dict[str, str] | None = None) -> float:
    proc = subprocess.run([sys.executable, "-c", DRIVER, *args], cwd=cwd, env=env, capture_output=True, text=True,
                          check=False)
    return float(proc.stderr.rsplit("IMPORT-CPU ", 1)[1].split()[0])


def imports(cmd: list[str]) -> tuple[float, list[tuple[float, str]]]:
    proc = subprocess.run([sys.executable, "-X", "importtime", *cmd], cwd=REPO, capture_output=True, text=True, check=False)
    tops = [(int(m.group(1)) / 1e6, m.group(2)) for m in map(TOP.match, proc.stderr.splitlines()) if m]
    return sum(t for t, _ in tops), sorted(tops, reverse=True)[:8]


def side_by_side(baseline: Path, repeat: int, out: Path) -> None:
    """The run with the shipped policy, this checkout and `baseline` alternating (see the module docstring)."""
    trees = {"before (" + str(baseline) + ")": baseline.resolve(), "this checkout": REPO}
    args = ["run", "--candidate", "reference", "--out", str(out / "pakker"), "--policy", "policies/default.yaml"]
    envs = {name: {**os.environ, "PYTHONPATH": str(tree), "YDELSESTJEK_STATE_DIR": str(out / f"state-{i}")}
            for i, (name, tree) in enumerate(trees.items())}
    for name, tree in trees.items():      # the first run of each checks and remembers its goldens
        timed([sys.executable, "-m", "harness.cli", *args], tree, envs[name])
    cpu: dict[str, list[float]] = {name: [] for name in trees}
    imp: dict[str, list[float]] = {name: [] for name in trees}
    print(f"machine before: {machine()}")
    for _ in range(repeat):
        for name, tree in trees.items():
            cpu[name].append(timed([sys.executable, "-m", "harness.cli", *args], tree, envs[name])[1])
            imp[name].append(import_cpu(args, tree, envs[name]))
    for name in trees:
        c, i = sorted(cpu[name]), sorted(imp[name])
        print(f"{name}: run --candidate reference CPU best {c[0]:.3f} s (median {c[len(c) // 2]:.3f}); "
              f"imports CPU best {i[0]:.3f} s (median {i[len(i) // 2]:.3f})")
    print(f"machine after:  {machine()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--baseline", type=Path, help="an earlier checkout, measured side by side with this one")
    args = parser.parse_args()
    out = Path(tempfile.mkdtemp(prefix="startup-"))
    if args.baseline:
        side_by_side(args.baseline, args.repeat, out)
        return
    exe = ydelsestjek()
    shipped = REPO / "policies" / "default.yaml"
    no_sample = out / "uden-stikproeve.yaml"   # the same policy without the sample stage, to show what it costs
    no_sample.write_text(shipped.read_text(encoding="utf-8").replace("sample_cases_per_benefit: 200",
                                                                     "sample_cases_per_benefit: 0"), encoding="utf-8")
    run = [exe, "run", "--candidate", "reference", "--out", str(out)]
    print(f"machine before: {machine()}")
    for title, cmd in (("ydelsestjek --help", [exe, "--help"]),
                       ("ydelsestjek run --candidate reference (shipped policy: 600 generated sample cases, up to "
                        "600 neighbours of the scenarios, the invalid cases in their stream)",
                        [*run, "--policy", str(shipped)]),
                       ("the same run without the sample stage", [*run, "--policy", str(no_sample)])):
        runs = [timed(cmd) for _ in range(args.repeat)]
        walls, cpus = sorted(r[0] for r in runs), sorted(r[1] for r in runs)
        total, top = imports(["-m", "harness.cli", *cmd[1:]])
        icpu = min(import_cpu(cmd[1:]) for _ in range(args.repeat))
        print(f"{title}: wall best {walls[0]:.3f} s (median {walls[len(walls) // 2]:.3f}), CPU best {cpus[0]:.3f} s; "
              f"imports: CPU best {icpu:.3f} s, wall (-X importtime) {total:.3f} s")
        print("  largest top-level imports (wall): " + ", ".join(f"{name} {t * 1000:.0f} ms" for t, name in top))
    print(f"machine after:  {machine()}")


if __name__ == "__main__":
    main()
