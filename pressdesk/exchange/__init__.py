"""Import and export of records as CSV, XLSX, vCard and iCalendar files."""
