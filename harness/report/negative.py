"""The negative stage in the pack (harness/negative): one sentence for the terminal, rapport.html's key figures and
summary.md's appendix K, with a table per kind of break. summary.md's first pages have no room for it within their
two-page budget: a finding's defect is in their defects table when it ranks among the first, in appendix D always.
The findings themselves are deviations of the class *accepteret ugyldigt input* and reach the defects table, the
gate and junit.xml like any other."""
from __future__ import annotations

from typing import Any

from harness.toolkit.dansk import antal, format_tal

NEGATIVE_HEADERS = ["Art", "Sager", "Afvist", "Afgjort", "Ikke bedømt"]


def negative_of(results: dict[str, Any]) -> dict[str, Any]:
    return results.get("negative") or {}


def negative_line(results: dict[str, Any]) -> str | None:
    """One sentence on the stage, or None when the run had none (a results.json from before the stage)."""
    neg = negative_of(results)
    if not neg.get("enabled"):
        return "slået fra" if neg else None
    if "cases" not in neg:
        return neg.get("reason") or "ikke kørt (kandidaten startede ikke)"
    found = len(neg.get("findings", []))
    seconds = format_tal(f"{neg['seconds']:.1f}")
    line = (f"{antal(neg['cases'], 'ugyldig sag', 'ugyldige sager')} sendt på {seconds} s: "
            f"{neg['refused']} afvist, {neg['accepted']} afgjort ({antal(found, 'fund', 'fund')} af klassen accepteret "
            "ugyldigt input)")
    if neg.get("not_judged"):
        skipped = neg["not_judged"] - neg.get("failed", 0)
        parts = ([f"{skipped} sprunget over uden at afvise"] if skipped else []) + \
            ([f"{neg['failed']} uden svar (nedbrud, tidsudløb eller serverfejl)"] if neg.get("failed") else [])
        line += f", {neg['not_judged']} ikke bedømt ({'; '.join(parts)})"
    if neg.get("made_from") == "sample":
        line += "; lavet af kørslens stikprøve og sendt blandet med den"
    if neg.get("reason"):
        line += f"; {neg['reason']}"
    return line


def negative_rows(results: dict[str, Any]) -> list[list[str]]:
    """Per kind of break: cases, refused, decided, not judged. Plain text: the caller escapes for its format."""
    per = negative_of(results).get("per_kind") or {}
    return [[str(v.get("label", k)), str(v["cases"]), str(v["refused"]), str(v["accepted"]), str(v["not_judged"])]
            for k, v in per.items()]


INTRO = ("En ugyldig sag bryder kontraktens skema eller lovens plausibilitet (negative timer, en periode der slutter "
         "før den begynder, en dato uden for lovens tidsrum, et manglende felt …) og skal afvises med en begrundelse. "
         "En afgørelse på den er en afvigelse af klassen accepteret ugyldigt input med alvor efter politikken. "
         "Fasen afgør ikke udrulningen alene: en kandidat, der afviser alt, består fasen, men scenarierne afgør.")


__all__ = ["INTRO", "NEGATIVE_HEADERS", "negative_line", "negative_of", "negative_rows"]
