"""Events with their checklists, accreditation lists, invitations and printouts."""
