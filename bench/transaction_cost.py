"""What one PostgreSQL transaction costs Lotse's process, apart from its statements.

Every update is handled in a conversation transaction (bot/conversation.py): an ORM session, a pooled
connection, BEGIN, the statements, COMMIT. For a known person at the menu the statements are few, so
the transaction's fixed cost is a large share of an update's CPU (README, "Benchmarks (issue 6)"). This
prints the CPU time of this process per transaction, `--count` times each, after a warm-up:

  session, N statements   `Database.session()` + `begun()` (the conversation's way), N × SELECT 1
  raw, N statements       `Database.raw_transaction()` (the inbound journal's way), N × SELECT 1

    python -m bench.transaction_cost [--count 2000]

PostgreSQL 15 is started as in the tests (or LOTSE_TEST_POSTGRES_URL). A benchmark: it asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Awaitable, Callable

from bench.support import machine, postgres_server
from bot.storage.database import Database, begun


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    print(machine())
    async with postgres_server() as pg:
        db = Database(await pg.new_database())

        def through_session(statements: int) -> Callable[[], Awaitable[None]]:
            async def run() -> None:
                async with db.session() as session:
                    raw = await begun(session)
                    for _ in range(statements):
                        await raw.fetchrow("SELECT 1")

            return run

        def raw_transaction(statements: int) -> Callable[[], Awaitable[None]]:
            async def run() -> None:
                async with db.raw_transaction() as raw:
                    for _ in range(statements):
                        await raw.fetchrow("SELECT 1")

            return run

        rows = [(f"session, {n} statements", through_session(n)) for n in (0, 1, 3)]
        rows += [(f"raw, {n} statements", raw_transaction(n)) for n in (1, 3)]
        print("| transaction | CPU ms | wall ms |\n|---|---|---|")
        try:
            for name, run in rows:
                for _ in range(200):
                    await run()
                cpu, wall = time.process_time(), time.perf_counter()
                for _ in range(args.count):
                    await run()
                cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
                print(f"| {name} | {cpu / args.count * 1000:.3f} | {wall / args.count * 1000:.3f} |")
        finally:
            await db.dispose()
        print(f"PostgreSQL: {pg.description}")


if __name__ == "__main__":
    asyncio.run(main())
