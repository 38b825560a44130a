"""`ydelsestjek golden check | update | approve | sign | verify | keygen`: the review workflow for approved golden
results, and the keys that sign them (harness/golden/signing.py, docs/trust.md)."""
from __future__ import annotations

from pathlib import Path

import typer

from harness.toolkit.dansk import antal

DIR_HELP = "golden folder (default: golden/ in the repository)"
YDELSE_HELP = "only this benefit (default: every benefit folder under scenarios/)"
APPROVERS_HELP = "the trusted approvers (default: policies/godkendere.yaml)"
KEY_HELP = ("the approver's private key (OpenSSH Ed25519); default: $YDELSESTJEK_GOLDEN_KEY (a path or the key "
            "itself); passphrase from $YDELSESTJEK_GOLDEN_KEY_PASSPHRASE")


def _fail(lines: list[str], code: int = 2) -> None:
    for line in lines:
        typer.echo(line, err=True)
    raise typer.Exit(code)


def _approvers(path: Path | None):
    from harness.config_files import ConfigError
    from harness.golden import signing
    try:
        return signing.load_approvers(path or signing.DEFAULT_APPROVERS)
    except ConfigError as exc:
        _fail([f"ydelsestjek: configuration error in {exc.path}:", *(f"  {p}" for p in exc.problems)])


def _data_checked(call, **kwargs):
    """call(**kwargs), with a broken data file of a benefit (harness.reference.check_data) as exit 2 naming it."""
    from harness.config_files import ConfigError
    from harness.contract.ydelse import YdelseError
    try:
        return call(**kwargs)
    except ConfigError as exc:
        _fail([f"ydelsestjek: configuration error in {exc.path}:", *(f"  {p}" for p in exc.problems)])
    except YdelseError as exc:
        _fail([f"ydelsestjek: {exc}"])


def _key(path: Path | None):
    from harness.golden import signing
    try:
        return signing.load_private_key(path)
    except signing.SigningError as exc:
        _fail([f"ydelsestjek: {exc}"])


