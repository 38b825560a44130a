"""summary.md's appendix: the run's details (A), results per benefit and legal area (B), kroner (C), every probable
defect with its scenarios, an example's field diff, its root-cause step and the reference's explanation (D), every
deviation in one table (E), what was not run (F), the waivers (G), the changes since the baseline (H), the files
of the pack (I), the negative stage per kind of break (K). Danish; values from the run through `cell` (escaped); no absolute paths."""
from __future__ import annotations

from typing import Any

from harness.toolkit.dansk import antal

from .approvals import approvers_file, signers
from .baseline import defects_of, money_of
from .danish import besked
from .labels import STATUS, value_text
from .negative import INTRO, NEGATIVE_HEADERS, negative_line, negative_rows
from .paths import scrub, shown
from .strength import strength_appendix
from .text import area_title, benefit_title, cell, kr, kr_signed, risk_text, table

MAX_LISTED = 400   # deviations listed in appendix E; all of them are in results.json and deviations/


def _short(sha: str | None) -> str:
    return sha[:12] if sha else "—"


def run_section(results: dict[str, Any]) -> list[str]:
    gate, cand, meta = results["gate"], results["candidate"], results["candidate"]["metadata"]
    ref, pol = results["reference"], results["policy"]
    extra = {k: v for k, v in meta.items() if k not in ("system", "version", "ydelser", "lovdatoer")}
    law = meta.get("lovdatoer") or {}
    rows = [
        ["Kørsel", cell(results["run_id"])],
        ["Tidspunkt", f"{cell(results['started'])} – {cell(results['finished'])}"],
        ["Kandidat", f"{cell(meta['system'], 120)} version {cell(meta['version'], 60)} ({cell(scrub(cand['spec']), 300)})"],
        ["Ydelser, kandidaten oplyser", cell(", ".join(str(y) for y in meta.get("ydelser", [])) or "ingen")],
        ["Kandidatens lovdatoer", cell(f"{law.get('fra') or '…'} – {law.get('til') or '…'}") if law else "ikke oplyst"],
        *[[cell(k), cell(scrub(value_text(v)))] for k, v in extra.items()],
        ["Golden-sæt", f"{cell(shown(results['golden']['dir']))}: {antal(results['golden']['count'], 'scenarie', 'scenarier')}"
                       f" i omfang, manifest sha256 {_short(results['golden']['manifest_sha256'])}"],
        ["Godkendt og signeret af", cell(signers(results["golden"]), None)],
        ["Betroede godkendere", cell(approvers_file(results["golden"]), None)],
        ["Referenceberegner", f"version {cell(ref['version'])}, parametre sha256 {_short(ref['parametre_sha256']['combined'])}"],
        ["Udrulningspolitik", f"{cell(pol['rollout']['name'])} ({cell(shown(pol['rollout']['path']))}, sha256 "
                              f"{_short(pol['rollout']['sha256'])})"],
        ["Undtagelsesregister", f"{cell(shown(pol['waivers']['path']))} "
                                f"({antal(len(pol['waivers']['entries']), 'undtagelse', 'undtagelser')})"],
        ["Dato for undtagelsers gyldighed", cell(gate["today"])],
        ["Tidsforbrug", f"{results['timings']['total_seconds']} s i alt, heraf kandidaten {results['timings']['candidate_seconds']} s"],
    ]
    out = ["## Bilag A. Kørslen", "", table(rows, ["", ""]), ""]
    if gate["reasons"]:
        out += ["Alle grunde til afgørelsen:", "", *[f"- {cell(r, None)}" for r in gate["reasons"]], ""]
    for problem in results.get("schema_problems", []):
        out.append(f"> Fejl i ydelsestjek: results.json følger ikke sit skema: {cell(problem)}")
    return out


def areas_section(results: dict[str, Any]) -> list[str]:
    from .summary import AREA_HEADERS, area_rows
    rows = [[cell(v) for v in row] for row in area_rows(results)]
    return ["## Bilag B. Resultat pr. ydelse og retsområde", "", table(rows, AREA_HEADERS), "",
            "Kolonnerne A, B og C tæller afvigelser efter alvor.", ""]


def _art_titles() -> dict[str, str]:
    """`<ydelse>/<art>` -> the kind of payment's Danish title (the benefit's sammenligning.yaml `penge:`)."""
    try:
        from harness.compare import kroner
        from harness.contract.ydelse import alle
        return {f"{navn}/{art.navn}": art.titel for navn in alle() for art in kroner.load(navn).arter}
    except Exception:   # a results.json read where the benefits are not installed: the codes
        return {}


