"""Storage: SQLAlchemy 2 models, the async engine, Alembic migrations and repositories."""
