"""Two `lotse run` processes in Telegram webhook mode behind one address, on one PostgreSQL.

Telegram delivers each webhook call to whichever process the proxy picks; here the tests post them
alternately to the two processes' ports, as a round-robin proxy would. Both talk to one fake Bot API
(`tests/fakes/telegram_api.py`). What a person notices is asserted: every update answered exactly once,
a person's answers in the order of their updates (the transcript makes sense), a redelivered update
not answered again, and an update whose process was killed before answering answered by the other
process (or the next start) once its lease has run out.

README "Running several processes" and docs/architecture.md ("Incoming updates") describe the setup.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiogram.types import Update
from sqlalchemy import func, select, text
from sqlalchemy import update as sql_update

from bot.config import load_settings
from bot.i18n import Catalogues
from bot.inbound import Journal
from bot.storage.database import Database
from bot.storage.models import InboundUpdate
from handlers.telegram.inbound import arrival
from handlers.telegram.render import Choice
from tests.fakes.telegram_api import FakeTelegramAPI, Sent
from tests.postgres import free_port

pytestmark = pytest.mark.postgres

SECRET = "two-processes-secret"
START_TIMEOUT = 60.0
TIMEOUT = 30.0


@asynccontextmanager
async def holding_person(db: Database, chat_id: int) -> AsyncIterator[None]:
    """Another transaction holds the person's row: a process handling their update waits for it inside
    its conversation transaction (as behind a slow handler of the same person elsewhere)."""
    async with db.session() as session:
        await session.execute(
            text("SELECT id FROM people WHERE channel = 'telegram' AND external_id = :id FOR UPDATE"),
            {"id": str(chat_id)},
        )
        yield


async def waiting_for_a_lock(db: Database) -> None:
    """Until some backend waits for a row lock."""
    async with asyncio.timeout(TIMEOUT):
        while True:
            async with db.session() as session:
                waiting = await session.scalar(
                    text("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")
                )
            if waiting:
                return
            await asyncio.sleep(0.05)


@dataclass
class Process:
    """One `python -m bot run` on its own port."""

    name: str
    port: int
    process: asyncio.subprocess.Process
    client: httpx.AsyncClient
    fake: FakeTelegramAPI
    stderr: list[str] = field(default_factory=list)

    async def post(self, update: dict[str, Any]) -> int:
        """One webhook call as Telegram makes it: a Bot API call in a 200 answer's body is carried out."""
        response = await self.client.post(
            "/telegram/webhook", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
        )
        if response.status_code == 200:
            await self.fake.carry_out(response.content)
        return response.status_code

    def kill(self) -> None:
        """SIGKILL: no shutdown, no release; what it held waits for its lease to run out."""
        self.process.send_signal(signal.SIGKILL)


@asynccontextmanager
async def lotse_run(name: str, database_url: str, fake: FakeTelegramAPI, cwd: Path) -> AsyncIterator[Process]:
    """`python -m bot run` in webhook mode, until its web server answers /healthz; stopped at the end."""
    port = free_port()
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "WEBHOOK_", "DATABASE_", "WHATSAPP_", "WEB_", "LOG_"))
    }
    environment |= {
        "DATABASE_URL": database_url,
        "TELEGRAM_BOT_TOKEN": fake.token,
        "TELEGRAM_API_BASE": fake.url,
        "WEBHOOK_URL": "https://lotse.example.org",
        "WEBHOOK_SECRET": SECRET,
        "WEB_HOST": "127.0.0.1",
        "WEB_PORT": str(port),
        "LOG_LEVEL": "INFO",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run",
        cwd=cwd, env=environment, stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    client = httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=TIMEOUT, trust_env=False)
    running = Process(name, port, process, client, fake)
    try:
        async with asyncio.timeout(START_TIMEOUT):
            while True:
                if process.returncode is not None:
                    _out, err = await process.communicate()
                    raise AssertionError(f"lotse run ({name}) ended early: {err.decode()}")
                try:
                    if (await client.get("/healthz")).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.1)
        yield running
    finally:
        await client.aclose()
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        _out, err = await asyncio.wait_for(process.communicate(), 30)
        running.stderr.append(err.decode())