def money_section(results: dict[str, Any]) -> list[str]:
    money = money_of(results)
    out = ["## Bilag C. Kroner", "", f"I alt: {risk_text(money['i_alt'])}.", ""]
    if money["ydelser"]:
        out += [table([[cell(benefit_title(results, y)), kr(t["for_meget"]), kr(t["for_lidt"]), kr(t["netto"]),
                        kr(t["i_risiko"])] for y, t in money["ydelser"].items()],
                      ["Ydelse", "For meget udbetalt", "For lidt udbetalt", "Netto", "I risiko"]), ""]
    if money["alvor"]:
        out += [table([[s, kr(t["for_meget"]), kr(t["for_lidt"]), kr(t["i_risiko"])] for s, t in money["alvor"].items()],
                      ["Alvor", "For meget udbetalt", "For lidt udbetalt", "I risiko"]), ""]
    if money["arter"]:
        titles = _art_titles()
        out += [table([[cell(titles.get(a, a)), kr(t["for_meget"]), kr(t["for_lidt"]), kr(t["i_risiko"])]
                       for a, t in money["arter"].items()], ["Udbetaling", "For meget", "For lidt", "I risiko"]), ""]
    return out


def _field_table(dev: dict[str, Any]) -> list[str]:
    if not dev["felter"]:
        return []
    rows = [[cell(f["felt"]), cell(value_text(f["forventet"])), cell(value_text(f["faktisk"])), cell(f["art"])]
            for f in dev["felter"][:40]]
    more = [f"… og {len(dev['felter']) - 40} felter mere (deviations/)", ""] if len(dev["felter"]) > 40 else []
    return [table(rows, ["Felt", "Forventet (golden)", "Kandidatens svar", "Art"]), "", *more]


def root_line(dev: dict[str, Any]) -> str:
    rod = dev.get("rod")
    if not rod:
        return "Rodårsag: intet trin i begrundelsen forklarer afvigelsen (svaret mangler eller er ugyldigt)."
    how = "fundet i kandidatens egen begrundelse" if rod["kilde"] == "kandidatens begrundelse" else \
        "fundet i referencens kæde af trin"
    title = f" — {cell(rod['titel'])}" if rod.get("titel") else ""
    return (f"Rodårsag: trin {cell(rod['trin'])} {cell(rod['regel'])} ({cell(rod['hjemmel'])}){title}; referencens "
            f"resultat {cell(value_text(rod.get('resultat')))} ({how}).")


def deviation_detail(dev: dict[str, Any]) -> list[str]:
    out = [f"- {cell(besked(dev['besked']), 2000)}"]
    if dev.get("undtagelse"):
        out.append(f"- Dækket af undtagelse: {cell(dev['undtagelse'])}")
    if dev.get("kroner") is not None:
        out.append(f"- Kroner: {kr_signed(dev['kroner'])} (kandidaten minus referencen)")
    out += ["", root_line(dev), ""]
    out += _field_table(dev)
    if dev["forklaring"]:
        out += ["Referencens begrundelse for de forventede værdier:", ""]
        out += [f"- {cell(s['trin'])} {cell(s['regel'])} ({cell(s['hjemmel'])}): {cell(value_text(s.get('resultat')))}"
                for s in dev["forklaring"]]
        out.append("")
    return out


