"""Collect every model module so the metadata knows all tables."""

from __future__ import annotations

from pressdesk.storage import (
    assets_models,
    contacts_models,  # noqa: F401
    coverage_models,  # noqa: F401
    crisis_models,  # noqa: F401
    events_models,  # noqa: F401
    handover_models,  # noqa: F401
    inquiries_models,  # noqa: F401
    mail_models,  # noqa: F401
    models,
    plan_models,  # noqa: F401
    releases_models,  # noqa: F401
)

metadata = models.Base.metadata

__all__ = ["assets_models", "metadata"]