@asynccontextmanager
async def two_processes(database_url: str, fake: FakeTelegramAPI, cwd: Path) -> AsyncIterator[list[Process]]:
    """Processes "a" and "b", started side by side (the database is migrated already)."""
    runs = [lotse_run(name, database_url, fake, cwd) for name in ("a", "b")]
    started = await asyncio.gather(*(run.__aenter__() for run in runs), return_exceptions=True)
    try:
        for result in started:
            if isinstance(result, BaseException):
                raise result
        yield [result for result in started if isinstance(result, Process)]
    finally:
        await asyncio.gather(
            *(run.__aexit__(None, None, None) for run, result in zip(runs, started, strict=True)
              if isinstance(result, Process))
        )  # fmt: skip


@dataclass
class Person:
    """Someone going through the first conversation: /start, Deutsch, Agree."""

    user: dict[str, Any]
    updates: list[dict[str, Any]]

    @property
    def chat_id(self) -> int:
        return int(self.user["id"])


def first_conversation(fake: FakeTelegramAPI, user_id: int) -> Person:
    user = fake.user(user_id, f"Person {user_id}", "de")
    return Person(
        user,
        [
            fake.update(message=fake.message(user, "/start")),
            fake.update(callback_query=fake.callback_query(user, Choice(id="de").pack())),
            fake.update(callback_query=fake.callback_query(user, Choice(id="agree").pack())),
        ],
    )


def assert_first_conversation(sent: list[Sent], text: Callable[[str], str]) -> None:
    """Exactly the answers of /start, Deutsch, Agree, in this order, each once."""
    assert len(sent) == 4, [message.text for message in sent]
    welcome, privacy_note, thanks, menu = sent
    assert welcome.text == text("welcome")
    assert Choice(id="agree").pack() in [data for _label, data in privacy_note.buttons]
    assert thanks.text == text("consent-thanks")
    assert menu.buttons, "the menu comes last"


async def all_handled(db: Database) -> None:
    """Until no stored update is waiting or in hand (after this, nothing more will be sent)."""
    async with asyncio.timeout(TIMEOUT):
        while True:
            async with db.session() as session:
                waiting = await session.scalar(
                    select(func.count()).select_from(InboundUpdate).where(InboundUpdate.state != "done")
                )
            if not waiting:
                return
            await asyncio.sleep(0.05)


async def lease_runs_out(db: Database) -> None:
    """What a killed process held is free again (in real life after the 60 s lease)."""
    async with db.session() as session:
        await session.execute(
            sql_update(InboundUpdate)
            .where(InboundUpdate.state == "handling")
            .values(claimed_until=datetime.now(UTC) - timedelta(seconds=1))
        )


@pytest.fixture
def german() -> Callable[[str], str]:
    """German texts of the catalogues, as the processes render them."""
    settings = load_settings(telegram_bot_token=None, webhook_url=None, database_url="sqlite:///unused.db")
    catalogues = Catalogues(settings.locales_dir, settings.zone)
    return lambda key: catalogues.format("de", key)


