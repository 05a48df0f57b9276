"""The Content plan section: calendar views, agenda, item editor, approvals and printing."""
