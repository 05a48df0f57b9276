"""PressDesk: the desktop workplace of a government body's press secretary."""

__version__ = "0.1.0"
APP_NAME = "PressDesk"
