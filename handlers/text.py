"""Plain-text helpers every channel edge needs: splitting long texts, shortening titles readably.

Cuts never split a grapheme (an emoji sequence, a letter with its marks), so Arabic harakat, Ethiopic
syllables and family emoji survive being shortened or split.
"""

from __future__ import annotations

import unicodedata

from flows.engine import MAX_TEXT_LENGTH

TEXT_LIMIT = MAX_TEXT_LENGTH  # the longest message a person may send us, and that we send in one piece
ELLIPSIS = "…"
_TRAILING = " \t,.;:!?-–—/·،؛፡።፣"
_ZWJ = "\u200d"


def one_line(text: str) -> str:
    """Titles are a single line: line breaks and runs of spaces become one space."""
    return " ".join(text.split())


def shorten(text: str, limit: int) -> str:
    """`text` in at most `limit` characters: cut at a word boundary where possible, ending in "…"."""
    if len(text) <= limit:
        return text
    cut = _safe_cut(text, limit - len(ELLIPSIS))
    head = text[:cut]
    if not text[cut].isspace():  # in the middle of a word: end at the word before, if not too short
        space = max(head.rfind(" "), head.rfind("\u00a0"), head.rfind("\t"), head.rfind("\n"))
        if space >= (limit - len(ELLIPSIS)) // 2:
            head = head[:space]
    head = head.rstrip(_TRAILING)
    if not head:  # a single long word or grapheme: cut inside it rather than show nothing
        head = text[:cut] or text[: limit - len(ELLIPSIS)]
    return head + ELLIPSIS


def chunks(text: str, limit: int = TEXT_LIMIT) -> list[str]:
    """Text in parts of at most `limit` characters: at line breaks, else at spaces, else between graphemes."""
    if len(text) <= limit:
        return [text]
    parts: list[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        while len(line) > limit:
            if current:
                parts.append(current)
                current = ""
            cut = _safe_cut(line, limit)
            space = line.rfind(" ", 0, cut)
            if space >= limit // 2:
                cut = space + 1
            parts.append(line[:cut])
            line = line[cut:]
        if len(current) + len(line) > limit:
            parts.append(current)
            current = ""
        current += line
    if current:
        parts.append(current)
    return [part.strip("\n") or part for part in parts if part.strip()]


def _safe_cut(text: str, index: int) -> int:
    """The largest cut ≤ `index` that does not split a grapheme (emoji sequence, base + marks)."""
    cut = max(0, min(index, len(text)))
    while 0 < cut < len(text) and _continues(text, cut):
        cut -= 1
    return cut


def _continues(text: str, index: int) -> bool:
    """Whether `text[index]` belongs to the same user-perceived character as `text[index - 1]`."""
    char, before = text[index], text[index - 1]
    code = ord(char)
    if unicodedata.category(char) in ("Mn", "Mc", "Me"):  # accents, harakat, keycap, Ethiopic marks
        return True
    if char == _ZWJ or before == _ZWJ:  # 👩‍💻: parts joined by a zero-width joiner
        return True
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:  # variation selectors
        return True
    if 0x1F3FB <= code <= 0x1F3FF:  # skin tones
        return True
    if 0xE0020 <= code <= 0xE007F:  # tag sequences (subdivision flags)
        return True
    if before == "\r" and char == "\n":
        return True
    if _regional(char) and _regional(before):  # flags are pairs of regional indicators
        run = 0
        position = index - 1
        while position >= 0 and _regional(text[position]):
            run += 1
            position -= 1
        return run % 2 == 1
    return False


def _regional(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF
