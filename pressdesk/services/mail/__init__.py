"""Sending to the media by e-mail: settings, one message per recipient, waves and safe resume."""
