"""Use cases of PressDesk in plain Python; no Qt here."""
