"""Language quality: the glossary's words, plural selectors, right-to-left commands and arrows.

The rules live in docs/glossary.md (this test reads its tables "Languages", "Replaced words" and "Names
that need their German word") and docs/translating.md. Every `.ftl` file of every language folder is
checked, not only main.ftl, so texts added later are held to the same rules.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from babel import Locale
from fluent.runtime import FluentBundle, FluentResource
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.i18n import FSI, PDI, Catalogues
from bot.languages import LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
GLOSSARY = ROOT / "docs" / "glossary.md"
CODES = sorted(LANGUAGES)
RTL = sorted(code for code, language in LANGUAGES.items() if language.rtl)
LRM = "\u200e"

# Which arguments are numbers (docs/translating.md, "Numbers"): these names, names with these endings or
# beginnings, and any argument a catalogue already formats with NUMBER() or selects on by plural category.
NUMBER_NAMES = frozenset({
    "limit", "count", "n", "seats", "places", "free", "left", "total", "attempts", "people", "persons",
    "minutes", "hours", "days", "weeks", "months", "years", "age",
})  # fmt: skip
NUMBER_SUFFIXES = ("_count", "_limit", "_seats", "_people", "_minutes", "_hours", "_days", "_weeks")
NUMBER_PREFIXES = ("count_", "max_", "min_", "n_", "num_")
# Limits are printed without a thousands separator: NUMBER($limit, useGrouping: 0).
LIMIT_NAMES = frozenset({"limit"})
CLDR_CATEGORIES = frozenset({"zero", "one", "two", "few", "many", "other"})
# Whole numbers a person may meet: enough to find every plural category a language uses for them.
SAMPLE_NUMBERS = (*range(0, 1101), 4096, 10_000)
ARROWS = {"⬅": "➡", "➡": "⬅", "←": "→", "→": "←"}  # fmt: skip


# --- the glossary's tables ------------------------------------------------------------------------------


def _rows(lines: list[str]) -> list[dict[str, str]]:
    """The rows of the first Markdown table in `lines`, keyed by its header."""
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for line in lines:
        if not line.startswith("|"):
            if header is not None:
                break
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if header is None:
            header = cells
        elif not set("".join(cells)) <= set("-: "):
            assert len(cells) == len(header), f"glossary: {len(cells)} cells, header {len(header)}: {line}"
            rows.append(dict(zip(header, cells, strict=True)))
    return rows


@cache
def glossary_lines() -> tuple[str, ...]:
    return tuple(GLOSSARY.read_text(encoding="utf-8").splitlines())


def section(heading: str) -> list[str]:
    """The lines under `## heading` up to the next `## ` heading."""
    lines = list(glossary_lines())
    assert f"## {heading}" in lines, f"docs/glossary.md has no section '## {heading}'"
    start = lines.index(f"## {heading}") + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("## ")), len(lines))
    return lines[start:end]


@cache
def table(heading: str) -> tuple[dict[str, str], ...]:
    rows = _rows(section(heading))
    assert rows, f"docs/glossary.md: no table under '## {heading}'"
    return tuple(rows)


@cache
def needs_plurals() -> frozenset[str]:
    return frozenset(row["code"] for row in table("Languages") if row["plurals"] == "yes")


def term_tables() -> Iterator[tuple[str, list[dict[str, str]]]]:
    """Each table of the "Terms" section with the `###` heading above it."""
    lines = section("Terms")
    starts = [i for i, line in enumerate(lines) if line.startswith("### ")]
    for start, end in itertools.pairwise([*starts, len(lines)]):
        yield lines[start][4:], _rows(lines[start + 1 : end])


# --- the catalogues -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One pattern of a catalogue: a message's value or one of its attributes (or a term's)."""

    code: str
    file: str
    key: str
    attribute: str | None
    pattern: ast.Pattern

    @property
    def where(self) -> str:
        name = f"{self.key}.{self.attribute}" if self.attribute else self.key
        return f"{self.code}/{self.file}: {name}"

    @property
    def is_synonyms(self) -> bool:
        """`syn-…` messages list what people type, wrong words included."""
        return self.key.startswith("syn-")