def register(app: typer.Typer) -> None:
    golden = typer.Typer(no_args_is_help=True, help="Approved golden results: check, propose, approve.")
    app.add_typer(golden, name="golden")

    @golden.command()
    def check(golden_dir: Path | None = typer.Option(None, help=DIR_HELP),
              scenario_dir: Path | None = typer.Option(None, help="scenarios folder"),
              ydelse: str | None = typer.Option(None, help=YDELSE_HELP),
              approvers: Path | None = typer.Option(None, "--approvers", help=APPROVERS_HELP)) -> None:
        """Fail on missing, unused, unapproved or stale goldens (exit 1); 2 for a golden or manifest that is
        changed, unlisted, misplaced or not signed by a trusted approver."""
        from harness.authoring import golden as workflow
        result = _data_checked(workflow.check, **_dirs(golden_dir, scenario_dir), ydelse=ydelse,
                               approvers=_approvers(approvers))
        if result.integrity:
            typer.echo("Golden-sættet er ikke intakt og signeret af en betroet godkender (ændret uden godkendelse):",
                       err=True)
            for line in result.integrity:
                typer.echo(f"  {line}", err=True)
            raise typer.Exit(2)
        for problem in result.problems:
            typer.echo(str(problem))
        for gid in result.afventer:
            typer.echo(f"afventer   {gid}: referencen afviger fra scenariet (@afventer-reference); ingen golden endnu")
        typer.echo(f"{antal(result.checked, 'godkendt golden', 'godkendte goldens')} kontrolleret, "
                   f"{antal(len(result.problems), 'problem', 'problemer')}.")
        raise typer.Exit(result.exit_code)

    @golden.command()
    def update(ids: list[str] = typer.Argument(None, help="only these ids (default: all)"),
               golden_dir: Path | None = typer.Option(None, help=DIR_HELP),
               scenario_dir: Path | None = typer.Option(None, help="scenarios folder"),
               ydelse: str | None = typer.Option(None, help=YDELSE_HELP)) -> None:
        """Compute every scenario and write <ID>.pending.json where the result differs from the approved golden."""
        from harness.authoring import golden as workflow
        result = _data_checked(workflow.update, **_dirs(golden_dir, scenario_dir), ydelse=ydelse, ids=ids or None)
        for gid, lines in sorted(result.written.items()):
            typer.echo(f"{gid}: forslag skrevet")
            for line in lines:
                typer.echo(f"    {line}")
        for problem in result.errors:
            typer.echo(str(problem), err=True)
        for gid in result.afventer:
            typer.echo(f"{gid}: springes over (@afventer-reference)")
        typer.echo(f"{antal(len(result.written), 'forslag', 'forslag')}, {result.unchanged} uændrede, "
                   f"{len(result.errors)} fejl. Godkend med: ydelsestjek golden approve ID… --key NØGLE "
                   f"--kilde haandberegnet|reference|officielt_eksempel --by NAVN --reason TEKST")
        raise typer.Exit(1 if result.errors else 0)

    @golden.command()
    def approve(ids: list[str] = typer.Argument(None, help="ids to approve"),
                by: str | None = typer.Option(None, "--by", help="who reviewed (default: the key's approver name)"),
                reason: str = typer.Option(..., "--reason", help="why the new result is right"),
                key: Path | None = typer.Option(None, "--key", help=KEY_HELP),
                approvers: Path | None = typer.Option(None, "--approvers", help=APPROVERS_HELP),
                all_pending: bool = typer.Option(False, "--all-pending", help="approve every pending proposal"),
                kilde: str = typer.Option("reference", help="provenance: reference | haandberegnet | "
                                                             "officielt_eksempel"),
                note: str = typer.Option("", help="provenance note (default for haandberegnet: scenario and "
                                                  "fact-sheet rows)"),
                golden_dir: Path | None = typer.Option(None, help=DIR_HELP),
                scenario_dir: Path | None = typer.Option(None, help="scenarios folder"),
                ydelse: str | None = typer.Option(None, help=YDELSE_HELP)) -> None:
        """Promote pending proposals to approved goldens, signed with the approver's key; re-sign the manifest."""
        from harness.authoring import golden as workflow
        trusted, signing_key = _approvers(approvers), _key(key)
        try:
            written = workflow.approve(ids or [], by=by, reason=reason, key=signing_key, approvers=trusted,
                                       all_pending=all_pending, kilde=kilde, note=note, ydelse=ydelse,
                                       **_dirs(golden_dir, scenario_dir))
        except workflow.ApprovalError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(1) from None
        typer.echo(f"{antal(len(written), 'golden', 'goldens')} godkendt og signeret med {signing_key.fingerprint}; "
                   "manifestet er opdateret og signeret.")

    @golden.command()
    def sign(ids: list[str] = typer.Argument(None, help="only these ids (default: every golden without a valid "
                                                         "trusted signature)"),
             key: Path | None = typer.Option(None, "--key", help=KEY_HELP),
             approvers: Path | None = typer.Option(None, "--approvers", help=APPROVERS_HELP),
             resign: bool = typer.Option(False, "--all", help="sign every golden, also those already signed"),
             golden_dir: Path | None = typer.Option(None, help=DIR_HELP),
             scenario_dir: Path | None = typer.Option(None, help="scenarios folder")) -> None:
        """Sign approved goldens as they are (after checking each against its scenario, the reference and its
        Så-steps), and the manifest: the migration of unsigned goldens and the re-signing after a merge."""
        from harness.authoring import golden as workflow
        trusted, signing_key = _approvers(approvers), _key(key)
        try:
            result = workflow.sign(signing_key, trusted, ids=ids or None, resign=resign,
                                   **_dirs(golden_dir, scenario_dir))
        except workflow.ApprovalError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(1) from None
        typer.echo(f"{antal(len(result.signed), 'golden', 'goldens')} signeret med {signing_key.fingerprint}, "
                   f"{result.kept} var allerede signeret af en betroet godkender; manifestet er signeret.")

    @golden.command()
    def verify(golden_dir: Path | None = typer.Option(None, help=DIR_HELP),
               approvers: Path | None = typer.Option(None, "--approvers", help=APPROVERS_HELP),
               export: Path | None = typer.Option(None, "--export", help="also write, per golden, the signed text "
                                                  "and its signature, and an allowed_signers file, so that "
                                                  "`ssh-keygen -Y verify` can check them without ydelsestjek")) -> None:
        """Check every golden's and the manifest's signature against the trusted approvers (exit 2 if any fails),
        and list who signed what."""
        from harness.golden import store
        trusted = _approvers(approvers)
        found = store.scan(golden_dir or store.GOLDEN_DIR, trusted)
        if found.problems:
            _fail(["Golden-sættet er ikke intakt og signeret af en betroet godkender:",
                   *(f"  {p}" for p in found.problems)])
        for row in found.approvers_used():
            typer.echo(f"{row['goldens']:>5} goldens signeret af {row['navn']} ({row['fingerprint']})")
        signer = found.manifest_signer or {}
        typer.echo(f"manifestet signeret af {signer.get('navn')} ({signer.get('fingerprint')})")
        if export is not None:
            try:
                n = _export(found, trusted, export)
            except ExportRefused as exc:
                _fail([f"ydelsestjek: --export {export}: {exc}"])
            except OSError as exc:
                _fail([f"ydelsestjek: --export {export}: could not write the export: {exc.strerror or exc}"])
            typer.echo(f"{n} signerede tekster skrevet i {export}; kontrollér dem med: cd {export} && sh verify.sh")

    @golden.command()
    def keygen(path: Path = typer.Argument(..., help="where to write the private key (PATH) and the public (PATH.pub)"),
               name: str = typer.Option(..., "--name", help="the approver's name, as the approvers file will list it"),
               passphrase_env: str | None = typer.Option(None, "--passphrase-env", help="encrypt the private key with "
                                                         "the passphrase held in this environment variable")) -> None:
        """Make an approver's key pair (Ed25519, OpenSSH format) and print the entry for the approvers file."""
        import os

        from harness.golden import signing
        passphrase = None
        if passphrase_env:
            passphrase = os.environ.get(passphrase_env, "").encode("utf-8") or None
            if passphrase is None:
                _fail([f"ydelsestjek: --passphrase-env: ${passphrase_env} is empty or not set"])
        try:
            key = signing.generate(path, name, passphrase)
        except signing.SigningError as exc:
            _fail([f"ydelsestjek: {exc}"])
        typer.echo(f"privat nøgle: {path} (hold den hemmelig; aldrig i repositoriet)\noffentlig nøgle: {path}.pub\n"
                   f"fingeraftryk: {key.fingerprint}\n\nTilføj godkenderen i godkendere-filen (policies/godkendere.yaml "
                   f"eller den, --approvers peger på):\n"
                   f"  - navn: {name!r}\n    noegle: {signing.public_line(key.public)!r}\n"
                   f"    fingerprint: {key.fingerprint!r}")


