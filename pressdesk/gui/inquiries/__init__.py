"""The Media inquiries section: the register, deadlines, capture, request notes, report."""