@cache
def entries(code: str) -> tuple[Entry, ...]:
    found: list[Entry] = []
    for path in sorted((LOCALES / code).glob("*.ftl")):
        for item in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(item, ast.Message | ast.Term):
                continue
            key = item.id.name if isinstance(item, ast.Message) else f"-{item.id.name}"
            if item.value is not None:
                found.append(Entry(code, path.name, key, None, item.value))
            found.extend(Entry(code, path.name, key, a.id.name, a.value) for a in item.attributes)
    return tuple(found)


class _Parts(Visitor):
    """What a pattern is made of: its words, variables, select expressions and placeables."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.variables: set[str] = set()
        self.selects: list[ast.SelectExpression] = []
        self.placeables: list[ast.Placeable] = []

    def visit_TextElement(self, node: ast.TextElement) -> None:
        self.texts.append(node.value)

    def visit_StringLiteral(self, node: ast.StringLiteral) -> None:
        self.texts.append(node.parse()["value"])

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.variables.add(node.id.name)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        self.selects.append(node)
        self.generic_visit(node)

    def visit_Placeable(self, node: ast.Placeable) -> None:
        self.placeables.append(node)
        self.generic_visit(node)


def parts(entry: Entry) -> _Parts:
    visitor = _Parts()
    visitor.visit(entry.pattern)
    return visitor


def number_function_variable(expression: ast.BaseNode) -> str | None:
    """`$x` of `NUMBER($x, …)`, else None."""
    if isinstance(expression, ast.FunctionReference) and expression.id.name == "NUMBER":
        positional = expression.arguments.positional
        if positional and isinstance(positional[0], ast.VariableReference):
            return positional[0].id.name
    return None


def selector_variable(select: ast.SelectExpression) -> str | None:
    if isinstance(select.selector, ast.VariableReference):
        return select.selector.id.name
    return number_function_variable(select.selector)


def variant_keys(select: ast.SelectExpression) -> tuple[set[str], str]:
    """The keys of a select expression and the key of its default variant."""
    keys = {v.key.name if isinstance(v.key, ast.Identifier) else v.key.value for v in select.variants}
    default = next(v for v in select.variants if v.default)
    return keys, default.key.name if isinstance(default.key, ast.Identifier) else default.key.value


@cache
def numbers_seen_in_catalogues() -> frozenset[str]:
    """Arguments some catalogue formats with NUMBER() or selects on by plural category."""
    names: set[str] = set()
    for code in CODES:
        for entry in entries(code):
            found = parts(entry)
            for placeable in found.placeables:
                if name := number_function_variable(placeable.expression):
                    names.add(name)
            for select in found.selects:
                name = selector_variable(select)
                if name and variant_keys(select)[0] & (CLDR_CATEGORIES - {"other"}):
                    names.add(name)
    return frozenset(names)


def is_number(name: str) -> bool:
    return (
        name in NUMBER_NAMES
        or name.endswith(NUMBER_SUFFIXES)
        or name.startswith(NUMBER_PREFIXES)
        or name in numbers_seen_in_catalogues()
    )


def is_limit(name: str) -> bool:
    return name in LIMIT_NAMES or name.endswith("_limit") or name.startswith(("max_", "min_"))


@cache
def integer_categories(code: str) -> frozenset[str]:
    """The CLDR plural categories `code` uses for whole numbers (Ukrainian: one, few, many)."""
    rule = Locale.parse(LANGUAGES[code].babel_locale).plural_form
    return frozenset(rule(n) for n in SAMPLE_NUMBERS)


# --- matching words -------------------------------------------------------------------------------------

_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # vowel marks, dagger alif, tatweel


def normalise(text: str) -> str:
    """For comparing words: NFC, no case, no Arabic vowel marks, Arabic and Persian yeh/kaf the same."""
    text = _ARABIC_MARKS.sub("", unicodedata.normalize("NFC", text))
    text = text.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک").replace("İ", "i")
    return text.casefold()


def contains(text: str, word: str, match: str) -> bool:
    """Whether normalised `text` holds `word`: anywhere (`part`) or as a whole word (`word`)."""
    wanted = normalise(word)
    if match == "part":
        return wanted in text
    return re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", text) is not None


def words_of(entry: Entry) -> str:
    """The entry's words, normalised; commands (/menu) are names, not words, and left out."""
    return normalise(re.sub(r"/[A-Za-z0-9_]+", " ", "\n".join(parts(entry).texts)))


