"""The project's shared lists, in one place: the languages it reads and the claim vocabulary
(claim types, statuses, qualifiers, scopes).

Everything that needs one of these lists reads it from here: language detection
(``sources.news.language``), the extractor's rules (``sources.extract.rules``), the status
defaults (``sources.extract.status``), scoring (``sources.extract.evaluate``) and the Dagster
metadata (``orchestration.defs.news``). dbt cannot import Python: its copy is the vars
``claim_types``, ``claim_statuses``, ``claim_qualifiers`` and ``claim_scopes`` in
``dbt_project/dbt_project.yml``, and ``tests/sources/test_registry.py`` fails when they
differ from this module. See the README ("Adding a language", "Adding a claim type").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Language:
    """A language the ledger ingests and detects.

    ``script``: the script its text is written in; language detection settles the non-Latin
    ones by script alone (``sources.news.language.script_language``) and sends Latin text to
    lingua. ``rules``: the extractor's rule file under ``sources/extract/rules/``, or None
    while the extractor has no rules for the language (its text is then read with English
    rules). ``iso3``: ISO 639-2/3 codes that feeds and APIs use for it.
    """

    code: str  # ISO 639-1
    name: str  # English name
    script: str  # latin | cyrillic | han | han+kana | hangul
    rules: str | None
    iso3: tuple[str, ...] = ()


LANGUAGE_INFO: tuple[Language, ...] = (
    Language("en", "English", "latin", "en.toml", ("eng",)),
    Language("id", "Indonesian", "latin", "id.toml", ("ind",)),
    Language("zh", "Chinese", "han", "zh.toml", ("zho", "chi")),
    Language("ja", "Japanese", "han+kana", "ja.toml", ("jpn",)),
    Language("de", "German", "latin", "de.toml", ("deu", "ger")),
    Language("fr", "French", "latin", "fr.toml", ("fra", "fre")),
    Language("es", "Spanish", "latin", "es.toml", ("spa",)),
    Language("pt", "Portuguese", "latin", "pt.toml", ("por",)),
    Language("it", "Italian", "latin", "it.toml", ("ita",)),
    Language("ru", "Russian", "cyrillic", "ru.toml", ("rus",)),
    Language("ko", "Korean", "hangul", "ko.toml", ("kor",)),
)
LANGUAGES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGE_INFO)
"""Every language the ledger ingests and detects (ISO 639-1)."""
RULE_LANGUAGES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGE_INFO if lang.rules)
"""The languages the extractor has rules for; others are read with English rules."""
FALLBACK_LANGUAGE = "en"


def language(code: str) -> Language:
    """The registry entry of ``code`` (KeyError when the ledger does not know it)."""
    for lang in LANGUAGE_INFO:
        if lang.code == code:
            return lang
    raise KeyError(code)


@dataclass(frozen=True, slots=True)
class ClaimType:
    """A kind of fact the extractor reads.

    ``subject``: what the fact is about (a ``cluster`` or a ``company``). ``measure``: where
    its number goes in a claim: ``chips``, ``days`` or ``mw`` in ``quantity``, ``money`` in
    ``amount``/``currency`` (and ``valuation_usd``). ``held_status``: the status of the fact
    once it holds (``operational`` hardware, a ``closed`` round). ``default_status``: the
    status when no cue word says otherwise; the held status unless news states this kind of
    figure mostly before it holds (a site's power is its design capacity, said while it is
    planned or built: "a 1 GW campus").
    """

    name: str
    subject: str  # cluster | company
    measure: str  # chips | days | mw | money
    held_status: str
    description: str
    default_status: str = ""  # "" : the held status

    def __post_init__(self) -> None:
        """An empty ``default_status`` is the held status."""
        if not self.default_status:
            object.__setattr__(self, "default_status", self.held_status)

    @property
    def has_quantity(self) -> bool:
        """The claim's number is its ``quantity`` (not a money amount)."""
        return self.measure != "money"


CLAIM_TYPE_INFO: tuple[ClaimType, ...] = (
    ClaimType("cluster_size", "cluster", "chips", "operational", "AI chips in one cluster"),
    ClaimType("chip_holding", "company", "chips", "operational", "AI chips a company holds"),
    ClaimType("funding_round", "company", "money", "closed", "money a company raised"),
    ClaimType("valuation", "company", "money", "closed", "what a company is valued at"),
    ClaimType("build_duration", "cluster", "days", "operational", "days to build a cluster"),
    ClaimType(
        "power_capacity", "cluster", "mw", "operational", "a cluster's power, in MW", "planned"
    ),
)
CLAIM_TYPES: tuple[str, ...] = tuple(t.name for t in CLAIM_TYPE_INFO)
QUANTITY_CLAIM_TYPES: tuple[str, ...] = tuple(t.name for t in CLAIM_TYPE_INFO if t.has_quantity)
MONEY_CLAIM_TYPES: tuple[str, ...] = tuple(t.name for t in CLAIM_TYPE_INFO if not t.has_quantity)
DEFAULT_STATUS: dict[str, str] = {t.name: t.default_status for t in CLAIM_TYPE_INFO}
HELD_STATUS: dict[str, str] = {t.name: t.held_status for t in CLAIM_TYPE_INFO}

STATUSES: tuple[str, ...] = ("operational", "closed", "planned", "reported", "denied")
"""operational (a cluster or holding that runs), closed (a round or valuation done), planned
(a plan, a target, talks), reported (hearsay: sources, media reports), denied."""
QUALIFIERS: tuple[str, ...] = ("exact", "approx", "at_least", "at_most", "range")
SCOPES: tuple[str, ...] = ("total", "part")
"""total, or part (a part of a total stated in the same sentence)."""
