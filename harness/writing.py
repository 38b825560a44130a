"""Writing the bench's own files into folders others can reach (a run folder on a shared drive, a pack received
from a vendor, an audit's folder): a file is written whole under a temporary name and moved into place, so a link
planted at its name is replaced, never written through (red team round 8: `report` overwrote
policies/default.yaml through a deviation file's link, and `run --resume` a file outside the run folder)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def own_folder(path: Path) -> Path:
    """`path` as a real folder: a link (or a file) planted in its place is removed, never followed."""
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        path.unlink()
    path.mkdir(parents=True, exist_ok=True)
    return path


def replace_bytes(path: Path, data: bytes) -> None:
    """Write `data` as the file `path`, replacing whatever stood there (a link included)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:80]}.", suffix=".tmp")
    try:
        os.fchmod(fd, 0o666 & ~_umask())           # as an ordinary new file: a pack is read by others
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def replace_text(path: Path, text: str) -> None:
    replace_bytes(path, text.encode("utf-8"))