# --- rendering ------------------------------------------------------------------------------------------


@cache
def bundle(code: str) -> FluentBundle:
    """The language's bundle as `bot.i18n.Catalogues` builds it (isolation marks for right-to-left)."""
    language = LANGUAGES[code]
    built = FluentBundle([language.babel_locale.replace("_", "-")], use_isolating=language.rtl)
    for path in sorted((LOCALES / code).glob("*.ftl")):
        built.add_resource(FluentResource(path.read_text(encoding="utf-8")))
    return built


def renderings(entry: Entry) -> Iterator[str]:
    """The entry as people read it, once for each variant its selectors can choose."""
    if entry.key.startswith("-"):
        return
    found = parts(entry)
    choices: dict[str, list[Any]] = {}
    for name in sorted(found.variables):
        if is_number(name):
            choices[name] = [0, 1, 2, 3, 5, 11, 21, 100, 4096]
        else:
            keys = {k for s in found.selects if selector_variable(s) == name for k in variant_keys(s)[0]}
            choices[name] = ["Xy", *sorted(str(k) for k in keys)]
    compiled = bundle(entry.code).get_message(entry.key)
    pattern = compiled.attributes[entry.attribute] if entry.attribute else compiled.value
    assert pattern is not None, entry.where
    for values in itertools.product(*choices.values()):
        text, _errors = bundle(entry.code).format_pattern(pattern, dict(zip(choices, values, strict=True)))
        yield str(text)


def is_word_character(char: str) -> bool:
    return unicodedata.category(char)[0] in "LN" or char == "_"


def telegram_commands(text: str) -> list[int]:
    """Where Telegram marks a bot command in `text` (tdlib's match_bot_commands, without @username):
    a "/" not after a letter, digit, "_", "/", "<" or ">", then 1-64 of [A-Za-z0-9_], then no letter,
    digit, "_", "/", "<" or ">". Only these are tappable."""
    found = []
    for match in re.finditer(r"/([A-Za-z0-9_]{1,64})", text):
        start, end = match.span()
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if before and (is_word_character(before) or before in "/<>"):
            continue
        if after and (is_word_character(after) or after in "/<>"):
            continue
        found.append(start)
    return found


def written_commands(text: str) -> list[int]:
    """Where a text means a command: "/" and a letter, not inside a word, a path or a link."""
    return [m.start() for m in re.finditer(r"(?<![A-Za-z0-9_/:.])/[A-Za-z]", text)]


def strip_isolation(text: str) -> str:
    return text.replace(FSI, "").replace(PDI, "")


# --- the glossary itself --------------------------------------------------------------------------------


def test_the_glossary_knows_every_language() -> None:
    languages = {row["code"]: row for row in table("Languages")}
    assert sorted(languages) == CODES, f"Languages table has {sorted(languages)}, bot.languages has {CODES}"
    for code, row in languages.items():
        direction = "rtl" if LANGUAGES[code].rtl else "ltr"
        assert row["direction"] == direction, f"{code}: glossary says {row['direction']}, not {direction}"
        assert row["plurals"] in ("yes", "no"), f"{code}: plurals must be yes or no, not {row['plurals']!r}"
        assert row["you"], f"{code}: the glossary does not name the formal 'you'"


def test_every_term_is_given_in_every_language() -> None:
    others = [row["code"] for row in table("Languages") if row["code"] != SOURCE_LANGUAGE]
    tables = list(term_tables())
    assert tables, "docs/glossary.md: no ### tables under ## Terms"
    for title, rows in tables:
        assert rows, f"glossary '{title}': empty table"
        assert list(rows[0]) == ["German", *others], f"glossary '{title}': columns {list(rows[0])}"
        for row in rows:
            missing = [code for code in others if not row[code]]
            assert not missing, f"glossary '{title}', {row['German']}: nothing for {missing}"


