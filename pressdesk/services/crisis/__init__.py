"""The crisis kit: scenarios, the working group, contacts, holding statements, the plan."""
