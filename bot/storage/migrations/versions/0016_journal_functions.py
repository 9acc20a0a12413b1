"""PostgreSQL: storing and finishing an incoming update each in one round trip (two SQL functions).

Every update is stored before the platform hears "received" (`Journal.store`) and marked handled in the
conversation's transaction (`Journal.finish_in`). Both take the person's advisory lock first and then run
one statement that must see what was committed under that lock, so each was two statements, and storing
also needed BEGIN and COMMIT: four round trips before the 200, two in the conversation. Each round trip
costs Lotse's process about 0.16 ms of CPU and PostgreSQL about as much again (bench/transaction_cost.py),
and the issue-6 benchmark compares the update path with a bare echo bot.

A function runs its statements one after the other in the caller's transaction; a VOLATILE function takes
a fresh snapshot for each statement, so the second statement still sees everything committed by whoever
held the lock before. Called on its own (autocommit), the call is its own transaction: one round trip,
the lock held until it commits.

- `lotse_store_updates(...)`: the lock on each person (in hash order, as `_PG_LOCK` in
  `bot/inbound/journal.py`), then the insert that `_PG_STORE` sent before, returning id, key, person_key
  and state of the rows stored.
- `lotse_finish_update(id, channel, person)`: the lock, then the statement `_PG_FINISH` sent before
  (the update marked done and the person's other open updates).

SQLite has one writer and no functions: nothing changes there.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

# The advisory locks as `_PG_LOCK` in bot/inbound/journal.py takes them: one per "channel:person", in
# hash order, so two transactions locking overlapping sets of people cannot deadlock each other.
STORE = """
CREATE FUNCTION lotse_store_updates(
    p_channel varchar, p_people varchar[], p_now timestamptz, p_until timestamptz, p_keys varchar[],
    p_sequences bigint[], p_person_keys varchar[], p_payloads text[], p_first boolean[]
) RETURNS TABLE (id integer, key varchar, person_key varchar, state varchar)
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
BEGIN
    PERFORM pg_advisory_xact_lock(h) FROM (
        SELECT hashtextextended(p_channel || ':' || p, 0) AS h FROM unnest(p_people) AS p ORDER BY h
    ) AS people;
    RETURN QUERY
    WITH busy AS (
        SELECT DISTINCT u.person_key FROM inbound_updates AS u
        WHERE u.channel = p_channel AND u.person_key = ANY(p_people) AND u.state IN ('queued', 'handling')
    ), stored AS (
        INSERT INTO inbound_updates
            (channel, key, sequence, person_key, payload, state, attempts, received_at, claimed_until)
        SELECT p_channel, a.key, a.sequence, a.person_key, a.payload,
               CASE WHEN a.claim THEN 'handling' ELSE 'queued' END,
               CASE WHEN a.claim THEN 1 ELSE 0 END,
               p_now,
               CASE WHEN a.claim THEN p_until END
        FROM (
            SELECT n.key, n.sequence, n.person_key, n.payload, n.i,
                   n.first AND NOT EXISTS (SELECT 1 FROM busy WHERE busy.person_key = n.person_key) AS claim
            FROM unnest(p_keys, p_sequences, p_person_keys, p_payloads, p_first)
                 WITH ORDINALITY AS n(key, sequence, person_key, payload, first, i)
        ) AS a
        ORDER BY a.i
        ON CONFLICT (channel, key) DO NOTHING
        RETURNING inbound_updates.id, inbound_updates.key, inbound_updates.person_key,
                  inbound_updates.state
    )
    SELECT s.id, s.key::varchar, s.person_key::varchar, s.state::varchar FROM stored AS s;
END
$$
"""

FINISH = """
CREATE FUNCTION lotse_finish_update(p_id integer, p_channel varchar, p_person varchar)
RETURNS TABLE (
    finished bigint, id integer, key varchar, person_key varchar, payload text, state varchar,
    attempts integer, claimed_until timestamptz
)
LANGUAGE plpgsql VOLATILE AS $$
#variable_conflict use_column
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended(p_channel || ':' || p_person, 0));
    RETURN QUERY
    WITH done AS (
        UPDATE inbound_updates AS u
        SET state = 'done', payload = NULL, person_key = NULL, claimed_until = NULL, last_error = NULL
        WHERE u.id = p_id AND u.state <> 'done'
        RETURNING u.id
    )
    SELECT (SELECT count(*) FROM done), o.id, o.key::varchar, o.person_key::varchar, o.payload,
           o.state::varchar, o.attempts, o.claimed_until
    FROM (SELECT 1) AS one LEFT JOIN (
        SELECT u.id, u.key, u.person_key, u.payload, u.state, u.attempts, u.claimed_until, u.sequence
        FROM inbound_updates AS u
        WHERE u.channel = p_channel AND u.person_key = p_person AND u.state IN ('queued', 'handling')
              AND u.id <> p_id
    ) AS o ON true
    ORDER BY o.sequence, o.id;
END
$$
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(STORE)
    op.execute(FINISH)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP FUNCTION lotse_finish_update(integer, varchar, varchar)")
    op.execute(
        "DROP FUNCTION lotse_store_updates(varchar, varchar[], timestamptz, timestamptz, varchar[], "
        "bigint[], varchar[], text[], boolean[])"
    )