async def test_two_processes_answer_everyone_once_and_each_person_in_order(
    postgres_database: Database, tmp_path: Path, german: Callable[[str], str]
) -> None:
    async with FakeTelegramAPI() as fake, two_processes(postgres_database.url, fake, tmp_path) as processes:
        people = [first_conversation(fake, 7001 + n) for n in range(8)]

        async def write(number: int, person: Person) -> None:
            # One person's updates one after the other (each acknowledged before the next is sent),
            # alternately to the two processes; all people at once. A button is pressed once the message
            # that carries it has arrived, as on a phone: "Deutsch" after the welcome, "Agree" after the
            # privacy note. (Handling in order, also for updates sent before the previous answer came,
            # is tests/inbound/test_journal.py's; their answers may then cross, see docs/architecture.md.)
            for index, update in enumerate(person.updates):
                if index:
                    await fake.wait_sent(person.chat_id, index, timeout=TIMEOUT)
                assert await processes[(number + index) % 2].post(update) == 200
            # Telegram repeats two of them (it did not see the 200 in time), to the other process.
            assert await processes[number % 2].post(person.updates[1]) == 200
            assert await processes[(number + 1) % 2].post(person.updates[0]) == 200

        await asyncio.gather(*(write(number, person) for number, person in enumerate(people)))
        for person in people:
            await fake.wait_sent(person.chat_id, 4, timeout=TIMEOUT)
        await all_handled(postgres_database)

        for person in people:
            assert_first_conversation(fake.sent_to(person.chat_id), german)
        async with postgres_database.session() as session:
            states = (await session.scalars(select(InboundUpdate.state))).all()
        # Every update stored once and handled (its row done in the transaction that handled it); each
        # answered once (assert_first_conversation sees exactly the four messages).
        assert states == ["done"] * (3 * len(people))
        # TODO(outbox): once a flow writes outbox rows (a question to a coach), assert here that each
        # row is sent once across both processes; the first conversation writes none.
    for process in processes:
        assert "Traceback" not in process.stderr[0]


async def test_a_process_killed_before_answering_leaves_the_update_to_the_other(
    postgres_database: Database, tmp_path: Path, german: Callable[[str], str]
) -> None:
    async with FakeTelegramAPI() as fake, two_processes(postgres_database.url, fake, tmp_path) as (a, b):
        person = first_conversation(fake, 7101)
        start, choose_german, agree = person.updates
        assert await a.post(start) == 200
        await fake.wait_sent(person.chat_id, 1, timeout=TIMEOUT)

        # Process a stores the button press, answers 200 (the spinner stops), and waits for the person's
        # row inside its conversation transaction, before anything is written: then it is killed.
        async with holding_person(postgres_database, person.chat_id):
            assert await a.post(choose_german) == 200
            await waiting_for_a_lock(postgres_database)
            a.kill()
            await a.process.wait()
            # Meanwhile the person presses on; b stores it behind the update a held.
            assert await b.post(agree) == 200

        async with postgres_database.session() as session:
            rows = {row.key: row.state for row in (await session.scalars(select(InboundUpdate))).all()}
        key = str(choose_german["update_id"])
        assert rows[key] == "handling"  # stored, in a dead hand, not handled (it would be done)
        assert rows[str(agree["update_id"])] == "queued"
        assert len(fake.sent_to(person.chat_id)) == 1
        assert len(fake.calls_of("answerCallbackQuery")) == 2  # both presses, in the webhook answers

        await lease_runs_out(postgres_database)

        await fake.wait_sent(person.chat_id, 4, timeout=TIMEOUT)  # b's next look for leftovers
        await all_handled(postgres_database)
        assert_first_conversation(fake.sent_to(person.chat_id), german)
    assert "Traceback" not in b.stderr[0]


async def test_a_start_answers_what_killed_processes_had_stored(
    postgres_database: Database, tmp_path: Path, german: Callable[[str], str]
) -> None:
    """Processes died with two people's updates stored: one in hand, the rest waiting behind it (as the
    test above produces with a real SIGKILL). The next `lotse run` answers them at start, in order."""
    async with FakeTelegramAPI() as fake:
        people = [first_conversation(fake, 7201), first_conversation(fake, 7202)]
        updates = [Update.model_validate(update) for person in people for update in person.updates]
        await Journal(postgres_database).store("telegram", [arrival(update) for update in updates])
        await lease_runs_out(postgres_database)

        async with lotse_run("next", postgres_database.url, fake, tmp_path) as process:
            for person in people:
                await fake.wait_sent(person.chat_id, 4, timeout=TIMEOUT)
            await all_handled(postgres_database)
            for person in people:
                assert_first_conversation(fake.sent_to(person.chat_id), german)
        assert "Traceback" not in process.stderr[0]
