"""The first-run welcome page and the separate demo database."""
