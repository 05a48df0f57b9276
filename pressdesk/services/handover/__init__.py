"""The handover act: drafts, the issued acts and their documents."""
