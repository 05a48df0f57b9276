"""The Archive section: photo, video, audio and document sets and where they are kept."""