def test_the_word_tables_name_known_languages() -> None:
    for row in table("Replaced words"):
        assert row["language"] in LANGUAGES, f"Replaced words: unknown language {row['language']!r}"
        assert row["match"] in ("part", "word"), f"Replaced words: match {row['match']!r} for {row['word']}"
        assert row["word"] and row["use instead"], f"Replaced words: incomplete row {row}"
    for row in table("Names that need their German word"):
        assert row["language"] in LANGUAGES, f"German names: unknown language {row['language']!r}"
        assert row["words"] and row["German name"], f"German names: incomplete row {row}"


@pytest.mark.parametrize(
    ("text", "word", "match", "found"),
    [
        ("من يرى ذلك: المدرّبون", "مدرب", "part", True),  # with shadda, plural, article
        ("سأكتب لك الآن", "اكتب", "word", False),  # "I will write", with hamza: not the imperative
        ("Özür dileriz, bir sorun oldu.", "dileriz", "part", True),
        ("Bilgilerinizi DEĞİŞTİRİLMİŞ", "değiştirilmiş", "part", True),
        ("آیا موافق یاست؟", "ایا", "word", False),
        ("ایا موافق یاست؟", "ایا", "word", True),
        ("Запис на прийом", "зустріч", "part", False),
    ],
)
def test_words_are_matched_as_the_glossary_says(text: str, word: str, match: str, found: bool) -> None:
    assert contains(normalise(text), word, match) is found


# --- words ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_no_word_the_glossary_replaces(code: str) -> None:
    rules = [row for row in table("Replaced words") if row["language"] == code]
    problems = [
        f"{entry.where}: '{row['word']}' → {row['use instead']} ({row['why']})"
        for entry in entries(code)
        if not entry.is_synonyms
        for row in rules
        if contains(words_of(entry), row["word"], row["match"])
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", CODES)
def test_authorities_keep_their_german_name(code: str) -> None:
    rules = [row for row in table("Names that need their German word") if row["language"] == code]
    problems = [
        f"{entry.where}: '{row['words']}' without '{row['German name']}'"
        for entry in entries(code)
        if not entry.is_synonyms
        for row in rules
        if contains(words_of(entry), row["words"], "part")
        and not contains(words_of(entry), row["German name"], "part")
    ]
    assert not problems, "\n".join(problems)


# --- numbers --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_numbers_have_plural_selectors(code: str) -> None:
    problems = []
    wanted = integer_categories(code)
    allowed = CLDR_CATEGORIES & (Locale.parse(LANGUAGES[code].babel_locale).plural_form.tags | {"other"})
    for entry in entries(code):
        found = parts(entry)
        selected = {selector_variable(s) for s in found.selects}
        for name in sorted(v for v in found.variables if is_number(v)):
            if code in needs_plurals() and name not in selected:
                problems.append(f"{entry.where}: ${name} is a number; put it in {{ ${name} -> … }}")
        for select in found.selects:
            selector = selector_variable(select)
            if not selector or not is_number(selector):
                continue
            keys, default = variant_keys(select)
            unknown = sorted({k for k in keys if not k.isdigit()} - allowed)
            if unknown:
                problems.append(f"{entry.where}: {unknown} are not plural categories of {code}")
            missing = sorted(wanted - keys - {default})
            if code in needs_plurals() and missing:
                problems.append(f"{entry.where}: ${selector} needs variants for {missing} (whole numbers)")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", CODES)
def test_limits_are_printed_without_grouping(code: str) -> None:
    problems = []
    for entry in entries(code):
        for placeable in parts(entry).placeables:
            expression = placeable.expression
            if isinstance(expression, ast.VariableReference) and is_limit(expression.id.name):
                problems.append(f"{entry.where}: write NUMBER(${expression.id.name}, useGrouping: 0)")
            name = number_function_variable(expression)
            if name and is_limit(name):
                assert isinstance(expression, ast.FunctionReference)
                grouping = {a.name.name: a.value for a in expression.arguments.named}.get("useGrouping")
                if not (isinstance(grouping, ast.NumberLiteral) and grouping.value == "0"):
                    problems.append(f"{entry.where}: NUMBER(${name}) needs useGrouping: 0")
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="module")
def catalogues() -> Catalogues:
    return Catalogues(LOCALES)


