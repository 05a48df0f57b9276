"""The Crisis kit section: scenarios, holding statements, the working group and the plan."""
