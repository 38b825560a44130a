"""The machinery's English messages in Danish, for the evidence pack; results.json keeps them as they were logged.

Adapters and the runner write their messages in English (logs, terminals, developers). What reaches the pack a
steering group reads is shown in Danish: each known message has a pattern here; a candidate's own text inside it
(an error it reported, a line it printed) is kept as it was and quoted. A message no pattern knows is shown with
a Danish lead-in, so the reader knows it is the system's technical text.
"""
from __future__ import annotations

import functools
import re

from .paths import scrub

# (pattern, Danish) in order; {n} names a group. Patterns match the whole message.
_MESSAGES: list[tuple[str, str]] = [
    (r"the candidate did not start: (?P<why>.*)", "kandidaten kunne ikke startes: {why}"),
    (r"timeout: no answer within (?P<s>[\d.]+) s; the process was restarted",
     "tidsgrænsen blev overskredet: intet svar inden for {s} s; processen blev genstartet"),
    (r"the candidate process exited \(code (?P<code>-?\d+)\) while computing the case(?P<rest>.*)",
     "kandidatens proces stoppede (kode {code}) under beregningen af sagen{rest}"),
    (r"answer is not JSON: (?P<what>.*)", "svaret er ikke JSON: {what}"),
    (r"the answer is not JSON: (?P<what>.*)", "svaret er ikke JSON: {what}"),
    (r"answer does not carry seq (?P<seq>\d+): (?P<what>.*)", "svaret bærer ikke løbenummer {seq}: {what}"),
    (r"answer is not one of decision/skipped/errored: (?P<what>.*)",
     "svaret er hverken en afgørelse, sprunget over eller fejl: {what}"),
    (r"the answer is none of decision/skipped/error: (?P<what>.*)",
     "svaret er hverken en afgørelse, sprunget over eller fejl: {what}"),
    (r"the answer is for case (?P<a>.*), not (?P<b>.*)", "svaret gælder sagen {a}, ikke {b}"),
    (r"calculate raised (?P<what>.*)", "beregningen fejlede: {what}"),
    (r"calculate_batch raised (?P<what>.*)", "beregningen af en portion sager fejlede: {what}"),
    (r"calculate_batch returned (?P<got>.*) for (?P<n>\d+) cases", "beregningen returnerede {got} for {n} sager"),
    (r"adapter failed: (?P<what>.*)", "forbindelsen til kandidaten fejlede: {what}"),
    (r"adapter returned (?P<got>.*) results for (?P<n>\d+) cases", "forbindelsen gav {got} svar for {n} sager"),
    (r"HTTP (?P<code>\d{3}): (?P<what>.*)", "HTTP-fejl {code}: {what}"),
    (r"batch of (?P<n>\d+): (?P<what>.*)", "portion på {n} sager: {what}"),
    (r"no decision recorded for sags_id (?P<id>\S+) in (?P<file>.*)",
     "ingen afgørelse er optaget for sagen {id} i {file}"),
    (r"no readable recording for sags_id (?P<id>\S+); (?P<file>\S+) has unreadable lines: (?P<lines>.*)",
     "ingen læsbar optagelse for sagen {id}; {file} har ulæselige linjer: {lines}"),
    (r"the case has no valid ydelse; it cannot be addressed to an endpoint",
     "sagen har ingen gyldig ydelse og kan ikke sendes til en adresse"),
    (r"no result \(adapter bug\)", "intet resultat (fejl i forbindelsen)"),
    (r"CaseError: (?P<what>.*)", "sagen blev afvist: {what}"),
    (r"no reason given", "ingen begrundelse angivet"),
    (r"no message given", "ingen besked angivet"),
    (r"cmd:(?P<cmd>.*): no answer to start within (?P<s>\d+) s", "cmd:{cmd}: intet svar på start inden for {s} s"),
    (r"cmd:(?P<cmd>.*): exited \(code (?P<code>-?\d+)\) before answering start(?P<rest>.*)",
     "cmd:{cmd}: stoppede (kode {code}) før den svarede på start{rest}"),
    (r"cmd:(?P<cmd>.*): cannot start the process \((?P<why>.*)\)", "cmd:{cmd}: processen kunne ikke startes ({why})"),
    (r"(?P<base>\S+)/info: (?P<what>.*)", "{base}/info: {what}"),
    (r"(?P<what>.*): Connection refused", "{what}: forbindelsen blev afvist"),
]


@functools.cache
def _compiled() -> list[tuple[re.Pattern[str], str]]:
    """The patterns, compiled when the first message is shown (a pack with no messages, such as a GO run's, never
    needs them: ≈ 1 ms of every run's start)."""
    return [(re.compile(p, re.S), d) for p, d in _MESSAGES]


def besked(text: str) -> str:
    """A machinery message in Danish (absolute paths shortened); a text no pattern knows gets a Danish lead-in."""
    text = scrub(text or "")
    for pattern, danish in _compiled():
        m = pattern.fullmatch(text)
        if m:
            return danish.format(**{k: besked(v) if k in ("why",) else v for k, v in m.groupdict().items()})
    if _looks_danish(text):
        return text
    return f"teknisk besked fra kandidaten eller forbindelsen: {text}"


_DANISH_HINTS = re.compile(r"[æøåÆØÅ]|\b(og|ikke|er|af|til|med|for|på|uden|kandidaten|sagen|svaret|felt)\b")


def _looks_danish(text: str) -> bool:
    return bool(_DANISH_HINTS.search(text))


__all__ = ["besked"]
