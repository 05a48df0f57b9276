"""Building blocks the sections of the window share."""
