"""`ydelsestjek negative`: the run's negative stage on its own, for a vendor trying its input checks in seconds.

Cases that break the case schema or the law's plausibility, made from the goldens' cases, are sent to the
candidate; each must be refused. Decided ones are shown shrunk, and can be exported (`--export DIR`) and sent
again in later runs (`--corpus DIR`).

Exit codes: 0 every case refused, 1 a candidate decided an invalid case, 2 usage or configuration error.
"""
from __future__ import annotations

import json
from pathlib import Path

import typer

EXIT_CODES_HELP = "Exit codes: 0 every invalid case refused, 1 some decided, 2 usage or configuration error."


def _fail(message: str) -> None:
    typer.echo(f"ydelsestjek: {message}", err=True)
    raise typer.Exit(2)


def render(report) -> str:
    from tabulate import tabulate

    from harness.negative.mutations import KINDS
    meta = report.metadata
    lines = [f"Negativ fase mod {meta.get('system', report.candidate)} {meta.get('version', '')} "
             f"({', '.join(report.ydelser) or 'ingen ydelser'}): {report.cases} ugyldige sager på {report.seconds:.1f} s; "
             f"{report.refused} afvist, {report.accepted} afgjort, {report.not_judged} ikke bedømt"
             + (f" (heraf {report.failed} uden svar: nedbrud, tidsudløb eller serverfejl)" if report.failed else "")
             + ".", ""]
    rows = [(v["label"], v["cases"], v["refused"], v["accepted"], v["not_judged"]) for v in report.to_dict()["per_kind"].values()]
    lines.append(tabulate(rows, headers=("art", "sager", "afvist", "afgjort", "ikke bedømt"), tablefmt="github"))
    if report.findings:
        lines += ["", f"{len(report.findings)} fund (accepteret ugyldigt input):", ""]
        lines.append(tabulate([(f.id, f.ydelse, f.alvor, KINDS[f.mutation.kind][0], f.mutation.felt,
                                f"{f.accepted}/{f.tried}", f"{f.fields_before}->{f.fields_after}") for f in report.findings],
                              headers=("id", "ydelse", "alvor", "art", "felt", "afgjort", "skrumpet"), tablefmt="github"))
    else:
        lines += ["", "Ingen ugyldig sag blev afgjort."]
    return "\n".join(lines)


def register(app: typer.Typer) -> None:
    @app.command(epilog=EXIT_CODES_HELP)
    def negative(
        candidate: str = typer.Option(..., "--candidate", "-c", help="reference | demo | python:MODULE | cmd:COMMAND | "
                                      "file:PATH.jsonl | http(s)://HOST:PORT"),
        ydelse: str | None = typer.Option(None, "--ydelse", help="only this benefit (default: every one the candidate computes)"),
        golden_dir: Path | None = typer.Option(None, "--golden-dir", help="take the seed cases from this golden set"),
        per_key: int = typer.Option(2, "--per-key", help="seeds per kind of break of one field"),
        corpus: Path | None = typer.Option(None, "--corpus", help="also send the findings exported to this folder"),
        export_dir: Path | None = typer.Option(None, "--export", help="write each finding (shrunk) as DIR/<ydelse>/<id>.json"),
        json_out: Path | None = typer.Option(None, "--json", help="write the report with every finding as JSON here"),
        timeout: float = typer.Option(10.0, "--timeout", help="seconds a cmd: candidate may spend on one case"),
    ) -> None:
        """Send cases the law cannot compute (negative hours, a period that ends before it starts, …); each must be refused."""
        from harness.adapters_api import CandidateError, open_candidate
        from harness.compare import load_policy
        from harness.config_files import ConfigError
        from harness.contract.records import dump
        from harness.gate.scope import ScopeError, decide
        from harness.golden.store import GOLDEN_DIR, GoldenIntegrityError, load_goldens
        from harness.negative.export import export, load_corpus
        from harness.negative.stage import NegativeConfig, record, run_stage

        if per_key < 1:
            _fail(f"--per-key: expected a positive number, got {per_key}")
        try:
            goldens = load_goldens(golden_dir or GOLDEN_DIR, ydelse=ydelse)
            replay = load_corpus(corpus) if corpus is not None else None
        except GoldenIntegrityError as exc:
            _fail("the golden set failed its integrity check:\n  " + "\n  ".join(exc.problems))
        except ConfigError as exc:
            _fail(f"{exc.path}:\n  " + "\n  ".join(exc.problems))
        seeds: dict[str, list[tuple[str, dict]]] = {}
        for g in goldens:
            seeds.setdefault(g.ydelse, []).append((g.id, g.case))
        try:
            cand = open_candidate(candidate, timeout=timeout)
        except CandidateError as exc:
            _fail(f"candidate: {exc}")
        try:
            try:
                meta = cand.start()
            except Exception as exc:
                _fail(f"candidate: did not start: {exc}")
            try:       # the run's scope: the benefits the candidate declares, or the one --ydelse names
                judged = decide(meta.ydelser, ydelse, goldens).ydelser
            except ScopeError as exc:
                _fail(str(exc))
            cpolicy = load_policy()
            records, report = run_stage(cand, meta, cpolicy, seeds, NegativeConfig(per_key=per_key, ydelser=judged),
                                        corpus=replay)
        finally:
            cand.stop()
        typer.echo(render(report))
        if export_dir is not None and report.findings:
            written = export(report.findings, export_dir, f"{meta.system} {meta.version}")
            typer.echo(f"\n{len(written)} fund eksporteret til {export_dir} (send dem igen med --corpus {export_dir}).")
        if json_out is not None:
            json_out.write_text(json.dumps({**report.to_dict(), "records": [dump(record(f, cpolicy)) for f in report.findings]},
                                           ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
        raise typer.Exit(1 if records else 0)
