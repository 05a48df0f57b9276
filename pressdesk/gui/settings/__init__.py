"""The Settings section and dialog: organisation profile, staff and preferences."""
