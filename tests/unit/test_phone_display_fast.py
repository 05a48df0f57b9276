"""Kyrgyz numbers in a list are laid out as phonenumbers lays them out, without the library."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import phonenumbers

from pressdesk.exchange import phones


def test_the_written_out_layouts_are_the_libraries():
    """The layouts as the library's metadata for KG gives them (a newer library that changes
    them fails here: copy its layouts into ``_KG_LAYOUTS``)."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("KG")
    assert metadata is not None
    library = [
        (
            layout.leading_digits_pattern[-1] if layout.leading_digits_pattern else None,
            layout.pattern,
            re.split(r"\\(\d)", layout.format),
        )
        for layout in metadata.intl_number_format or metadata.number_format
        if layout.pattern and layout.format
    ]
    ours = [
        (leading.pattern if leading is not None else None, whole.pattern, groups)
        for leading, whole, groups in phones._KG_LAYOUTS
    ]
    assert ours == library


def test_a_list_of_kyrgyz_numbers_does_not_import_the_library():
    code = (
        "import sys\n"
        "from pressdesk.exchange.phones import display_phone\n"
        "shown = [display_phone(n) for n in ('+996555123456', '+996312623456', '+9968001234567')]\n"
        "print(shown, 'phonenumbers' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]),
    }
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert result.stdout.split("]")[-1].strip() == "False"
    assert "+996 555 123 456" in result.stdout
