"""Offline language detection restricted to the Ledger's languages.

``LANGUAGES`` (ISO 639-1): the languages of :mod:`sources.registry` (en, id, zh, ja, de, fr, es,
pt, it, ru, ko).

Two stages:

1. A script count decides where the script alone is enough: Hangul -> ko, Han with kana -> ja,
   Han without kana -> zh, Cyrillic -> ru (the only Cyrillic language we read); which code each
   script gives is the registry's ``script`` field.
2. Latin-script text goes to lingua (``lingua-language-detector``), built from the registry's
   languages only, lazily, once per process, in low-accuracy mode (trigram models only) with
   lazy model loading: a model is read the first time lingua needs it, and since stage 1
   keeps CJK text away from lingua, its large Chinese/Japanese models are never loaded.

Memory measured here (Python 3.11, lingua 2.1.1, RSS growth of a fresh process after detecting
texts in all eleven languages, short headlines included): +22 MB. For comparison, lingua's
default high-accuracy mode grows the process by ~240 MB as soon as it sees a text under 120
characters (it then loads the 1- to 5-gram models), and every language it knows preloaded
takes ~1 GB. Accuracy: all sample sentences of tests/sources/news/test_language.py right; very
short English headlines ("Nvidia shares rise") can come out wrong, which is why connectors
pass the language they know (feed setting, GDELT's field) and detection reads title + text.
Speed: the script count reads the first 1,000 characters, lingua the first 500; 10,000
texts of 2 KB take ~1 s on 2 cores (most of it lingua, run in parallel).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

from sources.registry import LANGUAGE_INFO, LANGUAGES

if TYPE_CHECKING:
    from lingua import LanguageDetector

SAMPLE_CHARS = 1000  # the script count reads this many characters
LINGUA_CHARS = 500  # lingua reads this many: plenty for a confident answer, half the time of 1000
MIN_LETTERS = 3  # fewer letters than this: no opinion

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef]")
_KANA = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_NON_LATIN = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ebef\u3040-\u30ff\u31f0-\u31ff"
    r"\uff66-\uff9f\uac00-\ud7af\u1100-\u11ff\u3130-\u318f\u0400-\u04ff]"
)

# the language a non-Latin script decides (one language per script in the registry)
_BY_SCRIPT = {lang.script: lang.code for lang in LANGUAGE_INFO if lang.script != "latin"}

_lock = threading.Lock()
_detector: LanguageDetector | None = None


def script_language(text: str) -> str | None:
    """The language the script alone decides (zh, ja, ko, ru), else None.

    "Decides" means the script's letters are at least 30% of the text's letters, so an
    English article quoting a Chinese name stays with lingua.
    """
    sample = text[:SAMPLE_CHARS]
    if not _NON_LATIN.search(sample):
        return None  # the common case, settled by one scan
    han = len(_HAN.findall(sample))
    kana = len(_KANA.findall(sample))
    hangul = len(_HANGUL.findall(sample))
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    cjk = han + kana + hangul
    letters = cjk + cyrillic + latin
    if letters < MIN_LETTERS:
        return None
    if cjk >= 0.3 * letters:
        if hangul >= han + kana:
            return _BY_SCRIPT["hangul"]
        # Japanese prose is a third or more kana; a Chinese text has none (bar a quoted name).
        return _BY_SCRIPT["han+kana"] if kana >= 0.05 * cjk else _BY_SCRIPT["han"]
    if cyrillic >= 0.5 * letters:
        return _BY_SCRIPT["cyrillic"]
    return None


def _get_detector() -> LanguageDetector:
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

                languages = [
                    Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
                    for code in LANGUAGES
                ]
                # Low-accuracy mode reads only trigram models: high-accuracy mode loads the
                # 1- to 5-gram models for any text under 120 characters (+190 MB for headlines).
                _detector = (
                    LanguageDetectorBuilder.from_languages(*languages)
                    .with_low_accuracy_mode()
                    .build()
                )
    return _detector


def _has_latin_letters(text: str) -> bool:
    found = islice(_LATIN.finditer(text[:SAMPLE_CHARS]), MIN_LETTERS)
    return sum(1 for _ in found) >= MIN_LETTERS


def detect_language(text: str | None) -> str | None:
    """ISO 639-1 code of ``text`` among :data:`LANGUAGES`, or None when undecidable."""
    return detect_languages([text or ""])[0]


def detect_languages(texts: Sequence[str | None]) -> list[str | None]:
    """Batch form of :func:`detect_language` (lingua runs its part in parallel)."""
    result: list[str | None] = []
    pending: list[int] = []
    for i, text in enumerate(texts):
        text = text or ""
        lang = script_language(text)
        result.append(lang)
        if lang is None and _has_latin_letters(text):
            pending.append(i)
    if pending:
        found = _get_detector().detect_languages_in_parallel_of(
            [(texts[i] or "")[:LINGUA_CHARS] for i in pending]
        )
        for i, language in zip(pending, found, strict=True):
            result[i] = language.iso_code_639_1.name.lower() if language is not None else None
    return result


@cache
def _known_codes() -> frozenset[str]:
    from babel import Locale

    return frozenset(code for code in Locale("en").languages if len(code) == 2)


@cache
def _names_to_codes() -> dict[str, str]:
    from babel import Locale

    names: dict[str, str] = {}
    for code, name in Locale("en").languages.items():
        if len(code) == 2:
            names.setdefault(name.lower(), code)
    # Names GDELT and others use that differ from CLDR's display names.
    names.update({"chinese": "zh", "mandarin": "zh", "farsi": "fa", "bahasa indonesia": "id"})
    return names


_ISO3 = {iso3: lang.code for lang in LANGUAGE_INFO for iso3 in lang.iso3}


def normalize_language(value: str | None) -> str | None:
    """An ISO 639-1 code from a code, a locale tag or an English name ("en-US", "eng", "English").

    Returns None when ``value`` is empty or not recognised, so callers can fall back to
    detection.
    """
    if not value:
        return None
    value = value.strip()
    lowered = value.lower()
    primary = re.split(r"[-_]", lowered, maxsplit=1)[0]
    if len(primary) == 2 and primary in _known_codes():
        return primary
    if primary in _ISO3:
        return _ISO3[primary]
    return _names_to_codes().get(lowered)
