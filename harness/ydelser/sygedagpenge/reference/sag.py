"""Parse and check a sygedagpenge case: schema-level checks by the typed model, then the cross-field
facts the schema cannot express. Every problem names the field and what was expected."""
from __future__ import annotations

from pydantic import ValidationError

from harness.toolkit.errors import CaseError
from harness.ydelser.sygedagpenge.contract import SygedagpengeCase


def parse(case: dict) -> SygedagpengeCase:
    case_id = case.get("sags_id") if isinstance(case, dict) else None
    if not isinstance(case, dict):
        raise CaseError([("(top level)", "expected a JSON object")])
    try:
        sag = SygedagpengeCase.model_validate(case)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            field = "/".join(str(p) for p in err["loc"]) or "(top level)"
            problems.append((field, err["msg"]))
        raise CaseError(problems, case_id=case_id) from None
    problems = []
    f = sag.fravaer
    if f.sidste_fravaersdag < f.foerste_fravaersdag:
        problems.append(("fravaer/sidste_fravaersdag", "expected a date on or after foerste_fravaersdag"))
    if f.delvis is not None:
        if sag.status == "selvstaendig" and f.delvis.selvstaendig_kan_udfoere is None:
            problems.append(("fravaer/delvis/selvstaendig_kan_udfoere", "required for a selvstændig in partial absence"))
        if sag.status in ("loenmodtager", "fleksjob", "elev") and f.delvis.fravaerstimer_pr_uge is None:
            problems.append(("fravaer/delvis/fravaerstimer_pr_uge", "required for a lønmodtager in partial absence"))
    a = sag.ansaettelse
    if a is not None:
        if a.arbejdsgiver_betaler_loen and a.loen_pr_uge_under_fravaer is None:
            problems.append(("ansaettelse/loen_pr_uge_under_fravaer", "required when arbejdsgiver_betaler_loen is true"))
        if a.ugentlig_arbejdstid <= 0:
            problems.append(("ansaettelse/ugentlig_arbejdstid", "expected more than 0 hours"))
        if a.overenskomstmaessig_ugentlig_arbejdstid is not None and a.overenskomstmaessig_ugentlig_arbejdstid <= 0:
            problems.append(("ansaettelse/overenskomstmaessig_ugentlig_arbejdstid", "expected more than 0 hours"))
        if a.timefortjeneste < 0:
            problems.append(("ansaettelse/timefortjeneste", "expected an amount of 0.00 or more"))
    seen = set()
    for i, m in enumerate(sag.beskaeftigelse_seneste_6_maaneder):
        if m["maaned"] in seen:
            problems.append((f"beskaeftigelse_seneste_6_maaneder/{i}/maaned", f"month {m['maaned']} listed twice"))
        seen.add(m["maaned"])
        if m["timer"] < 0:
            problems.append((f"beskaeftigelse_seneste_6_maaneder/{i}/timer", "expected 0 or more hours"))
    for i, p in enumerate(sag.tidligere_sygeperioder):
        if p["til"] < p["fra"]:
            problems.append((f"tidligere_sygeperioder/{i}/til", "expected a date on or after fra"))
        elif p["til"] >= f.foerste_fravaersdag:
            problems.append((f"tidligere_sygeperioder/{i}/til", "expected an earlier absence, ending before foerste_fravaersdag"))
    if problems:
        raise CaseError(problems, case_id=sag.sags_id)
    return sag
