"""Decode text files of unknown encoding: BOMs, UTF-16 without BOM, UTF-8, 8-bit code pages."""

from __future__ import annotations

import codecs
import re

# 8-bit code pages contact and calendar files come in: Cyrillic Windows, DOS, KOI8 and Mac
# ones, and the Western and Central European ones of Latin-script address books.
CANDIDATES = (
    "cp1251",
    "koi8_r",
    "cp866",
    "mac_cyrillic",
    "cp1252",
    "cp1250",
    "iso8859_15",
    "cp1254",
)
_WORD = re.compile(r"[^\W\d_]+")
_PUNCT = frozenset("«»–—…№“”„‘’•°\u00a0")
_SAMPLE = 256 * 1024


def utf16_without_bom(data: bytes) -> str | None:
    """Return "utf-16-le" or "utf-16-be" when ``data`` looks like UTF-16 text without a BOM.

    Text in UTF-16 has a zero byte in every other position for each ASCII character (the
    separators, digits and line ends of any contact or calendar file) and none in the others.
    """
    sample = data[:4096]
    sample = sample[: len(sample) - len(sample) % 2]
    half = len(sample) // 2
    if half < 4:
        return None
    even_zero = sample[0::2].count(0) / half
    odd_zero = sample[1::2].count(0) / half
    if odd_zero >= 0.1 and even_zero < 0.02:
        encoding = "utf-16-le"
    elif even_zero >= 0.1 and odd_zero < 0.02:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = sample.decode(encoding)
    except UnicodeDecodeError:
        return None
    readable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return encoding if readable >= 0.95 * len(text) else None


_RUSSIAN = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_VOWELS = frozenset("аеёиоуыэюя")


def _cyrillic_word(word: str) -> int:
    lower = word.lower()
    if not all(ch in _RUSSIAN for ch in lower):
        return -1  # Serbian, Macedonian or Ukrainian letters are rare; noise produces them
    if len(word) >= 4 and not 0.2 <= sum(ch in _VOWELS for ch in lower) / len(word) <= 0.75:
        return -1
    return 2


def _plausibility(text: str) -> int:
    """Score how much ``text`` looks like words of one script rather than decoding noise."""
    score = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in word)
        non_ascii = sum(not ch.isascii() for ch in word)
        case_ok = word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())
        if not case_ok:
            score -= 2
        elif cyrillic == len(word):
            score += _cyrillic_word(word)
        elif cyrillic == 0 and non_ascii * 10 <= len(word) * 7:
            score += 1
        else:
            score -= 2
    # Box-drawing and other symbols outside ASCII are what a wrong code page produces.
    score -= sum(1 for ch in text if not ch.isascii() and not ch.isalpha() and ch not in _PUNCT)
    return score


def detect_8bit(data: bytes) -> str:
    """Return the most likely 8-bit code page of ``data`` (which is not UTF-8)."""
    sample = data[:_SAMPLE]
    # Loaded here: only a file that is neither UTF-8 nor UTF-16 needs it.
    from charset_normalizer import from_bytes

    matches = {m.encoding: m for m in from_bytes(sample, cp_isolation=list(CANDIDATES))}
    # Statistics alone guess wrong on a short card ("Асанов Бакыт" reads as Central European
    # Latin): words wholly of one script, with normal capitals, decide; among equally good
    # readings the statistics decide if they are surer of one, else the usual code page wins.
    scores: dict[str, int] = {}
    for encoding in CANDIDATES:
        try:
            scores[encoding] = _plausibility(sample.decode(encoding))
        except UnicodeDecodeError:
            continue
    if not scores:
        return "cp1252"
    top = max(scores.values())
    tied = [encoding for encoding in CANDIDATES if scores.get(encoding) == top]

    def coherence(encoding: str) -> float:
        match = matches.get(encoding)
        return float(match.coherence) if match is not None else -1.0

    best = max(tied, key=coherence)
    return best if coherence(best) > coherence(tied[0]) else tied[0]


def is_cut_utf16(data: bytes) -> bool:
    """Return True for UTF-16 text (with or without BOM) of an odd number of bytes.

    Such text ends in half a character: the file was cut short or damaged.
    """
    if len(data) % 2 == 0 or data.startswith(codecs.BOM_UTF8):
        return False
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return utf16_without_bom(data) is not None


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return the text of ``data`` and the encoding used.

    A BOM decides; then UTF-16 without BOM, UTF-8, and finally a detected 8-bit code page.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        return data.decode(utf16, errors="replace"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = detect_8bit(data)
    return data.decode(encoding, errors="replace"), encoding
