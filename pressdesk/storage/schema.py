"""Collect every model module so the metadata knows all tables."""

from __future__ import annotations

from pressdesk.storage import assets_models, models

metadata = models.Base.metadata

__all__ = ["assets_models", "metadata"]
