"""Fault injection for the sample service: what a flaky vendor test environment does to the harness.

Parsed from `latency=50,error5xx=0.1,malformed=0.05,drop=0.1,reset=0.05,seed=1`. Shares are probabilities
per decision request (per case for `drop`); a seeded generator makes a run of faults repeatable when the
requests arrive in the same order. `/info` is never faulted, so a run always starts.
"""
from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field

SHARES = ("error5xx", "malformed", "drop", "reset")


class FaultSpecError(ValueError):
    pass


@dataclass
class Faults:
    latency_ms: float = 0.0
    error5xx: float = 0.0
    malformed: float = 0.0
    drop: float = 0.0
    reset: float = 0.0
    seed: int | None = None
    _rng: random.Random = field(default_factory=random.Random, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    @staticmethod
    def parse(text: str | None) -> Faults:
        """`key=value,…` with keys latency (ms), error5xx, malformed, drop, reset (shares 0..1), seed (int)."""
        kwargs: dict = {}
        for part in (text or "").split(","):
            part = part.strip()
            if not part:
                continue
            key, eq, value = part.partition("=")
            key = key.strip()
            if not eq:
                raise FaultSpecError(f"--faults: expected key=value, got {part!r}")
            if key not in ("latency", "seed", *SHARES):
                raise FaultSpecError(f"--faults: unknown fault {key!r} (known: latency, {', '.join(SHARES)}, seed)")
            try:
                if key == "latency":
                    kwargs["latency_ms"] = float(value)
                    if kwargs["latency_ms"] < 0:
                        raise ValueError
                elif key == "seed":
                    kwargs["seed"] = int(value)
                elif key in SHARES:
                    kwargs[key] = float(value)
                    if not 0.0 <= kwargs[key] <= 1.0:
                        raise ValueError
            except ValueError:
                raise FaultSpecError(f"--faults: {key} needs "
                                     + ("milliseconds ≥ 0" if key == "latency" else "an integer" if key == "seed"
                                        else "a share between 0 and 1") + f", got {value!r}") from None
        return Faults(**kwargs)

    def hit(self, share: float) -> bool:
        """Draw once; True with probability `share` (no draw for 0 or 1, so those are exact)."""
        if share <= 0.0:
            return False
        if share >= 1.0:
            return True
        with self._lock:
            return self._rng.random() < share

    @property
    def any(self) -> bool:
        return bool(self.latency_ms or self.error5xx or self.malformed or self.drop or self.reset)

    def describe(self) -> str:
        parts = [f"latency={self.latency_ms:g}ms"] if self.latency_ms else []
        parts += [f"{k}={getattr(self, k):g}" for k in SHARES if getattr(self, k)]
        if self.seed is not None:
            parts.append(f"seed={self.seed}")
        return ", ".join(parts) or "none"