def defects_section(results: dict[str, Any]) -> list[str]:
    defects = defects_of(results)
    out = ["## Bilag D. Fejlene i detaljer", ""]
    if not defects:
        return [*out, "Ingen.", ""]
    by_dev = {d["id"]: (c, d) for c in results["cases"] for d in c["deviations"]}
    for f in defects:
        out += [f'<a id="fejl-{f["id"].lower()}"></a>', "", f"### {f['id']}. {cell(f['titel'])}", ""]
        facts = [
            ["Ydelse", cell(benefit_title(results, f["ydelse"]))],
            ["Fejlklasse", cell(f["klasse_tekst"])],
            ["Alvor", f["alvor"]],
            ["§", cell("; ".join(f["hjemmel"]) or "—")],
            ["Regel", cell(", ".join(f["regler"]) or "—")],
            ["Første afvigende resultat", cell(f["felt"] or "—")],
            ["Scenarier", str(len(f["scenarios"]))],
            ["Borgere ramt", str(f["borgere"])],
            ["Kroner", risk_text(f["kroner"])],
            ["Dækket af undtagelse", f"{f['undtaget']} af {len(f['deviations'])} afvigelser"],
        ]
        out += [table(facts, ["", ""]), ""]
        example = [by_dev[i] for i in f["deviations"] if i in by_dev and by_dev[i][0]["id"] == f["eksempel"]]
        if example:
            case = example[0][0]
            out += [f"Eksempel: {cell(case['id'])} {cell(case.get('titel') or '')} "
                    f"({cell(area_title(results, case['ydelse'], case['omraade']))})", ""]
            for _, dev in example:
                out += [f"#### {cell(dev['id'])} — {cell(dev['klasse_tekst'])} (alvor {dev['alvor']})", ""]
                out += deviation_detail(dev)
        out += ["Alle scenarier: " + ", ".join(cell(s) for s in f["scenarios"]) + ".", ""]
    return out


def deviations_section(results: dict[str, Any]) -> list[str]:
    ids = {i: f["id"] for f in defects_of(results) for i in f["deviations"]}
    rows = []
    for case in results["cases"]:
        for dev in case["deviations"]:
            rod = dev.get("rod")
            rows.append([cell(dev["id"]), cell(benefit_title(results, case["ydelse"])),
                         cell(area_title(results, case["ydelse"], case["omraade"])), cell(dev["klasse_tekst"]),
                         dev["alvor"], cell(f"{rod['regel']} ({rod['hjemmel']})" if rod else "—"),
                         kr_signed(dev["kroner"]) if dev.get("kroner") is not None else "—", ids.get(dev["id"], "—"),
                         cell(dev.get("undtagelse") or "")])
    out = ["## Bilag E. Alle afvigelser", ""]
    if not rows:
        return [*out, "Ingen.", ""]
    out += ["Hver afvigelse med feltforskelle og begrundelse findes i rapport.html og som JSON i `deviations/`; "
            "kandidatens fulde svar i `deviations/<scenarie>.svar.json`.", "",
            table(rows[:MAX_LISTED], ["Afvigelse", "Ydelse", "Retsområde", "Fejlklasse", "Alvor", "Rodårsag (§)",
                                      "Kroner", "Fejl", "Undtagelse"]), ""]
    if len(rows) > MAX_LISTED:
        out += [f"… og {len(rows) - MAX_LISTED} afvigelser mere i results.json og `deviations/`.", ""]
    return out


def not_run_section(results: dict[str, Any]) -> list[str]:
    not_run = [c for c in results["cases"] if c["status"] in ("skipped", "errored")]
    if not not_run:
        return []
    return ["## Bilag F. Ikke gennemført", "",
            table([[cell(c["id"]), cell(benefit_title(results, c["ydelse"])), cell(area_title(results, c["ydelse"], c["omraade"])),
                    "ja" if c["obligatorisk"] else "nej", STATUS[c["status"]], cell(besked(c["reason"]), 500)]
                   for c in not_run], ["Scenarie", "Ydelse", "Retsområde", "Obligatorisk", "Status", "Årsag"]), ""]


def waivers_section(results: dict[str, Any]) -> list[str]:
    gate = results["gate"]
    out = ["## Bilag G. Undtagelser", ""]
    if gate["waivers_used"]:
        out += [table([[cell(u["id"]), cell(u["scenario"]), cell(u.get("failure_class") or "alle"), cell(u["ticket"]),
                        cell(u["owner"]), cell(u["workaround"]), cell(u["expires"]), cell(", ".join(u["deviations"]))]
                       for u in gate["waivers_used"]],
                      ["Undtagelse", "Scenarie", "Fejlklasse", "Sag", "Ansvarlig", "Arbejdsgang for sagsbehandler",
                       "Udløber", "Dækker"]), ""]
    else:
        out += ["Ingen undtagelser blev brugt.", ""]
    if gate["expired_waivers"]:
        out += ["Udløbne undtagelser (tæller ikke længere):", "",
                table([[cell(u["id"]), cell(u["scenario"]), cell(u["ticket"]), cell(u["owner"]), cell(u["expires"]),
                        cell(", ".join(u["deviations"])) or "—"] for u in gate["expired_waivers"]],
                      ["Undtagelse", "Scenarie", "Sag", "Ansvarlig", "Udløb", "Ville have dækket"]), ""]
    if gate["not_allowed_waivers"]:
        out += ["Undtagelser, som politikken ikke tillader for afvigelsens alvor:", "",
                table([[cell(u["id"]), cell(u["ticket"]), cell(", ".join(u["deviations"]))]
                       for u in gate["not_allowed_waivers"]], ["Undtagelse", "Sag", "Afvigelser"]), ""]
    if gate["unexpected_passes"]:
        out += ["Uventet bestået (undtagelsen dækker ingen afvigelse og kan fjernes fra registret):", "",
                table([[cell(u["waiver"]), cell(u.get("ticket", "")), cell(u.get("owner", "")), cell(", ".join(u["scenarios"]))]
                       for u in gate["unexpected_passes"]], ["Undtagelse", "Sag", "Ansvarlig", "Scenarier, der nu består"]),
                ""]
    return out


