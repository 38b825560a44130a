"""Text the candidate wrote (system, version, error messages, field values) is data, never markup.

Every report renders such text through one of these functions. `plain` is the base: control characters
(ANSI escapes, carriage returns, NUL, C1 controls) and the Unicode controls that reorder or hide text (bidi
overrides and isolates, zero-width characters) are shown as visible escapes (`\\x1b`, `\\u202e`), never
executed by a terminal or a renderer, and line breaks become spaces, so no candidate text can start a line
of its own ("**Afgørelse: GO**"). `md`, `xml` and `html` add what their format needs.
"""
from __future__ import annotations

import html as _html
import re

# C0 and C1 controls, DEL; bidi embeddings, overrides and isolates; zero-width and other invisible formatters;
# line and paragraph separators; the BOM; non-characters and lone surrogates (invalid in XML and in UTF-8).
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f"
                        "\u3164\ufe00-\ufe0f\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff]")
_LINE_BREAKS = {"\n": " ", "\r": " ", "\t": " ", "\u2028": " ", "\u2029": " "}


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    if char in _LINE_BREAKS:
        return _LINE_BREAKS[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def plain(value: object, limit: int | None = None) -> str:
    """One line of inert text: controls made visible, line breaks made spaces, optionally cut to `limit`."""
    text = value if isinstance(value, str) else str(value)
    text = _INVISIBLE.sub(_visible, text)
    if limit is not None and len(text) > limit:
        text = text[:max(0, limit - 1)] + "…"
    return text


# Candidate text never starts a line (every line of a report begins with our own prefix: "| ", "- ", "### "),
# so only inline markup can be reached: emphasis, code, links and images, raw HTML, entities, table cells,
# strikethrough and GitHub's math. Those characters are backslash-escaped (CommonMark: `\` + ASCII punctuation
# is that character); the rest (dates, amounts, "-", ".") stay as they are, readable in the raw file. An
# underscore between two letters or digits cannot open or close emphasis (CommonMark's flanking rules), so
# codes such as manglende_udbetaling stay as they are.
# Brackets alone are no markup (a link needs `](` or `][` right after its text, a definition a line of its own),
# so only a `]` that would close a link is escaped: field paths such as maaneder[2022-05] stay readable.
_MD_SPECIAL = re.compile(r"([\\`*<>|~&$]|\](?=[(\[])|(?<![^\W_])_|_(?![^\W_]))")


def md(value: object, limit: int | None = None) -> str:
    """Candidate text inside Markdown (prose or a table cell): shown literally, never as markup."""
    return _MD_SPECIAL.sub(r"\\\1", plain(value, limit))


def md_code(value: object, limit: int | None = None) -> str:
    """Candidate text as an inline code span, fenced by more backticks than it contains (CommonMark);
    a `|` is escaped, as GitHub tables require even inside code."""
    text = plain(value, limit).replace("|", "\\|")
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


# XML 1.0 allows tab, LF, CR and U+0020-U+D7FF, U+E000-U+FFFD, U+10000-U+10FFFF; everything else is invalid
# even as a character reference. `plain` already makes all of those (and more) visible escapes.


def xml(value: object, multiline: bool = False) -> str:
    """Text for an XML attribute or element (ElementTree escapes <, > and &): no character XML forbids, and
    no terminal control. `multiline` keeps line breaks (for element text such as a field diff)."""
    text = value if isinstance(value, str) else str(value)
    if multiline:
        return "\n".join(plain(line) for line in text.split("\n"))
    return plain(text)


def html(value: object, limit: int | None = None) -> str:
    """Candidate text inside HTML (element content or a quoted attribute)."""
    return _html.escape(plain(value, limit), quote=True)
