"""An office hour's map location: `lotse hours add --location`, and the pin after the booking confirmation
on each channel (a venue on Telegram, a location message on WhatsApp, an OpenStreetMap line in the
terminal); an office hour without one shows no pin."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from bot.app import Application
from bot.booking.hours import add_office_hour
from bot.outbox.content import dump_reply, load_reply
from bot.storage.models import Coach, Municipality, OfficeHour
from flows.engine import Location, Reply, t
from handlers.terminal import chat
from tests.booking.conftest import Clock, booking_app, ready
from tests.fakes.graph_api import FakeGraphAPI
from tests.telegram.conftest import Lotse, lotse  # noqa: F401  (fixture)
from tests.test_cli import lotse as run_lotse
from tests.whatsapp.conftest import Lotse as WhatsAppLotse
from tests.whatsapp.conftest import fake_graph  # noqa: F401  (fixture)

RATHAUS = (49.12455, 8.59787)  # Rathaus Bruchsal, Kaiserstraße 66
COACH = 900_000_001
ADD = (
    "hours",
    "add",
    "--place",
    "Rathaus Bruchsal",
    "--weekday",
    "tue",
    "--start",
    "10:00",
    "--end",
    "12:00",
)


# -- the command line ------------------------------------------------------------------------------


def test_hours_add_with_a_location_and_list_shows_it(tmp_path: Path) -> None:
    added = run_lotse(tmp_path, *ADD, "--location", "49.12455, 8.59787")
    assert added.returncode == 0, added.stderr
    plain = run_lotse(tmp_path, *ADD[:3], "Online", *ADD[4:], "--online")
    assert plain.returncode == 0, plain.stderr
    lines = run_lotse(tmp_path, "hours", "list").stdout.splitlines()
    assert lines[0].startswith("1  Rathaus Bruchsal") and lines[0].endswith("at 49.12455,8.59787")
    assert lines[1].startswith("2  Online") and " at " not in lines[1]
    listed = json.loads(run_lotse(tmp_path, "hours", "list", "--json").stdout)
    assert [row["location"] for row in listed] == [[49.12455, 8.59787], None]


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("Bruchsal", "is not LAT,LON"),
        ("49.1", "is not LAT,LON"),
        ("49.1,8.5,3", "is not LAT,LON"),
        ("91,8.5", "latitude 91 is not between -90 and 90"),
        ("49.1,-180.5", "longitude -180.5 is not between -180 and 180"),
        ("nan,8.5", "latitude nan is not between -90 and 90"),
    ],
)
def test_a_wrong_location_is_one_line_and_exit_2(tmp_path: Path, location: str, message: str) -> None:
    result = run_lotse(tmp_path, *ADD, f"--location={location}")
    assert result.returncode == 2 and message in result.stderr and len(result.stderr.splitlines()) == 1
    assert "No office hours yet" in run_lotse(tmp_path, "hours", "list").stdout  # nothing was added


def test_demo_office_hours_have_their_places_on_the_map(tmp_path: Path) -> None:
    assert run_lotse(tmp_path, "demo").returncode == 0
    listed = json.loads(run_lotse(tmp_path, "hours", "list", "--json").stdout)
    for row in listed:
        if row["online"]:
            assert row["location"] is None
        else:  # in Landkreis Karlsruhe
            latitude, longitude = row["location"]
            assert 48.9 < latitude < 49.2 and 8.3 < longitude < 8.8, row


# -- the outbox keeps it ---------------------------------------------------------------------------


def test_the_outbox_stores_the_location_with_the_reply() -> None:
    reply = Reply(t("booking-done"), location=Location(*RATHAUS, "Rathaus Bruchsal", "Kaiserstraße 66"))
    stored = json.loads(json.dumps(dump_reply(reply)))
    assert load_reply(stored).location == reply.location
    assert load_reply(dump_reply(Reply(t("booking-done")))).location is None


# -- the terminal chat -----------------------------------------------------------------------------


async def _terminal_confirmation(app: Application) -> str:
    dialog = await ready(app)
    await dialog.press("book")
    await dialog.say("Bruchsal")
    confirm = await dialog.say("1")
    assert "Bitte prüfen Sie Ihren Termin" in confirm
    out = io.StringIO()
    await chat(app.service, user="amira", stdin=io.StringIO("1\n"), stdout=out)  # Confirm
    return out.getvalue()


async def _locate(app: Application, location: tuple[float, float] | None) -> None:
    async with app.db.session() as session:
        hour = await session.get(OfficeHour, 1)
        assert hour is not None
        hour.latitude, hour.longitude = location if location else (None, None)


async def test_terminal_confirmation_shows_the_map_link(tmp_path: Path, clock: Clock) -> None:
    app = await booking_app(tmp_path, clock)
    try:
        await _locate(app, RATHAUS)
        done = await _terminal_confirmation(app)
    finally:
        await app.close()
    assert "✅ Ihr Termin ist gebucht." in done
    assert "📍 Kaiserstraße 66 — https://www.openstreetmap.org/?mlat=49.12455&mlon=8.59787" in done
    # The pin follows the text, before the buttons and the calendar file.
    assert done.index("Ihr Termin ist gebucht") < done.index("openstreetmap") < done.index("termin.ics")


async def test_terminal_confirmation_without_a_location_has_no_pin(tmp_path: Path, clock: Clock) -> None:
    app = await booking_app(tmp_path, clock)
    try:
        done = await _terminal_confirmation(app)
    finally:
        await app.close()
    assert "✅ Ihr Termin ist gebucht." in done and "openstreetmap" not in done


# -- Telegram --------------------------------------------------------------------------------------


async def _telegram_hours(lotse: Lotse, location: tuple[float, float] | None) -> None:  # noqa: F811
    async with lotse.app.db.session() as session:
        town = Municipality(name="Bruchsal", county="Landkreis Karlsruhe")
        coach = Coach(name="Ute Brenner", telegram_user_id=COACH, languages=["de"])
        session.add_all([town, coach])
        await session.flush()
        for weekday in range(7):  # whatever day the test runs, there are slots
            await add_office_hour(
                session,
                place="Rathaus Bruchsal",
                address="Kaiserstraße 66, 76646 Bruchsal",
                municipality_id=town.id,
                weekday=weekday,
                start="00:00",
                end="23:30",
                coach_ids=[coach.id],
                location=location,
            )


async def _telegram_confirm(lotse: Lotse) -> list[Any]:  # noqa: F811
    amira = lotse.person(1001, "de")
    await amira.say("/start")
    await amira.press("Deutsch")
    await amira.press("agree")
    await amira.say("/menu")
    await amira.press("book")
    [slots] = await amira.press("Bruchsal")
    await amira.press_data(slots.buttons[0][1], on=slots)
    return list(await amira.press("confirm"))


async def test_telegram_sends_a_venue_after_the_confirmation(lotse: Lotse) -> None:  # noqa: F811
    await _telegram_hours(lotse, RATHAUS)
    answer = await _telegram_confirm(lotse)
    kinds = ["venue" if s.venue else "document" if s.document else "text" for s in answer]
    assert kinds == ["text", "venue", "document"], kinds
    assert "✅ Ihr Termin ist gebucht." in (answer[0].text or "")
    assert answer[1].venue == {
        "latitude": 49.12455,
        "longitude": 8.59787,
        "title": "Rathaus Bruchsal",
        "address": "Kaiserstraße 66, 76646 Bruchsal",
    }


async def test_telegram_without_a_location_sends_no_venue(lotse: Lotse) -> None:  # noqa: F811
    await _telegram_hours(lotse, None)
    answer = await _telegram_confirm(lotse)
    assert "✅ Ihr Termin ist gebucht." in (answer[0].text or "")
    assert not [s for s in answer if s.venue] and [s.document for s in answer if s.document]
    assert not any(call == "sendVenue" for call, _params in lotse.fake.calls)


# -- WhatsApp --------------------------------------------------------------------------------------


async def _whatsapp_confirm(
    fake: FakeGraphAPI, tmp_path: Path, location: tuple[float, float] | None
) -> list[Any]:
    bot = WhatsAppLotse(fake, tmp_path / "lotse.db")
    await bot.start()
    try:
        async with bot.app.db.session() as session:
            town = Municipality(name="Bruchsal", county="Landkreis Karlsruhe")
            session.add(town)
            await session.flush()
            for weekday in range(7):
                await add_office_hour(
                    session,
                    place="Rathaus Bruchsal",
                    address="Kaiserstraße 66, 76646 Bruchsal",
                    municipality_id=town.id,
                    weekday=weekday,
                    start="00:00",
                    end="23:30",
                    location=location,
                )
        person = bot.person("4915112345678")
        await person.say("/start")
        await person.say("Deutsch")
        await person.press("agree")
        await person.say("/menu")
        await person.press("book")
        await person.press("Bruchsal")
        slots = person.inbox[-1]
        first = next(option_id for option_id, _title in slots.buttons if option_id.startswith("s"))
        await person.tap(first, list_reply=slots.kind == "list")
        return list(await person.press("confirm"))
    finally:
        await bot.stop()


async def test_whatsapp_sends_a_location_message_after_the_confirmation(
    fake_graph: FakeGraphAPI,  # noqa: F811
    tmp_path: Path,
) -> None:
    done = await _whatsapp_confirm(fake_graph, tmp_path, RATHAUS)
    kinds = [sent.kind for sent in done]
    assert "location" in kinds and kinds.index("location") == kinds.index("document") - 1, kinds
    assert "✅ Ihr Termin ist gebucht." in done[0].text
    assert done[kinds.index("location")].location == {
        "latitude": 49.12455,
        "longitude": 8.59787,
        "name": "Rathaus Bruchsal",
        "address": "Kaiserstraße 66, 76646 Bruchsal",
    }


async def test_whatsapp_without_a_location_sends_none(
    fake_graph: FakeGraphAPI,  # noqa: F811
    tmp_path: Path,
) -> None:
    done = await _whatsapp_confirm(fake_graph, tmp_path, None)
    kinds = [sent.kind for sent in done]
    assert "document" in kinds and "location" not in kinds, kinds
