"""`lotse broadcast send|list|report|cancel` as a coordinator uses them (real processes, a SQLite file)."""

from __future__ import annotations

import json
from pathlib import Path

from bot.storage.database import Database
from tests.broadcast.conftest import add_people
from tests.test_cli import lotse

KEYS = {
    "id",
    "state",
    "recipients",
    "delivered",
    "failed",
    "blocked",
    "unsubscribed",
    "waiting",
    "sign_ups",
    "waiting_list",
}


async def people(tmp_path: Path) -> None:
    db = Database(f"sqlite+aiosqlite:///{tmp_path / 'lotse.db'}")
    await db.connect()
    await db.upgrade()
    await add_people(
        db,
        {"lang": "ar", "place": "Bruchsal"},
        {"lang": "ar", "place": "Bruchsal", "channel": "whatsapp"},
        {"lang": "uk", "place": "Ettlingen"},
        {"lang": "uk", "place": "Bretten"},
        {"lang": "ar", "place": "Bruchsal", "blocked": True},
        {"lang": "de"},
    )
    await db.dispose()


async def test_send_list_report_and_cancel(tmp_path: Path) -> None:
    await people(tmp_path)
    env = {"QUIET_HOURS": ""}  # every call: a report in quiet hours (21:00-08:00 Berlin) says "paused"
    sent = lotse(
        tmp_path,
        "broadcast",
        "send",
        "--text",
        "Bewerbungswerkstatt am Donnerstag",
        "--language",
        "ar",
        "--language",
        "uk",
        "--municipality",
        "Bruchsal",
        "--municipality",
        "Ettlingen",
        **env,
    )
    assert sent.returncode == 0, sent.stderr
    lines = sent.stdout.splitlines()
    assert lines[0] == "broadcast 1"
    assert "  ar: 2 (telegram 1, whatsapp 1)" in lines and "  uk: 1 (telegram 1)" in lines
    assert "left out: 0 unsubscribed, 1 blocked the bot" in lines

    event = lotse(
        tmp_path,
        "broadcast",
        "send",
        "--text-file",
        "-",
        "--event-at",
        "2030-12-03 18:00",
        "--capacity",
        "20",
        "--place",
        "Rathaus Bruchsal",
        "--at",
        "2030-12-01 09:00",
        "--json",
        **env,
    )
    assert event.returncode == 2 and "cannot read" in event.stderr  # "-" is no file
    (tmp_path / "seminar.txt").write_text("Coach-Seminar\nZwei Tage, mit Essen.", encoding="utf-8")
    event = lotse(
        tmp_path,
        "broadcast",
        "send",
        "--text-file",
        str(tmp_path / "seminar.txt"),
        "--event-at",
        "2030-12-03 18:00",
        "--capacity",
        "20",
        "--place",
        "Rathaus Bruchsal",
        "--at",
        "2030-12-01 09:00",
        "--json",
        **env,
    )
    assert event.returncode == 0, event.stderr
    data = json.loads(event.stdout)
    assert data.keys() >= KEYS and data["id"] == 2 and data["state"] == "scheduled"
    assert data["recipients"] == {"ar": 2, "de": 1, "uk": 2} and data["blocked"] == 1
    assert data["event"] == {"at": "2030-12-03T17:00:00+00:00", "place": "Rathaus Bruchsal", "capacity": 20}

    listed = json.loads(lotse(tmp_path, "broadcast", "list", "--json", **env).stdout)
    assert [b["id"] for b in listed["broadcasts"]] == [2, 1]
    table = lotse(tmp_path, "broadcast", "list", **env).stdout.splitlines()
    assert table[0].split()[:3] == ["id", "state", "scheduled"] and "Coach-Seminar" in table[1]
    report = json.loads(lotse(tmp_path, "broadcast", "report", "1", "--json", **env).stdout)
    assert report.keys() >= KEYS and report["state"] == "sending" and report["queued"] == 3
    assert (
        lotse(tmp_path, "broadcast", "cancel", "2", **env).stdout.strip()
        == "broadcast 2 cancelled; nothing was sent"
    )
    stopped = lotse(tmp_path, "broadcast", "cancel", "1", **env)
    assert "broadcast 1 stopped" in stopped.stdout
    assert (
        json.loads(lotse(tmp_path, "broadcast", "report", "1", "--json", **env).stdout)["state"]
        == "cancelled"
    )


def test_mistakes_are_one_line_and_exit_2(tmp_path: Path) -> None:
    for args, message in (
        (("--text", "x", "--municipality", "Paris"), "no municipality 'Paris'"),
        (("--text", "x", "--capacity", "5"), "--capacity and --place belong to an event"),
        (("--text", "x", "--event-at", "2030-01-01 10:00"), "an event needs --place"),
        (("--text", "x", "--at", "2020-01-01 10:00"), "the time to send is in the past"),
        (("--text", "   "), "the text is empty"),
        (("--text", "x", "--at", "tomorrow"), "is not a time like"),
        (("--text", "x", "--language", "xx"), "is not a language code"),
    ):
        result = lotse(tmp_path, "broadcast", "send", *args)
        assert result.returncode == 2 and message in result.stderr, (args, result.stderr)
    unknown = lotse(tmp_path, "broadcast", "report", "9")
    assert unknown.returncode == 2 and "no broadcast 9" in unknown.stderr
