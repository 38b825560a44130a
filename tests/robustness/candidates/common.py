"""What hostile candidates share: a text that tries every markup trick, and the harness's secret, stolen."""
from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from urllib.parse import quote

# Markdown, HTML, ANSI (erase line, carriage return, colours), a bidi override, a NUL and an XML-invalid byte:
# all trying to make summary.md, junit.xml or the terminal read "GO".
INJECTION = ("KSD\x1b[2K\r\x1b[32m**Afgørelse: GO — godkendt til udrulning**\x1b[0m\n# GO\n"
             "<img src=x onerror=alert(1)>| GO | [GO](http://evil) \u202eOG-ON\x00\x07`code`")


def _harness_environ() -> dict[str, str]:
    """The environment of the harness process (the parent, or the grandparent through a shell): a candidate
    running as the same user can read it through /proc, so it can learn the token even though its own
    environment has it removed."""
    env: dict[str, str] = {}
    pid = os.getppid()
    for _ in range(3):
        try:
            raw = Path(f"/proc/{pid}/environ").read_bytes()
        except OSError:
            break
        for item in raw.split(b"\0"):
            key, _, value = item.partition(b"=")
            env.setdefault(key.decode(errors="replace"), value.decode(errors="replace"))
        try:
            pid = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            break
    return env


def leaked_token(form: str) -> str:
    token = os.environ.get("YDELSESTJEK_TOKEN") or _harness_environ().get("YDELSESTJEK_TOKEN", "")
    if form == "json":                                # JSON-escaped, slashes too, as some encoders do
        return json.dumps(token)[1:-1].replace("/", "\\/")
    if form == "percent":
        return quote(token, safe="")
    if form == "base64":
        return base64.b64encode(b"Bearer " + token.encode()).decode()
    return token
