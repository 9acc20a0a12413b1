"""Local offers: the eligibility rules (table-driven), the offers file (import, export, errors)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.cli import main
from bot.demo import load_demo
from bot.intake.catalogue import (
    OfferData,
    OffersFileError,
    all_offers,
    import_offers,
    read_file,
    write_file,
)
from bot.intake.matching import OfferRules, eligible, fitting
from bot.intake.places import read_places
from bot.storage.database import Database
from bot.storage.models import Municipality, Offer

COURSE = OfferRules("course", "language_course", german_max="A2", residence=("permit", "gestattung"),
                    municipalities=("Bruchsal",), helps=("german_course",))  # fmt: skip
AGED = OfferRules("aged", "qualification", age_min=18, age_max=27)
B2 = OfferRules("b2", "language_course", german_min="B1", german_max="B2")
BRUCHSAL = {"name": "Bruchsal", "id": 1}


@pytest.mark.parametrize(
    ("offer", "answers", "age", "fits"),
    [
        (COURSE, {}, None, True),  # nothing known: nothing excludes
        (COURSE, {"german": "A1"}, None, True),
        (COURSE, {"german": "A2"}, None, True),  # the range includes its ends
        (COURSE, {"german": "B1"}, None, False),
        (COURSE, {"german": "unknown"}, None, True),
        (COURSE, {"residence": "duldung"}, None, False),
        (COURSE, {"residence": "gestattung"}, None, True),
        (COURSE, {"residence": "other"}, None, True),  # "don't know" does not exclude
        (COURSE, {"place": BRUCHSAL}, None, True),
        (COURSE, {"place": {"name": "Ettlingen", "id": 2}}, None, False),
        (COURSE, {"place": {"outside": True}}, None, False),
        (B2, {"german": "A2"}, None, False),
        (B2, {"german": "B1"}, None, True),
        (B2, {"german": "C1"}, None, False),
        (AGED, {}, None, True),  # age is not asked: unknown never excludes
        (AGED, {}, 17, False),
        (AGED, {}, 18, True),
        (AGED, {}, 28, False),
    ],
)
def test_eligibility_rules(
    offer: OfferRules, answers: dict[str, object], age: int | None, fits: bool
) -> None:
    assert eligible(offer, answers, age) is fits


IQ = OfferRules("iq", "recognition", helps=("recognition",))
FAIR = OfferRules("fair", "job_fair", helps=("job_search", "apprenticeship"))
WORKSHOP = OfferRules("workshop", "workshop", helps=("cv", "interview", "job_search"))
OPEN = OfferRules("open", "orientation")


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({}, ["open", "fair", "iq", "workshop"]),  # nothing asked for yet: everything, open ones first
        ({"help": ["cv"]}, ["workshop", "open"]),
        ({"help": ["job_search", "interview"]}, ["workshop", "fair", "open"]),  # two needs met first
        ({"help": ["cv"], "abroad": True}, ["iq", "workshop", "open"]),  # recognition always, first
        ({"help": ["cv"], "abroad": False}, ["workshop", "open"]),
    ],
)
def test_fitting_offers_best_first(answers: dict[str, object], expected: list[str]) -> None:
    assert [offer.id for offer in fitting([IQ, FAIR, WORKSHOP, OPEN], answers)] == expected


def test_the_example_file_reads_and_exports_round_trip(tmp_path: Path) -> None:
    offers = read_file(Path("docs/offers-example.yaml"))
    assert [offer.id for offer in offers][:2] == ["iq-recognition-karlsruhe", "integrationskurs-bruchsal"]
    for name in ("again.yaml", "again.csv"):
        write_file(tmp_path / name, offers)
        assert read_file(tmp_path / name) == offers


def test_every_error_names_the_row_and_the_field(tmp_path: Path) -> None:
    path = tmp_path / "offers.csv"
    path.write_text(
        "id,kind,german_min,german_max,helps,age_min,title_de,description_de,title_xx\n"
        "ok-1,workshop,A1,B1,cv,,Werkstatt,Jeden Dienstag,\n"
        "Bad Id,party,A1,Z9,cooking,zwölf,,,\n"
        "ok-1,workshop,B2,A1,,,Werkstatt,Text,\n",
        encoding="utf-8",
    )
    with pytest.raises(OffersFileError) as raised:
        read_file(path)
    assert raised.value.errors == ["header: unknown column 'title_xx'"]
    path.write_text(path.read_text().replace(",title_xx", "").replace("Dienstag,\n", "Dienstag\n")
                    .replace(",,,\n", ",,\n").replace("Text,\n", "Text\n"), encoding="utf-8")  # fmt: skip
    with pytest.raises(OffersFileError) as raised:
        read_file(path)
    assert raised.value.errors == [
        "row 2, field id: required; lowercase letters, digits, '_', '.', '-' (at most 64)",
        "row 2, field kind: 'party' is not one of language_course, recognition, orientation, "
        "qualification, workshop, job_fair, other",
        "row 2, field german_max: 'Z9' is not one of A1, A2, B1, B2, C1, C2",
        "row 2, field helps: 'cooking' is not one of job_search, apprenticeship, cv, interview, forms, "
        "recognition, german_course",
        "row 2, field age_min: 'zwölf' is not a whole number",
        "row 2, field texts.de.title: German title is required",
        "row 2, field texts.de.description: German description is required",
        "row 3, field id: 'ok-1' is used by an earlier row",
        "row 3, field german_max: A1 is below german_min B2",
    ]


async def test_import_adds_and_updates_by_id_never_deletes_nothing_half(
    sqlite_database: Database, tmp_path: Path
) -> None:
    await load_demo(sqlite_database)
    async with sqlite_database.session() as session:
        before = await session.scalar(select(func.count()).select_from(Offer))
        assert before == 5
        changed = OfferData(
            id="jobmesse-bruchsal", kind="job_fair", texts={"de": {"title": "Neu", "description": "D"}}
        )
        new = OfferData(id="new-one", kind="other", texts={"de": {"title": "T", "description": "D"}})
        assert await import_offers(session, [changed, new]) == (1, 1)
    async with sqlite_database.session() as session:
        offers = {offer.id: offer for offer in await all_offers(session)}
        assert len(offers) == 6 and offers["jobmesse-bruchsal"].texts["de"]["title"] == "Neu"
        wrong = OfferData(id="x", kind="other", municipalities=["Atlantis"], texts=new.texts)
        with pytest.raises(OffersFileError, match="row 2, field municipalities: 'Atlantis'"):
            await import_offers(session, [new, wrong])


def test_cli_offers_import_export_and_places_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")
    places = tmp_path / "places.csv"
    places.write_text(
        "municipality,postcodes,county\nBruchsal,76646,Landkreis Karlsruhe\n"
        "Waghäusel,68753;68754,Landkreis Karlsruhe\nBruchsal,7664,X\n",
        encoding="utf-8",
    )
    assert main(["places", "import", str(places)]) == 2  # nothing written: a repeated name, a bad postcode
    places.write_text(places.read_text().rsplit("Bruchsal,7664", 1)[0], encoding="utf-8")
    assert main(["places", "import", str(places)]) == 0
    assert [p.postcodes for p in read_places(places)] == [("76646",), ("68753", "68754")]
    example = tmp_path / "offers.yaml"
    example.write_text(
        Path("docs/offers-example.yaml").read_text(encoding="utf-8")
        .replace("[Bruchsal, Waghäusel, Graben-Neudorf]", "[Bruchsal, Waghäusel]")
        .replace("[Ettlingen, Rheinstetten]", "[Bruchsal]"),
        encoding="utf-8",
    )  # fmt: skip
    assert main(["offers", "import", str(example)]) == 0
    exported = tmp_path / "exported.csv"
    assert main(["offers", "export", str(exported)]) == 0
    assert read_file(exported) == sorted(read_file(example), key=lambda offer: offer.id)
    assert main(["offers", "import", str(tmp_path / "missing.yaml")]) == 2


async def test_demo_places_carry_their_postcodes(sqlite_database: Database) -> None:
    await load_demo(sqlite_database)
    async with sqlite_database.session() as session:
        bruchsal = await session.scalar(select(Municipality).where(Municipality.name == "Bruchsal"))
        assert bruchsal is not None and bruchsal.postcodes == ["76646"]
