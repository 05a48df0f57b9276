"""The Events section: events, checklists, invitations, accreditation and the week's tasks."""
