"""Case ids for the cases the bench makes up (the sample, the invalid cases): by default in the scenarios' own shape
(`XY-417-093`), or in the shape of the system's production case numbers, from the rollout policy's
`sags_id_format` (`#` a digit, `?` a letter A-Z, any other character as it is). A candidate sees production ids in
production: ids of the bench's own shape let it tell the bench's cases from production, so a steering group that
knows its case numbers' shape states it."""
from __future__ import annotations

import random
import string

DIGIT, LETTER = "#", "?"
LITERAL = frozenset(string.ascii_letters + string.digits + "_.:-")
MIN_DRAWN = 6            # positions drawn: at least a million ids, for a few thousand cases a run
MAX_LENGTH = 81          # the case schemas' sags_id: ^[A-Za-z0-9][A-Za-z0-9_.:-]{0,80}$


def format_problem(fmt: str) -> str | None:
    """Why `fmt` cannot make case ids, or None."""
    if not 0 < len(fmt) <= MAX_LENGTH:
        return f"1 to {MAX_LENGTH} characters"
    if any(c not in LITERAL and c not in (DIGIT, LETTER) for c in fmt):
        return f"only {DIGIT} (a digit), {LETTER} (a letter A-Z) and the characters A-Z a-z 0-9 _ . : -"
    if fmt[0] in "_.:-":
        return "a first character that is a letter, a digit, # or ?"
    if sum(c in (DIGIT, LETTER) for c in fmt) < MIN_DRAWN:
        return f"at least {MIN_DRAWN} drawn positions (# or ?), so a run's ids do not repeat"
    return None


def draw(prefix: str, fmt: str | None, rng: random.Random) -> str:
    """One id: from `fmt`, or the scenarios' shape <prefix>-<three digits>-<three digits>."""
    if fmt is None:
        return f"{prefix}-{rng.randrange(1000):03d}-{rng.randrange(1000):03d}"
    return "".join(str(rng.randrange(10)) if c == DIGIT else rng.choice(string.ascii_uppercase) if c == LETTER else c
                   for c in fmt)


__all__ = ["draw", "format_problem"]
