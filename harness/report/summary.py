"""summary.md: the Danish evidence a municipality can sign and a vendor can act on."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from tabulate import tabulate

from .labels import STATUS, VERDICT, value_text
from .strength import strength_markdown

MAX_DETAILED = 300


def _table(rows: list[list[str]], headers: list[str]) -> str:
    return tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)


def _short(sha: str | None) -> str:
    return sha[:12] if sha else "—"


def area_rows(results: dict[str, Any]) -> list[list[str]]:
    per: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for case in results["cases"]:
        c = per[case["omraade"]]
        c["cases"] += 1
        c[case["status"]] += 1
        for dev in case["deviations"]:
            c[dev["alvor"]] += 1
    rows = []
    for area in sorted(per):
        c = per[area]
        rows.append([area, str(c["cases"]), str(c["pass"]), str(c["deviation"]), str(c["skipped"]), str(c["errored"]),
                     str(c["A"]), str(c["B"]), str(c["C"])])
    return rows


def _signers(golden: dict[str, Any]) -> str:
    """Each approver whose verified signature the goldens carry, with the key's fingerprint."""
    sig = golden.get("signaturer") or {}
    rows = [f"{a['navn']} (nøgle {a['fingerprint']}{', demo-nøgle' if a.get('demo') else ''}): {a['goldens']} goldens"
            for a in sig.get("goldens") or []]
    if sig.get("manifest"):
        rows.append(f"manifestet: {sig['manifest']['navn']} (nøgle {sig['manifest']['fingerprint']})")
    return "; ".join(rows) or "— (signaturer ikke kontrolleret)"


def demo_key_warning(results: dict[str, Any]) -> str | None:
    """A warning when goldens carry the signature of a published demo key (policies/godkendere.yaml `demo: true`)."""
    sig = results["golden"].get("signaturer") or {}
    demo = [a for a in (sig.get("goldens") or []) if a.get("demo")]
    if not demo and not (sig.get("manifest") or {}).get("demo"):
        return None
    return ("Advarsel: goldens er signeret med en offentligt kendt demo-nøgle ("
            + ", ".join(f"{a['navn']} {a['fingerprint']}" for a in demo) + "); den private nøgle ligger i "
            "repositoriet, så signaturen beviser ikke, hvem der har godkendt. En kommune bruger sin egen "
            "godkendere-fil med egne nøgler (docs/trust.md).")


def _approvers_file(golden: dict[str, Any]) -> str:
    info = (golden.get("signaturer") or {}).get("godkendere")
    if not info:
        return "—"
    checked = (golden.get("kontrol") or {}).get("scenarier")
    return (f"{info['path']} (sha256 {_short(info['sha256'])}, {len(info['godkendere'])} godkendere); goldens kontrolleret "
            + (f"mod scenarierne i {checked}" if checked else "uden scenarier (kun signaturer og manifest)"))


AREA_HEADERS = ["Retsområde", "Scenarier", "Bestået", "Afvigelse", "Sprunget over", "Fejl", "A", "B", "C"]