@pytest.mark.parametrize(
    ("code", "limit", "expected"),
    [
        ("uk", 1, "максимум 1 символ)"),
        ("uk", 3, "максимум 3 символи)"),
        ("uk", 5, "максимум 5 символів)"),
        ("uk", 21, "максимум 21 символ)"),
        ("uk", 4096, "максимум 4096 символів)"),
        ("ru", 1, "максимум 1 символ)"),
        ("ru", 3, "максимум 3 символа)"),
        ("ru", 5, "максимум 5 символов)"),
        ("ru", 4096, "максимум 4096 символов)"),
        ("ar", 1, "الحد الأقصى حرف واحد)"),
        ("ar", 2, "الحد الأقصى حرفان)"),
        ("ar", 5, "الحد الأقصى 5 أحرف)"),
        ("ar", 4096, "الحد الأقصى 4096 حرفًا)"),
        ("ar", 100, "الحد الأقصى 100 حرف)"),
        ("ps", 1, "تر 1 توري زیات نه"),
        ("ps", 4096, "تر 4096 تورو زیات نه"),
        ("ti", 1, "1 ፊደል)"),
        ("ti", 4096, "4096 ፊደላት)"),
        ("en", 1, "at most 1 character)"),
        ("en", 4096, "at most 4096 characters)"),
        ("fr", 1, "1 caractère au maximum"),
        ("fr", 4096, "4096 caractères au maximum"),
    ],
)
def test_the_length_limit_reads_right(catalogues: Catalogues, code: str, limit: int, expected: str) -> None:
    text = strip_isolation(catalogues.format(code, "too-long", {"limit": limit}))
    assert expected in text, f"{code}/too-long for {limit}: {text!r}"


@pytest.mark.parametrize("code", CODES)
def test_4096_has_no_thousands_separator(catalogues: Catalogues, code: str) -> None:
    text = strip_isolation(catalogues.format(code, "too-long", {"limit": 4096}))
    assert "4096" in text, f"{code}/too-long: {text!r}"
    assert not re.search(r"4\D096", text), f"{code}/too-long groups the digits: {text!r}"


# --- commands and direction -----------------------------------------------------------------------------


@pytest.mark.parametrize("code", CODES)
def test_commands_are_tappable(code: str) -> None:
    problems = []
    for entry in entries(code):
        for text in set(renderings(entry)):
            tappable = set(telegram_commands(text))
            for start in written_commands(text):
                if start not in tappable:
                    snippet = text[max(0, start - 8) : start + 12]
                    problems.append(f"{entry.where}: {snippet!r} is no command")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", RTL)
def test_right_to_left_commands_have_a_left_to_right_mark(code: str) -> None:
    problems = []
    for entry in entries(code):
        for text in set(renderings(entry)):
            for start in written_commands(text):
                if text[start - 1 : start] != LRM:
                    problems.append(f"{entry.where}: no U+200E before {text[start : start + 12]!r}")
            for line in text.splitlines():
                if strip_isolation(line).lstrip(f" {LRM}").startswith("/"):
                    problems.append(f"{entry.where}: description first, then the command: {line!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", RTL)
def test_right_to_left_arrows_point_the_other_way(code: str) -> None:
    german = {e.key: e for e in entries(SOURCE_LANGUAGE) if e.attribute is None and not e.key.startswith("-")}
    problems = []
    for entry in entries(code):
        source = german.get(entry.key)
        if entry.attribute or source is None:
            continue
        seen, shown = next(renderings(source), ""), next(renderings(entry), "")
        for arrow, mirrored in ARROWS.items():
            if seen.count(arrow) != shown.count(mirrored):
                count = seen.count(arrow)
                problems.append(
                    f"{entry.where}: German has {count}× {arrow}, so {count}× {mirrored}: {shown!r}"
                )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", RTL)
def test_back_points_right_in_right_to_left_languages(catalogues: Catalogues, code: str) -> None:
    back = catalogues.format(code, "back")
    assert "➡" in back and "⬅" not in back, f"{code}/back: {back!r}"
