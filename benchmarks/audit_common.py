"""Shared by the audit benchmarks: recorded input files (made once, reused), running a command while sampling
its whole process tree's memory and CPU, and the machine's state (load, pace) so runs can be put side by side.

A recorded file holds seeded generated cases in the reference's scope, each with the reference's full decision
(its explanation included) as the decision a system made: auditing it computes only the reference.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

SEED = 2026
DEFAULT_DATA = Path(os.environ.get("YDELSESTJEK_BENCH_DATA", "/tmp/ydelsestjek-bench"))


def _part(args: tuple[str, int, int, int, str]) -> int:
    ydelse, start, count, seed, path = args
    import orjson

    from harness.contract.ydelse import find
    from harness.reference import OutOfScope, calculate
    gen = find(ydelse).generators
    written, n = 0, start
    with open(path, "wb") as f:
        while written < count:
            case = gen.bulk_case(n, seed)
            n += 1
            try:
                decision = calculate(case)
            except OutOfScope:
                continue
            f.write(orjson.dumps({"case": case, "decision": decision}) + b"\n")
            written += 1
    return written


def law_version(ydelse: str) -> str:
    """12 hex digits of sha256 over what a recorded decision depends on: the benefit's package (reference,
    parameters, generators, registers) and the shared toolkit. A file recorded by another version of the law would
    differ from today's reference in some cases and send them down the slow path: measured, that is not the
    figure of a correct system's audit."""
    import hashlib
    pkg = REPO / "harness" / "ydelser" / ydelse
    files = sorted(p for root in (pkg, REPO / "harness" / "toolkit") for p in root.rglob("*")
                   if p.suffix in (".py", ".yaml", ".yml", ".json") and p.is_file())
    h = hashlib.sha256()
    for p in files:
        h.update(p.relative_to(REPO).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:12]


def recorded_file(cases: int, ydelse: str = "sygedagpenge", data: Path = DEFAULT_DATA, processes: int = 2,
                  suffix: str = "") -> Path:
    """`cases` in-scope cases with the reference's full decisions recorded; made once per version of the law
    (`law_version`; a few minutes for 1M)."""
    data.mkdir(parents=True, exist_ok=True)
    path = data / f"optaget-{ydelse}-{cases}-{law_version(ydelse)}{suffix}.jsonl"
    if path.exists():
        return path
    t0 = time.perf_counter()
    per = -(-cases // processes)
    jobs = [(ydelse, k * 100_000_000, min(per, cases - k * per), SEED, f"{path}.{k}") for k in range(processes)
            if cases - k * per > 0]
    with ProcessPoolExecutor(processes) as pool:
        list(pool.map(_part, jobs))
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as out:
        for job in jobs:
            with open(job[4], "rb") as part:
                while chunk := part.read(1 << 24):
                    out.write(chunk)
            os.unlink(job[4])
    tmp.rename(path)
    print(f"  (made {path.name}: {cases:,} cases, {path.stat().st_size / 1e9:.2f} GB in {time.perf_counter() - t0:.0f} s)")
    return path


def cases_file(recorded: Path) -> Path:
    """The cases of a recorded file without their decisions (for a candidate to be asked)."""
    import orjson
    path = recorded.with_name(recorded.stem + "-sager.jsonl")
    if not path.exists():
        tmp = path.with_suffix(".tmp")
        with open(recorded, "rb") as f, open(tmp, "wb") as out:
            for line in f:
                out.write(orjson.dumps(orjson.loads(line)["case"]) + b"\n")
        tmp.rename(path)
    return path


# --- measuring a command -----------------------------------------------------------------------------------

def _children(pid: int) -> list[int]:
    kids = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    fields = f.read().rsplit(b")", 1)[1].split()
                kids.setdefault(int(fields[1]), []).append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += kids.get(p, [])
    return out


TICK = os.sysconf("SC_CLK_TCK")


def _cpu_s(pid: int) -> float:
    """User + system CPU seconds of one process so far (its own, not its children's)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICK
    except (OSError, IndexError, ValueError):
        return 0.0


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class Measured:
    def __init__(self) -> None:
        self.wall = self.cpu = 0.0   # cpu: user + system seconds of the whole process tree
        self.cpu_apart = 0.0        # of it, the processes whose command line holds run()'s `apart` marker
        self.per_process: list[tuple[str, float]] = []   # (the start of its command line, CPU seconds), largest first
        self.peak_mb = 0.0          # the process tree's largest total PSS seen (sampled every 0.2 s)
        self.peak_one_mb = 0.0      # the largest single process's PSS
        self.code = 0
        self.stdout = ""


def _cmdline(pid: int) -> bytes:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read()
    except OSError:
        return b""


def run(cmd: list[str], env: dict | None = None, apart: str | None = None) -> Measured:
    """Run `cmd`, measuring wall time, the CPU time of it and all its children, and its tree's peak memory. With
    `apart`, the CPU of the processes that have it as one whole argument (an external candidate) is also summed alone."""
    m = Measured()
    marked: set[int] = set()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    stop = threading.Event()

    cpu: dict[int, float] = {}
    names: dict[int, str] = {}

    def sample() -> None:
        while not stop.is_set():
            tree = _children(proc.pid)
            sizes = [_pss_kb(p) for p in tree]
            for p in tree:
                if apart and p not in marked and apart.encode() in _cmdline(p).split(b"\0"):
                    marked.add(p)
                cpu[p] = max(cpu.get(p, 0.0), _cpu_s(p))
                names[p] = names.get(p) or _cmdline(p).replace(b"\0", b" ").decode("utf-8", "replace")[:120]
            m.peak_mb = max(m.peak_mb, sum(sizes) / 1024)
            m.peak_one_mb = max([m.peak_one_mb] + [s / 1024 for s in sizes])
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    m.stdout = proc.communicate()[0]
    m.wall = time.perf_counter() - t0
    stop.set()
    sampler.join()
    # Each process's own CPU time (not its children's), from its last /proc sample: rusage cannot be used, since
    # it counts a process's waited-for children with it, and misses those nobody waits for (the forkserver's
    # workers). Up to 0.1 s of each process's last moments may be missed.
    m.cpu = sum(cpu.values())
    m.cpu_apart = sum(cpu[p] for p in marked)
    m.per_process = sorted(((names.get(p, ""), c) for p, c in cpu.items()), key=lambda t: -t[1])
    m.code = proc.returncode
    return m


def pace() -> float:
    """A fixed pure-Python workload (million loop steps per CPU second, best of 5): printed with the figures, so a
    run in one of this VM's slow phases shows as one; compare paces only on the same interpreter."""
    best = 0.0
    for _ in range(5):
        start = time.process_time()
        x = 0
        for i in range(300_000):
            x += i * i % 7
        best = max(best, 0.3 / (time.process_time() - start))
    return best


def machine() -> str:
    load = os.getloadavg()
    return f"load average {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f}, pace {pace():.1f} M loop steps/s, " \
           f"{os.cpu_count()} cores, Python {sys.version.split()[0]} ({sys.executable})"


def ydelsestjek() -> str:
    return str(Path(sys.executable).with_name("ydelsestjek"))
