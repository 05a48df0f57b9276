"""The Press releases section: the list, the bilingual editor, approval, versions, documents."""
