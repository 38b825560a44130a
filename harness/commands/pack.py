"""`ydelsestjek sign-pack` and `verify-pack`: the evidence pack signed by a trusted approver, and checked before
anyone relies on its verdict (harness/report/signatur.py)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import typer

if TYPE_CHECKING:
    from harness.golden.signing import Approvers, SigningKey

VERIFY_EXIT_CODES = ("Exit codes: 0 signed, intact, GO; 1 signed, intact, NO-GO; 2 not signed, changed after signing, "
                     "signed by an untrusted key, unreadable, or signed where the run's seal could not be checked "
                     "(--allow-unchecked-seal) and not accepted with --accept-unchecked-seal. The lines after the "
                     "verdict name the candidate, the run, the policy (and where it asks less than policies/default.yaml) "
                     "and any --only selection: read them before relying on a GO.")
UNCHECKED_HELP = ("accept a pack signed where its run's seal could not be checked (sign-pack --allow-unchecked-seal): "
                  "the verdict is then the signer's word that the folder is the run's own; without this, exit 2")
KEY_HELP = ("a trusted approver's private key (OpenSSH Ed25519); default: $YDELSESTJEK_GOLDEN_KEY; passphrase from "
            "$YDELSESTJEK_GOLDEN_KEY_PASSPHRASE")
APPROVERS_HELP = "the trusted approvers (default: policies/godkendere.yaml)"


def _fail(lines: list[str]) -> NoReturn:
    for line in lines:
        typer.echo(line, err=True)
    raise typer.Exit(2)


def approvers_or_fail(path: Path | None) -> Approvers:
    from harness.config_files import ConfigError
    from harness.golden import signing
    try:
        return signing.load_approvers(path or signing.DEFAULT_APPROVERS)
    except ConfigError as exc:
        _fail([f"ydelsestjek: configuration error in {exc.path}:", *(f"  {p}" for p in exc.problems)])


def signing_key_or_fail(path: Path | None, approvers: Approvers) -> SigningKey:
    """The key, checked to be a trusted approver's before any work is done with it."""
    from harness.golden import signing
    try:
        key = signing.load_private_key(path)
    except signing.SigningError as exc:
        _fail([f"ydelsestjek: {exc}"])
    if approvers.find(key.fingerprint) is None:
        _fail([f"ydelsestjek: the key {key.fingerprint} is not in the approvers file {approvers.path}; a pack signed "
               "with it could not be verified"])
    return key


def sign_or_fail(run_dir: Path, key: SigningKey, approvers: Approvers, allow_unchecked_seal: bool = False) -> Path:
    from harness.report.signatur import PackSignatureError, sign
    try:
        return sign(run_dir, key, approvers, allow_unchecked_seal=allow_unchecked_seal)
    except PackSignatureError as exc:
        _fail(["ydelsestjek: the pack was not signed:", *(f"  {p}" for p in exc.problems)])


def register(app: typer.Typer) -> None:
    @app.command("sign-pack", epilog="Exit codes: 0 signed, 2 not signed (the reason is printed).")
    def sign_pack(
        run_dir: Path = typer.Argument(..., help="the run's folder (reports/<run-id>)"),
        key: Path | None = typer.Option(None, "--key", help=KEY_HELP),
        approvers: Path | None = typer.Option(None, "--approvers", help=APPROVERS_HELP),
        allow_unchecked_seal: bool = typer.Option(False, "--allow-unchecked-seal", help="sign a pack whose results.json "
                                                  "seal cannot be checked here (made by another user or machine); "
                                                  "recorded in the signature and shown first by verify-pack"),
    ) -> None:
        """Sign an evidence pack after review: SIGNATUR.json holds every file's sha256 and the verdict computed again
        from results.json, signed with a trusted approver's key. Check it with `ydelsestjek verify-pack`. Sign as the
        user and on the machine that ran it: only there can the run's seal on results.json be checked."""
        trusted = approvers_or_fail(approvers)
        signing_key = signing_key_or_fail(key, trusted)
        target = sign_or_fail(run_dir, signing_key, trusted, allow_unchecked_seal=allow_unchecked_seal)
        typer.echo(f"pakken i {run_dir} er signeret med {signing_key.fingerprint}: {target}")

    @app.command("verify-pack", epilog=VERIFY_EXIT_CODES)
    def verify_pack(
        run_dir: Path = typer.Argument(..., help="the run's folder (reports/<run-id>)"),
        approvers: Path | None = typer.Option(None, "--approvers", help=APPROVERS_HELP),
        accept_unchecked_seal: bool = typer.Option(False, "--accept-unchecked-seal", help=UNCHECKED_HELP),
    ) -> None:
        """Check a signed evidence pack before relying on its verdict: the signature is a trusted approver's, no file
        was changed, removed or added since, and results.json still gives the signed verdict."""
        from harness.report.signatur import PackSignatureError, verify
        trusted = approvers_or_fail(approvers)
        try:
            got = verify(run_dir, trusted)
        except PackSignatureError as exc:
            _fail([f"ydelsestjek: the pack in {run_dir} cannot be relied on:", *(f"  {p}" for p in exc.problems)])
        from harness.report.escape import plain
        if got.seal_unchecked:   # before the verdict, not after it (red team round 13 F4)
            typer.echo(plain(got.seal_unchecked, 600))
        demo = ("; ADVARSEL: signeret med projektets offentliggjorte demonøgle, som ikke beviser, hvem der har "
                "signeret") if got.demo else ""
        about = ""
        if got.ydelser or got.ikke_bedoemt:
            about = f" for {', '.join(got.ydelser) or 'ingen ydelse'}"
            about += f"; {', '.join(got.ikke_bedoemt)} ikke bedømt" if got.ikke_bedoemt else ""
        typer.echo(f"{got.verdict}{plain(about, 300)}: pakken {plain(got.run_id, 120)} er intakt ({got.filer} filer) "
                   f"og signeret af {plain(got.navn, 80)} ({got.fingerprint}) {plain(got.signeret, 40)}{demo}")
        typer.echo(f"  Kandidat: »{plain(got.system, 80)}« version »{plain(got.version, 40)}« (som kandidaten selv "
                   f"oplyser); kørsel: {plain(got.run_id, 120)}")
        standard = ("ADVARSEL: stiller færre krav end standardpolitikken (policies/default.yaml), se nedenfor"
                    if got.weaker else "stiller ikke færre krav end standardpolitikken (policies/default.yaml)")
        typer.echo(f"  Udrulningspolitik: »{plain(got.politik, 120)}« (sha256 {got.politik_sha256}); {standard}")
        if got.caveats:
            typer.echo(f"  {plain(got.caveats, 1200)}")
        if got.seal_unchecked and not accept_unchecked_seal:
            typer.echo("ydelsestjek: the pack was signed where its run's seal could not be checked: the verdict rests on "
                       "the signer's word that the folder is the run's own; exit 2 (give --accept-unchecked-seal to "
                       "accept that word)", err=True)
            raise typer.Exit(2)
        raise typer.Exit(0 if got.verdict == "GO" else 1)
