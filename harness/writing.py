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


def temp_beside(path: Path) -> Path:
    """A new, empty regular file next to `path` (created exclusively, so no link planted at a fixed temporary name
    is followed), with an ordinary file's mode; the caller writes it and moves it into place with os.replace."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:80]}.", suffix=".tmp")
    os.fchmod(fd, 0o666 & ~_umask())           # as an ordinary new file: a pack is read by others
    os.close(fd)
    return Path(tmp)


def replace_bytes(path: Path, data: bytes, sync: bool = False) -> None:
    """Write `data` as the file `path`, replacing whatever stood there (a link included); `sync`: on the disk before
    it is moved into place (a file an interrupted run resumes from)."""
    tmp = temp_beside(path)
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            if sync:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


NO_LINK = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)


def open_own(path: Path, flags: int) -> int:
    """os.open of one of the bench's own files, never through a link (OSError ELOOP for one) and never waiting on a
    pipe planted in its place (O_NONBLOCK; a regular file is read as usual)."""
    return os.open(path, flags | NO_LINK | getattr(os, "O_NONBLOCK", 0), 0o666)


def replace_text(path: Path, text: str) -> None:
    replace_bytes(path, text.encode("utf-8"))
