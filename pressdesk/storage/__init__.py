"""Persistence: SQLAlchemy models, the engine, migrations, backups and checks."""