def baseline_section(results: dict[str, Any]) -> list[str]:
    base = results.get("baseline")
    if not base:
        return []
    status = {"ny": "ny", "rettet": "rettet", "vedvarende": "vedvarende"}
    out = ["## Bilag H. Ændringer siden baseline", "",
           table([[status[c["status"]], cell(c["titel"]), cell(benefit_title(results, c["ydelse"])), c["alvor_foer"] or "—",
                   c["alvor_nu"] or "—", str(c["scenarier_foer"]), str(c["scenarier_nu"]), kr(c["i_risiko_foer"]),
                   kr(c["i_risiko_nu"])] for c in base["defects"]],
                 ["Status", "Fejl", "Ydelse", "Alvor før", "Alvor nu", "Scenarier før", "Scenarier nu", "Kroner før",
                  "Kroner nu"]) if base["defects"] else "Ingen fejl i nogen af kørslerne.", ""]
    for title, ids in (("Nye afvigelser", base["nye"]), ("Rettede afvigelser", base["rettede"]),
                       ("Nye afvigelser med alvor A", base["nye_a"])):
        out += [f"{title} ({len(ids)}): " + (", ".join(cell(i) for i in ids) or "ingen") + ".", ""]
    if base["alvor_aendret"]:
        out += ["Ændret alvor: " + ", ".join(f"{cell(c['id'])} {c['foer']} → {c['nu']}" for c in base["alvor_aendret"])
                + ".", ""]
    trend = results.get("trend") or []
    if len(trend) > 1:
        out += ["Udvikling over kørslerne:", "", table(
            [[cell(p["run_id"]), cell(f"{p['system']} {p['version']}"), p["verdict"], str(p["cases"]),
              " / ".join(str(p["deviations"].get(s, 0)) for s in "ABC"), str(p["defects"]), kr(p["i_risiko"])] for p in trend],
            ["Kørsel", "Kandidat", "Afgørelse", "Scenarier", "Afvigelser A / B / C", "Fejl", "Kroner i risiko"]), ""]
    return out


def files_section() -> list[str]:
    return ["## Bilag I. Filerne i bevispakken", "",
            "- `summary.md`: denne oversigt; `rapport.html`: den samme rapport med diagrammer og links (én fil, "
            "virker uden net og kan udskrives som PDF).",
            "- `results.json`: hele kørslen maskinlæsbart (skema: harness/contract/schemas/results.schema.json); "
            "`results.jsonl`: ét scenarie pr. linje, skrevet efterhånden.",
            "- `junit.xml`: til CI; `deviations/`: hver afvigelse og kandidatens svar som JSON.", ""]


def negative_section(results: dict[str, Any]) -> list[str]:
    """The negative stage: its line and one row per kind of break; its findings are in D and E."""
    line = negative_line(results)
    if line is None:
        return []
    out = ["## Bilag K. Negativ fase: ugyldigt input", "", INTRO, "", f"Negativ fase: {cell(line, None)}.", ""]
    if rows := negative_rows(results):
        out += [table([[cell(v) for v in row] for row in rows], NEGATIVE_HEADERS), ""]
    return out


def appendix(results: dict[str, Any]) -> list[str]:
    out = ["# Bilag", ""]
    for section in (run_section(results), areas_section(results), money_section(results), defects_section(results),
                    deviations_section(results), not_run_section(results), waivers_section(results),
                    baseline_section(results), files_section(), strength_appendix(results),
                    negative_section(results)):
        out += section
    return out


__all__ = ["appendix", "deviation_detail", "root_line"]
