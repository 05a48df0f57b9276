"""Media inquiries: the register, deadlines, quick capture, request notes and demo data."""
