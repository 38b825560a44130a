"""No absolute paths of the machine in the evidence pack: a path is shown relative to the project or the working
folder, or else by its name; free text (a candidate's error, a reason) has its absolute paths shortened the same way.
The pack is read on other machines and signed by people who must not learn where a vendor's files lived."""
from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_ABSOLUTE = re.compile(r"(?<![\w.~/-])(/(?:[^/\s'\"`()<>|,;:]+/)+)([^/\s'\"`()<>|,;:]*)")


def shown(path: str | Path | None) -> str:
    """The path as the pack shows it: relative to the project or the working folder, else `…/name`."""
    if path is None or str(path) == "":
        return "—"
    p = Path(path)
    if not p.is_absolute():
        return str(p)
    for base in (REPO, Path.cwd()):
        try:
            return str(p.resolve().relative_to(base.resolve()))
        except (ValueError, OSError):
            continue
    return f"…/{p.name}" if p.name else "…"


def scrub(text: str) -> str:
    """Free text with every absolute path shortened as `shown` does."""
    return _ABSOLUTE.sub(lambda m: shown(m.group(1) + m.group(2)), text)


__all__ = ["REPO", "scrub", "shown"]
