"""The content plan: items, periods, repeats, approval, printouts and iCalendar."""
