"""The Handover section: the act wizard with its live preview, and the issued acts."""
