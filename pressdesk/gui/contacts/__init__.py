"""The Contacts section: the media base of outlets, people, lists and the contact log."""