def summary_markdown(results: dict[str, Any]) -> str:
    gate, cand, meta = results["gate"], results["candidate"], results["candidate"]["metadata"]
    out: list[str] = []
    w = out.append
    w(f"# Udrulningsgodkendelse: {meta['system']} {meta['version']}")
    w("")
    w(f"**Afgørelse: {VERDICT[gate['verdict']]}**")
    w("")
    ref = results["reference"]
    pol = results["policy"]
    w(_table([
        ["Kørsel", results["run_id"]],
        ["Tidspunkt", f"{results['started']} – {results['finished']}"],
        ["Kandidat", f"{meta['system']} {meta['version']} (`{cand['spec']}`)"],
        ["Ydelser i kandidaten", ", ".join(meta.get("ydelser", [])) or "—"],
        ["Golden-sæt", f"{results['golden']['count']} scenarier, manifest sha256 {_short(results['golden']['manifest_sha256'])}"],
        ["Godkendt og signeret af", _signers(results["golden"])],
        ["Betroede godkendere", _approvers_file(results["golden"])],
        ["Referenceberegner", f"version {ref['version']}, parametre sha256 {_short(ref['parametre_sha256']['combined'])}"],
        ["Udrulningspolitik", f"{pol['rollout']['name']} ({pol['rollout']['path']}, sha256 {_short(pol['rollout']['sha256'])})"],
        ["Undtagelsesregister", f"{pol['waivers']['path'] or '—'} ({len(pol['waivers']['entries'])} undtagelser)"],
        ["Dato for undtagelsers gyldighed", gate["today"]],
        ["Tidsforbrug", f"{results['timings']['total_seconds']} s i alt, heraf kandidaten {results['timings']['candidate_seconds']} s"],
    ], ["", ""]))
    w("")
    if cand.get("start_error"):
        w(f"> Kandidaten kunne ikke startes: {cand['start_error']}")
        w("")
    if (warning := demo_key_warning(results)):
        w(f"> {warning}")
        w("")
    w("## Begrundelse for afgørelsen")
    w("")
    if gate["reasons"]:
        out.extend(f"- {r}" for r in gate["reasons"])
    else:
        w("- Alle kriterier i udrulningspolitikken er opfyldt.")
    w("")
    s = results["summary"]
    w(f"{s['cases']} scenarier: {s['pass']} bestået, {s['deviation']} med afvigelse, {s['skipped']} sprunget over, "
      f"{s['errored']} med fejl; {s['deviations']} afvigelse(r) i alt.")
    w("")
    w("## Resultat pr. retsområde")
    w("")
    w(_table(area_rows(results), AREA_HEADERS))
    w("")
    out.extend(strength_markdown(results))
    w("## Afvigelser pr. alvor og fejlklasse")
    w("")
    by: Counter[tuple[str, str]] = Counter()
    waived: Counter[tuple[str, str]] = Counter()
    for case in results["cases"]:
        for dev in case["deviations"]:
            by[(dev["alvor"], dev["klasse_tekst"])] += 1
            if dev.get("undtagelse"):
                waived[(dev["alvor"], dev["klasse_tekst"])] += 1
    rows = [[sev, klasse, str(n), str(waived[(sev, klasse)]), str(n - waived[(sev, klasse)])]
            for (sev, klasse), n in sorted(by.items())]
    if rows:
        w(_table(rows, ["Alvor", "Fejlklasse", "Antal", "Dækket af undtagelse", "Ikke dækket"]))
    else:
        w("Ingen afvigelser.")
    w("")
    w(_table([[sev, str(c["total"]), str(c["waived"]), str(c["unwaived"])] for sev, c in sorted(gate["counts"].items())],
             ["Alvor", "Afvigelser", "Dækket af undtagelse", "Ikke dækket"]))
    w("")
    w("## Anvendte undtagelser")
    w("")
    if gate["waivers_used"]:
        w(_table([[u["id"], u["scenario"], u.get("failure_class") or "alle", u["ticket"], u["owner"], u["workaround"],
                   u["expires"], ", ".join(u["deviations"])] for u in gate["waivers_used"]],
                 ["Undtagelse", "Scenarie", "Fejlklasse", "Sag", "Ansvarlig", "Arbejdsgang for sagsbehandler", "Udløber",
                  "Dækker"]))
    else:
        w("Ingen undtagelser blev brugt.")
    w("")
    if gate["expired_waivers"]:
        w("## Udløbne undtagelser (tæller ikke længere)")
        w("")
        w(_table([[u["id"], u["scenario"], u["ticket"], u["owner"], u["expires"], ", ".join(u["deviations"]) or "—"]
                  for u in gate["expired_waivers"]],
                 ["Undtagelse", "Scenarie", "Sag", "Ansvarlig", "Udløb", "Ville have dækket"]))
        w("")
    if gate["not_allowed_waivers"]:
        w("## Undtagelser, som politikken ikke tillader for denne alvor")
        w("")
        w(_table([[u["id"], u["ticket"], ", ".join(u["deviations"])] for u in gate["not_allowed_waivers"]],
                 ["Undtagelse", "Sag", "Afvigelser"]))
        w("")
    if gate["unexpected_passes"]:
        w("## Uventet bestået (undtagelsen kan fjernes fra registret)")
        w("")
        w(_table([[u["waiver"], u.get("ticket", ""), u.get("owner", ""), ", ".join(u["scenarios"])]
                  for u in gate["unexpected_passes"]], ["Undtagelse", "Sag", "Ansvarlig", "Scenarier, der nu består"]))
        w("")
    not_run = [c for c in results["cases"] if c["status"] in ("skipped", "errored")]
    if not_run:
        w("## Ikke gennemført (sprunget over eller fejl)")
        w("")
        w(_table([[c["id"], c["omraade"], "ja" if c["obligatorisk"] else "nej", STATUS[c["status"]], value_text(c["reason"])]
                  for c in not_run], ["Scenarie", "Retsområde", "Obligatorisk", "Status", "Årsag"]))
        w("")
    devs = [d for c in results["cases"] for d in c["deviations"]]
    if devs:
        w("## Afvigelser i detaljer")
        w("")
        w("Hver afvigelse findes også som JSON i `deviations/`; kandidatens fulde svar ligger i `deviations/<scenarie>.svar.json`.")
        w("")
        for dev in devs[:MAX_DETAILED]:
            w(f"### {dev['id']} — {dev['klasse_tekst']} (alvor {dev['alvor']})")
            w("")
            w(f"- Scenarie: {dev['scenario']} {dev.get('titel') or ''}".rstrip())
            w(f"- Retsområde: {dev['omraade']}; scenariets alvor: {dev['scenario_alvor']}")
            w(f"- Hjemmel: {'; '.join(dev['hjemmel']) or '—'}")
            if dev.get("undtagelse"):
                w(f"- Dækket af undtagelse: {dev['undtagelse']}")
            w(f"- {dev['besked']}")
            w("")
            if dev["felter"]:
                w(_table([[f["felt"], value_text(f["forventet"]), value_text(f["faktisk"]), f["art"]] for f in dev["felter"]],
                         ["Felt", "Forventet (golden)", "Kandidatens svar", "Art"]))
                w("")
            if dev["forklaring"]:
                w("Referencens begrundelse for de forventede værdier:")
                w("")
                out.extend(f"- {s['trin']} `{s['regel']}` ({s['hjemmel']}): {value_text(s.get('resultat'))}"
                           for s in dev["forklaring"])
                w("")
        if len(devs) > MAX_DETAILED:
            w(f"… og {len(devs) - MAX_DETAILED} afvigelser mere; se `deviations/` og `results.json`.")
            w("")
    return "\n".join(out).rstrip() + "\n"
