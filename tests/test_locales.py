"""The Fluent catalogues: each parses, matches the German source and renders through `Catalogues`."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel import Locale
from babel.dates import format_date, format_time
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.i18n import FSI, PDI, Catalogues
from bot.languages import LANGUAGES, SOURCE_LANGUAGE
from flows.engine import Text

LOCALES = Path(__file__).resolve().parent.parent / "locales"
CODES = sorted(LANGUAGES)
BUTTONS = (
    "consent-agree", "consent-decline", "consent-agree-now",
    "menu-find-work", "menu-book", "menu-ask-coach", "menu-appointments", "menu-language", "menu-my-data",
    "my-data-withdraw", "my-data-delete", "back", "delete-yes", "delete-no",
)  # fmt: skip
MAX_BUTTON = 20
# Source labels that are already too long; strict, so the test says when they have been shortened.
TOO_LONG_IN_SOURCE: set[tuple[str, str]] = set()
BERLIN = ZoneInfo("Europe/Berlin")
NOVEMBER = datetime(2024, 11, 5, 10, 30, tzinfo=ZoneInfo("UTC"))


class _Variables(Visitor):
    """Collects `$name` references anywhere below a node (select expressions and attributes included)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.names.add(node.id.name)


@cache
def resources(code: str) -> tuple[ast.Resource, ...]:
    paths = sorted((LOCALES / code).glob("*.ftl"))
    return tuple(FluentParser().parse(p.read_text(encoding="utf-8")) for p in paths)


@cache
def messages(code: str) -> dict[str, ast.Message]:
    return {e.id.name: e for res in resources(code) for e in res.body if isinstance(e, ast.Message)}


def variables(message: ast.Message) -> set[str]:
    visitor = _Variables()
    visitor.visit(message)
    return visitor.names


def plain_value(code: str, key: str) -> str:
    """The text of a message made only of text elements (what the button labels are)."""
    message = messages(code)[key]
    assert message.value is not None, f"{code}: {key} has no value"
    return "".join(el.value for el in message.value.elements if isinstance(el, ast.TextElement))


@pytest.fixture(scope="module")
def catalogues() -> Catalogues:
    return Catalogues(LOCALES, BERLIN)


@pytest.mark.parametrize("code", CODES)
def test_catalogue_exists_and_parses(code: str) -> None:
    assert list((LOCALES / code).glob("*.ftl")), f"{code}: no .ftl file in locales/{code}"
    for res in resources(code):
        junk = [j.content.strip()[:60] for j in res.body if isinstance(j, ast.Junk)]
        assert not junk, f"{code}: unparsable entries {junk}"


@pytest.mark.parametrize("code", [c for c in CODES if c != SOURCE_LANGUAGE])
def test_same_keys_and_variables_as_german(code: str) -> None:
    source, target = messages(SOURCE_LANGUAGE), messages(code)
    assert not source.keys() - target.keys(), f"{code}: missing {sorted(source.keys() - target.keys())}"
    assert not target.keys() - source.keys(), f"{code}: not in German {sorted(target.keys() - source.keys())}"
    for key, message in source.items():
        found, wanted = sorted(variables(target[key])), sorted(variables(message))
        assert found == wanted, f"{code}/{key}: variables {found}, German has {wanted}"


@pytest.mark.parametrize(
    ("code", "key"),
    [
        pytest.param(c, k, marks=pytest.mark.xfail(strict=True, reason="too long in the source"))
        if (c, k) in TOO_LONG_IN_SOURCE
        else (c, k)
        for c in CODES
        for k in BUTTONS
    ],
)
def test_button_labels_fit_whatsapp(code: str, key: str) -> None:
    label = plain_value(code, key)
    assert len(label) <= MAX_BUTTON, f"{code}/{key}: {label!r} has {len(label)} characters (max {MAX_BUTTON})"


def test_rtl_inserts_are_isolated(catalogues: Catalogues) -> None:
    args = {"language": "Deutsch", "channel": "telegram"}
    arabic = catalogues.format("ar", "my-data-no-consent", args)
    for insert in args.values():
        assert f"{FSI}{insert}{PDI}" in arabic, f"ar: {insert!r} not isolated in {arabic!r}"
    german = catalogues.text(Text("my-data-no-consent", args), "de")
    assert FSI not in german and PDI not in german, f"de: unexpected isolation marks: {german!r}"


@pytest.mark.parametrize("code", CODES)
def test_datetime_is_formatted_by_babel_in_the_locale(catalogues: Catalogues, code: str) -> None:
    args = {"language": "x", "since": NOVEMBER, "channel": "whatsapp"}
    text = catalogues.text(Text("my-data-consented", args), code)
    locale = LANGUAGES[code].babel_locale
    local = NOVEMBER.astimezone(BERLIN)
    day, clock = format_date(local, "long", locale=locale), format_time(local, "short", locale=locale)
    expected = str(Locale.parse(locale).datetime_formats["medium"]).format(clock, day)
    assert expected in text, f"{code}/my-data-consented: {expected!r} not in {text!r}"
    assert "{" not in text, f"{code}/my-data-consented: unresolved placeable in {text!r}"


def test_german_dates_name_the_month(catalogues: Catalogues) -> None:
    # A `datetime`: the month in words, Berlin time, no seconds; a `date` is "full".
    assert "5. November 2024, 11:30" in catalogues.format("de", "my-data-consented", {"since": NOVEMBER})
    assert "November" in catalogues.format("de", "my-data-consented", {"since": date(2024, 11, 5)})


def test_missing_key_falls_back_along_the_chain(tmp_path: Path) -> None:
    key = "option-stale"
    shutil.copytree(LOCALES, tmp_path / "locales")
    pashto = tmp_path / "locales" / "ps" / "main.ftl"
    lines = pashto.read_text(encoding="utf-8").splitlines(keepends=True)
    pashto.write_text("".join(line for line in lines if not line.startswith(f"{key} =")), encoding="utf-8")
    fallback = Catalogues(tmp_path / "locales")
    assert not fallback.has("ps", key), f"ps: {key} was not removed for the test"
    farsi = Catalogues(LOCALES).format("fa", key)
    assert fallback.format("ps", key) == farsi, f"ps/{key}: did not fall back to fa"
