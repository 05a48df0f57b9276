"""Subcommands of ``pressdesk`` grouped by section; each module offers ``register(subparsers)``."""