class ExportRefused(Exception):
    """The --export folder is one the export must not write into."""


def _export_folder(folder: Path) -> None:
    """Make `folder` for the export, or accept it if it exists, is empty, is the user's own and no one else can write
    in it: an auditor runs its verify.sh "without trusting ydelsestjek", so no one else may have planted a link
    in it, or be able to edit the script after the export (red team r13 F7: /tmp/signaturer)."""
    import os
    import stat
    try:
        folder.mkdir(mode=0o755, parents=True)
        return
    except FileExistsError:
        pass
    st = os.lstat(folder)
    if stat.S_ISLNK(st.st_mode) and st.st_uid != os.getuid():
        raise ExportRefused("is a symbolic link owned by another user; name a folder of your own "
                            "(e.g. \"$(mktemp -d)\")")
    st = os.stat(folder)
    if not stat.S_ISDIR(st.st_mode):
        raise ExportRefused("exists and is not a folder; name a new or empty folder (e.g. \"$(mktemp -d)\")")
    if st.st_uid != os.getuid():
        raise ExportRefused("the folder belongs to another user; name a new folder of your own "
                            "(e.g. \"$(mktemp -d)\")")
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise ExportRefused("others can write in the folder (they could edit verify.sh after the export); name a "
                            "new folder (e.g. \"$(mktemp -d)\") or chmod go-w it")
    if any(folder.iterdir()):
        raise ExportRefused("the folder is not empty; the export is written only into a new or empty folder "
                            "(e.g. \"$(mktemp -d)\")")


def _export(found, trusted, folder: Path) -> int:
    """Each golden's signed bytes and armored signature, the manifest's, an allowed_signers file and a script;
    each file written whole and moved into place (harness/writing.py), so nothing is written through a link."""
    from harness.config_files import parse_json
    from harness.golden import signing, store
    from harness.writing import replace_bytes
    _export_folder(folder)
    principals = {a.fingerprint: f"godkender-{i + 1}" for i, a in enumerate(trusted.by_fingerprint.values())}
    replace_bytes(folder / "allowed_signers", "".join(
        f'{principals[a.fingerprint]} namespaces="{signing.GOLDEN_NAMESPACE},{signing.MANIFEST_NAMESPACE}" '
        f"{signing.public_line(a.public)}\n" for a in trusted.by_fingerprint.values()).encode("ascii"))
    lines = ["#!/bin/sh", "# Checks every exported signature with OpenSSH alone; prints one line per file.", "set -e"]
    items = [(g.id, store.golden_payload(g.raw), g.raw["approval"]["signatur"], g.fingerprint, signing.GOLDEN_NAMESPACE)
             for g in found.goldens]
    manifest = parse_json((found.root / store.MANIFEST).read_bytes(), found.root / store.MANIFEST)
    if isinstance(manifest, dict) and manifest.get("signatur") and found.manifest_signer:
        items.append(("MANIFEST", store.manifest_payload(manifest), manifest["signatur"]["signatur"],
                      found.manifest_signer["fingerprint"], signing.MANIFEST_NAMESPACE))
    for name, payload, signature, fp, namespace in items:
        replace_bytes(folder / f"{name}.signed", payload)
        replace_bytes(folder / f"{name}.signed.sig", signing.armor(signature).encode("ascii"))
        lines.append(f"ssh-keygen -Y verify -f allowed_signers -I {principals[fp]} -n {namespace} "
                     f"-s {name}.signed.sig < {name}.signed")
    replace_bytes(folder / "verify.sh", ("\n".join(lines) + "\n").encode("ascii"))
    return len(items)

def _dirs(golden_dir: Path | None, scenario_dir: Path | None) -> dict:
    out = {}
    if golden_dir is not None:
        out["golden_root"] = golden_dir
    if scenario_dir is not None:
        out["scenario_root"] = scenario_dir
    return out
