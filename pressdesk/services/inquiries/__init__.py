"""Media inquiries: the register, deadlines, quick capture, request notes, the report, demo data.

The window builds on these modules (none imports Qt):

- ``records``: ``InquiryInput``/``AnswerInput``; ``add_inquiry``, ``update_inquiry``,
  ``answer_inquiry``, ``set_status`` (with ``STEPS``), ``delete_inquiry``, ``find_sender``;
  errors ``InquiryError``/``InquiryNotFound`` carry message codes.
- ``queries``: ``get_inquiry`` (with its history), ``list_inquiries`` with ``InquiryFilter``;
  rows are ``InquiryRow`` values.
- ``deadlines``: ``LegalTerm`` (read from the settings ``inquiries/term_days`` and
  ``inquiries/term_working_days``), ``legal_due``, ``due_view`` (overdue / today / soon),
  ``due_counts`` and ``overdue_count`` for the section's badge and the status bar.
- ``capture``: ``capture_message`` reads a pasted message into a ``Capture``;
  ``capture_input`` turns it into an ``InquiryInput``, ``new_contact`` into a contact to add.
- ``printing``: ``request_note_document``/``export_request_note`` (DOCX, PDF; ky or ru).
- ``report``: ``inquiry_stats`` and ``export_inquiry_report`` (DOCX, PDF, XLSX).
- ``demo``: ``INQUIRIES_DEMO``, listed in ``pressdesk.services.demo.SECTION_DEMOS``.
"""
