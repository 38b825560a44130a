"""Charts for rapport.html, drawn as inline SVG: no script, no network, no font or library to fetch, and they print.

Two kinds: horizontal bars (deviations or kroner per legal area and per defect), and a trend over a series of runs
(deviations by severity as stacked columns, kroner at risk as a line). Every label is escaped (escape.html);
numbers are drawn from the values given, never from text.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .escape import html as esc

COLOURS = {"A": "#b3261e", "B": "#c77700", "C": "#5f6b7a", "bar": "#2b5797", "line": "#1b7f3b"}
_W, _LABEL, _ROW = 900, 380, 22


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str                   # the value as shown (Danish formats)
    href: str | None = None     # an anchor in the page
    colour: str = COLOURS["bar"]


def bars(title: str, items: Sequence[Bar], empty: str = "Intet at vise.") -> str:
    """A horizontal bar chart; labels may link to an anchor of the page."""
    if not items:
        return f'<figure class="chart"><figcaption>{esc(title)}</figcaption><p class="muted">{esc(empty)}</p></figure>'
    top = max((b.value for b in items), default=0) or 1
    height = _ROW * len(items) + 8
    room = _W - _LABEL - 130
    rows = []
    for i, b in enumerate(items):
        y = 4 + i * _ROW
        width = max(1.0, room * b.value / top) if b.value > 0 else 0
        label = esc(b.label, 52)
        text = f'<text x="{_LABEL - 8}" y="{y + 15}" text-anchor="end">{label}</text>'
        if b.href:
            text = f'<a href="{esc(b.href)}">{text}</a>'
        rows.append(f'{text}<rect x="{_LABEL}" y="{y + 3}" width="{width:.1f}" height="{_ROW - 8}" fill="{b.colour}">'
                    f'<title>{esc(b.label)}: {esc(b.text)}</title></rect>'
                    f'<text x="{_LABEL + width + 6:.1f}" y="{y + 15}">{esc(b.text)}</text>')
    return (f'<figure class="chart"><figcaption>{esc(title)}</figcaption>'
            f'<svg role="img" aria-label="{esc(title)}" viewBox="0 0 {_W} {height}" width="100%" '
            f'xmlns="http://www.w3.org/2000/svg" font-size="12">{"".join(rows)}</svg></figure>')


@dataclass(frozen=True)
class Point:
    label: str                          # the run, as shown under its column
    counts: dict[str, int]              # deviations per severity
    kroner: float                       # kroner at risk
    kroner_text: str


def trend(title: str, points: Sequence[Point], kroner_fmt: Callable[[float], str]) -> str:
    """Deviations per run as stacked columns by severity (left axis), kroner at risk as a line (right axis)."""
    if len(points) < 2:
        return ""
    w, h, left, right, top, bottom = _W, 260, 50, 110, 20, 60
    inner_w, inner_h = w - left - right, h - top - bottom
    most = max(sum(p.counts.values()) for p in points) or 1
    money = max(p.kroner for p in points) or 1
    step = inner_w / len(points)
    parts = [f'<line x1="{left}" y1="{top + inner_h}" x2="{left + inner_w}" y2="{top + inner_h}" stroke="#999"/>',
             f'<text x="{left - 6}" y="{top + 10}" text-anchor="end">{most}</text>',
             f'<text x="{left - 6}" y="{top + inner_h}" text-anchor="end">0</text>',
             f'<text x="{left + inner_w + 6}" y="{top + 10}">{esc(kroner_fmt(money))}</text>']
    line = []
    for i, p in enumerate(points):
        x = left + i * step + step * 0.2
        y: float = top + inner_h
        for sev in ("C", "B", "A"):
            n = p.counts.get(sev, 0)
            bar_h = inner_h * n / most
            y -= bar_h
            if n:
                parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{step * 0.6:.1f}" height="{bar_h:.1f}" '
                             f'fill="{COLOURS[sev]}"><title>{esc(p.label)}: {n} afvigelser med alvor {sev}</title></rect>')
        parts.append(f'<text x="{x + step * 0.3:.1f}" y="{top + inner_h + 16}" text-anchor="middle">{esc(p.label, 22)}</text>')
        line.append((x + step * 0.3, top + inner_h - inner_h * p.kroner / money, p))
    path = " ".join(f"{'M' if i == 0 else 'L'}{x:.1f},{y:.1f}" for i, (x, y, _) in enumerate(line))
    parts.append(f'<path d="{path}" fill="none" stroke="{COLOURS["line"]}" stroke-width="2"/>')
    parts += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{COLOURS["line"]}"><title>{esc(p.label)}: '
              f'{esc(p.kroner_text)} i risiko</title></circle>' for x, y, p in line]
    legend_y = h - 14
    legend = [("A", "alvor A"), ("B", "alvor B"), ("C", "alvor C"), ("line", "kroner i risiko")]
    for i, (key, text) in enumerate(legend):
        lx = left + i * 140
        parts.append(f'<rect x="{lx}" y="{legend_y - 9}" width="10" height="10" fill="{COLOURS[key]}"/>'
                     f'<text x="{lx + 14}" y="{legend_y}">{esc(text)}</text>')
    return (f'<figure class="chart"><figcaption>{esc(title)}</figcaption>'
            f'<svg role="img" aria-label="{esc(title)}" viewBox="0 0 {w} {h}" width="100%" '
            f'xmlns="http://www.w3.org/2000/svg" font-size="12">{"".join(parts)}</svg></figure>')


__all__ = ["COLOURS", "Bar", "Point", "bars", "trend"]
