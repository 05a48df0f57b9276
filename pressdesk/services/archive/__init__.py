"""The archive index of photo, video, audio and document sets."""
