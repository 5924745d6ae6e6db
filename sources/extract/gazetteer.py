"""Entity gazetteer: companies, clusters and chips with their aliases in every script, from the
reference tables (``sources.reference.snapshots.load_table``), compiled into two trie
matchers.

Case: aliases in a caseless script (CJK, kana, hangul) match as they are; aliases with a
digit match as written, in capitals and capitalized ("MI300X", "Mi300x"); other aliases
match as written or in capitals ("Meta", "META", never "meta", which is a word in Spanish,
Portuguese and Italian; "xAI", "XAI"); company and chip aliases in capitals also match
capitalized ("NVIDIA", "Nvidia"), and a company written all in lower case also with its first
letter capitalized ("evroc", "Evroc"). Case-sensitive matching keeps the trie's first-character
scan selective: a case-folded trie would try most positions of a text. Chip aliases also
match with a plural "s" ("H100s"). Cyrillic aliases of five letters or more also match with
case endings ("Майкрософта").

Overlaps: the longest alias wins; for the same span a cluster beats a chip beats a company
("Dojo" is Tesla's cluster before it is a chip).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

import polars as pl

from sources.extract.phrases import WORD_SET, PhraseMatcher, rust_literal
from sources.extract.textnorm import FOLD_FROM, FOLD_TO
from sources.schemas import REF_COMPANY_ALIASES

_CASELESS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_CYRILLIC_END = re.compile(r"[\u0400-\u04ff]$")
_KIND_RANK = {"cluster": 0, "chip": 1, "company": 2}
# ASCII to full-width ("xAI" -> "ｘＡＩ"): the prefilter looks for both, ``extract`` folds
_WIDEN = {ord(a): ord(w) for a, w in zip(FOLD_TO, FOLD_FROM, strict=True) if "!" <= a <= "~"}
_ALL_CAPS_WORD = re.compile(r"\b[A-Z]{4,}\b")
# capitals closing a mixed-case name ("OpenAI", "Open AI"), and a one-word camel-case name
_CAPS_TAIL = re.compile(r"(?:(?<=[a-z])|(?<=[A-Za-z] ))[A-Z]{2,3}$")
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")


def _retyped(form: str) -> set[str]:
    """The forms a mixed-case company name takes when a writer retypes it: the capitals that
    close it in title case ("OpenAi", "Open Ai"), a one-word camel-case name capitalized
    only ("Openai", "Deepseek", "Coreweave")."""
    forms = set()
    if _CAPS_TAIL.search(form):
        forms.add(_CAPS_TAIL.sub(lambda m: m.group().capitalize(), form))
    if _CAMEL.fullmatch(form):
        forms.add(form.capitalize())
    return forms


# Company types that back or supply others (investors, chip makers): named beside a figure they
# are rarely the company it belongs to, so the claim families pass over them for the subject.
BACKER_TYPES = frozenset(("investor", "chip_vendor"))


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity: ``name`` is the company name, cluster name or chip id."""

    kind: str  # company | cluster | chip
    id: str
    name: str
    owner: str | None = None  # a cluster's owner company name
    company_type: str | None = None  # ai_lab | hyperscaler | neocloud | chip_vendor | investor
    vendor: str | None = None  # a chip's vendor
    listed: bool = False  # a company with a stock ticker: its value is a market value
    country: str | None = None  # a company's country (ISO 3166-1 alpha-2)

    @property
    def backs_others(self) -> bool:
        """Money named with this company goes into others: an investor, or a listed chip maker
        (Nvidia, AMD, Samsung's peers). An unlisted chip maker is a chip start-up (Groq,
        Rebellions, BOS Semiconductors) that other companies invest in."""
        return self.company_type == "investor" or (
            self.company_type == "chip_vendor" and self.listed
        )


class EntityMention(NamedTuple):  # a tuple: several times cheaper to create than a dataclass
    start: int
    end: int
    entity: Entity
    # named by a text that introduces it with a company noun ("AI startup Poolside"), not
    # found by the gazetteer's aliases (see claims.newco.introduced_companies)
    introduced: bool = False


class Gazetteer:
    """Finds entity mentions in text; build with :meth:`from_tables` or
    :func:`default_gazetteer`."""

    def __init__(self, entries: Iterable[tuple[str, Entity]]):
        ci: list[tuple[str, Entity]] = []
        cs: list[tuple[str, Entity]] = []
        self.entities: dict[tuple[str, str], Entity] = {}
        self.aliases: list[str] = []
        kept: list[tuple[str, Entity]] = []
        for alias, entity in entries:
            alias = alias.strip()
            if len(alias) < 2:
                continue
            kept.append((alias, entity))
            self.entities[(entity.kind, entity.id)] = entity
            self.aliases.append(alias)
            forms = [alias]
            if entity.kind == "chip" and alias[-1].isalnum() and alias.isascii():
                forms.append(alias + "s")
            if _CASELESS.search(alias):
                ci.extend((f, entity) for f in forms)
                continue
            for form in forms:
                variants = {form, form.upper()}
                if entity.kind != "cluster":
                    # "NVIDIA" is mostly written "Nvidia" ("NVIDIA H100": "Nvidia H100"); not
                    # for clusters, where the capitals tell JUPITER from Google's Jupiter
                    variants.add(_ALL_CAPS_WORD.sub(lambda m: m.group().capitalize(), form))
                if entity.kind == "company":
                    # a mixed-case name as writers retype it: "OpenAi", "Open Ai", "Coreweave"
                    variants.update(_retyped(form))
                    if form.islower() and form[:1].isalpha():
                        # a lower-case brand opening a sentence or a headline: "Evroc plans"
                        variants.add(form[:1].upper() + form[1:])
                if any(c.isdigit() for c in form) and form[:1].isupper():
                    # model names: "MI300X" is also written "Mi300x"; lower-case variants
                    # ("h100") are rare in news and would make the trie try most positions
                    variants.add(form[:1] + form[1:].lower())
                cs.extend((v, entity) for v in variants)
                if len(form) >= 5 and _CYRILLIC_END.search(form):
                    cs.append((form + "*", entity))
        self._ci = PhraseMatcher.build(ci)
        self._cs = PhraseMatcher.build(cs, case_sensitive=True)
        self._forms = [(f, False) for f, _ in ci] + [(f, True) for f, _ in cs]
        self._stems = {f[:-1] for f, _ in self._forms if f.endswith("*")}
        self._rust: str | None = None
        self._prefilter: tuple[list[str], list[str]] | None = None
        self._kinds: dict[str, str] | None = None
        self._name_forms: dict[str, tuple[str, ...]] | None = None
        self.companies = {e.name: e for e in self.entities.values() if e.kind == "company"}
        self.cluster_families = _cluster_families(kept)
        self.programme_companies = _programme_companies(kept, self.cluster_families)
        self.fingerprint = _fingerprint(kept)
        self.entries = kept  # (alias, entity) pairs as given

    @classmethod
    def from_tables(
        cls,
        *,
        companies: pl.DataFrame,
        company_aliases: pl.DataFrame,
        clusters: pl.DataFrame,
        cluster_aliases: pl.DataFrame,
        chips: pl.DataFrame,
        chip_aliases: pl.DataFrame,
    ) -> Gazetteer:
        """Build from frames with the ``REF_*`` schemas of :mod:`sources.schemas`."""
        company_by_id: dict[str, Entity] = {}
        entries: list[tuple[str, Entity]] = []
        for row in companies.iter_rows(named=True):
            ent = Entity(
                "company",
                row["company_id"],
                row["company_name"],
                company_type=row.get("company_type"),
                listed=bool(row.get("ticker")),
                country=row.get("country") or None,
            )
            company_by_id[ent.id] = ent
            entries.append((ent.name, ent))
        for row in company_aliases.iter_rows(named=True):
            ent = company_by_id.get(row["company_id"])
            if ent is not None and row["alias"]:
                entries.append((row["alias"], ent))
        cluster_by_id: dict[str, Entity] = {}
        for row in clusters.iter_rows(named=True):
            owner = company_by_id.get(row.get("owner_company_id") or "")
            ent = Entity(
                "cluster",
                row["cluster_id"],
                row["cluster_name"],
                owner=owner.name if owner else None,
            )
            cluster_by_id[ent.id] = ent
            entries.append((ent.name, ent))
        for row in cluster_aliases.iter_rows(named=True):
            ent = cluster_by_id.get(row["cluster_id"])
            if ent is not None and row["alias"]:
                entries.append((row["alias"], ent))
        chip_by_id: dict[str, Entity] = {}
        for row in chips.iter_rows(named=True):
            ent = Entity("chip", row["chip_id"], row["chip_id"], vendor=row.get("vendor"))
            chip_by_id[ent.id] = ent
            entries.append((ent.id, ent))
        for row in chip_aliases.iter_rows(named=True):
            ent = chip_by_id.get(row["chip_id"])
            if ent is not None and row["alias"]:
                entries.append((row["alias"], ent))
        return cls(entries)

    def find(self, fold: str, low: str, lo: int = 0, hi: int | None = None) -> list[EntityMention]:
        """Entity mentions in ``[lo, hi)`` of a document given its ``fold`` and ``lower_fold``
        views; sorted, non-overlapping."""
        end = len(fold) if hi is None else hi
        hits: list[tuple[int, int, Entity]] = []
        for hit in self._ci.finditer(low, lo, end):
            hits.extend((hit.start, hit.end, e) for e in hit.payloads)
        for hit in self._cs.finditer(fold, lo, end):
            hits.extend((hit.start, hit.end, e) for e in hit.payloads)
        return _resolve(hits)

    def name_kinds(self) -> dict[str, str]:
        """Canonical name to kind (company or cluster; chips left out) of the entities.
        Computed once and kept on the gazetteer, so it is freed with it."""
        if self._kinds is None:
            kinds = {e.name: e.kind for e in self.entities.values() if e.kind != "chip"}
            kinds.update((name, "company") for name in self.companies)
            self._kinds = kinds
        return self._kinds

    def name_forms(self) -> dict[str, tuple[str, ...]]:
        """Canonical name (company or cluster) to the case-folded forms that write it: its
        aliases, and those of the clusters it owns ("Colossus" names xAI). Computed once and
        kept on the gazetteer (the calibration tests every claim's evidence against them)."""
        if self._name_forms is None:
            forms: dict[str, set[str]] = {}
            for alias, entity in self.entries:
                if entity.kind == "chip":
                    continue
                forms.setdefault(entity.name, {entity.name.casefold()}).add(alias.casefold())
                if entity.owner:
                    forms.setdefault(entity.owner, {entity.owner.casefold()}).add(alias.casefold())
            self._name_forms = {name: tuple(sorted(f)) for name, f in forms.items()}
        return self._name_forms

    def prefilter_forms(self) -> tuple[list[str], list[str]]:
        """(case-sensitive forms, case-insensitive forms) of the aliases for a literal
        prefilter (``batch.candidate_mask``), mirroring how the matchers match them: hyphens and
        spaces interchangeable, and in full-width letters too. Computed once per gazetteer
        (kept on it: a cache keyed by ``id()`` gave a new gazetteer a freed one's forms)."""
        if self._prefilter is None:
            exact: set[str] = set()
            folded: set[str] = set()
            for form, case_sensitive in self._forms:
                form = form.rstrip("*")
                variants = {
                    form,
                    form.replace(" ", "-"),
                    form.replace("-", " "),
                    form.replace(" ", ""),
                }
                variants |= {v.translate(_WIDEN) for v in variants}
                (exact if case_sensitive else folded).update(v for v in variants if v)
            self._prefilter = (sorted(exact), sorted(folded))
        return self._prefilter

    def compile(self) -> None:
        """Compile the matchers now (they compile on first use otherwise)."""
        _ = self._ci.pattern, self._cs.pattern

    def rust_pattern(self) -> str:
        """Every alias form as one Rust regex of plain literals (polars), to find candidates in
        bulk; see :meth:`locate`. Literals only: character classes in a 5,000-way alternation
        push Rust's regex off its literal (Aho-Corasick) path, ~500x slower here. So spaces,
        hyphens and their absence are spelled out, and a stem is matched as its literal
        prefix (``locate`` extends it over the case ending)."""
        if self._rust is None:
            literals: set[str] = set()
            for form, _ in self._forms:
                form = form.rstrip("*")
                literals |= {
                    form,
                    form.replace(" ", "-"),
                    form.replace("-", " "),
                    form.replace(" ", "").replace("-", ""),
                }
            ordered = sorted((f for f in literals if f), key=len, reverse=True)
            self._rust = "(?:" + "|".join(rust_literal(f) for f in ordered) + ")"
        return self._rust

    def locate(self, fold: str, matches: list[str]) -> list[EntityMention]:
        """Entity mentions from the alias texts another engine found in ``fold`` (in order,
        not overlapping): positions, boundaries and entities checked here."""
        hits: list[tuple[int, int, Entity]] = []
        pos, n = 0, len(fold)
        stems, word = self._stems, WORD_SET
        exact, caseless = self._cs.payloads_of, self._ci.payloads_of
        for matched in matches:
            start = fold.find(matched, pos)
            if start < 0:
                continue
            end = start + len(matched)
            if matched in stems:
                while end < n and _CYRILLIC_END.match(fold[end]):
                    end += 1  # a stem's case ending ("Майкрософт" + "а")
                matched = fold[start:end]
            # phrases.bounded(letters_only=False), spelled out: this runs for every alias found
            if (start == 0 or fold[start - 1] not in word or fold[start] not in word) and (
                end >= n or fold[end] not in word or fold[end - 1] not in word
            ):
                hits.extend((start, end, e) for e in exact(matched) or caseless(matched.lower()))
            else:
                # a match inside a word may hide a real one: re-scan that stretch with the tries
                window = min(n, end + 32)
                low = fold[pos:window].lower()
                hits.extend(
                    (pos + m.start, pos + m.end, m.entity) for m in self.find(fold[pos:window], low)
                )
            pos = end
        return _resolve(list(dict.fromkeys(hits)))

    def company(self, name: str) -> Entity | None:
        """The company entity with canonical ``name``."""
        return self.companies.get(name)

    def company_named(self, name: str) -> Entity | None:
        """The company whose canonical name is ``name``, compared case-insensitively."""
        found = self.companies.get(name)
        if found is None:
            folded = name.casefold()
            found = next((e for n, e in self.companies.items() if n.casefold() == folded), None)
        return found


def _fingerprint(entries: list[tuple[str, Entity]]) -> str:
    """A short hash of what the gazetteer matches (order-free): equal reference rows give
    equal fingerprints, so a reload that changes nothing re-extracts nothing."""
    lines = sorted(
        "\x1f".join(
            (alias, e.kind, e.id, e.name, e.owner or "", e.company_type or "", e.vendor or "")
        )
        + ("\x1flisted" if e.listed else "")
        for alias, e in entries
    )
    return hashlib.sha1("\x1e".join(lines).encode()).hexdigest()[:12]


def _resolve(hits: list[tuple[int, int, Entity]]) -> list[EntityMention]:
    """Non-overlapping mentions: longest first, then cluster, chip, company."""
    if len(hits) > 1:
        # by (start, longest, kind rank): three stable C-level sorts, least significant first
        hits.sort(key=lambda h: _KIND_RANK[h[2].kind])
        hits.sort(key=itemgetter(1), reverse=True)
        hits.sort(key=itemgetter(0))
    out: list[EntityMention] = []
    last_end = -1
    for start, stop, ent in hits:
        if start >= last_end:
            out.append(EntityMention(start, stop, ent))
            last_end = stop
    return out


DESCRIPTORS = Path(__file__).resolve().parent / "rules" / "descriptor_aliases.csv"


def descriptor_aliases(companies: pl.DataFrame) -> pl.DataFrame:
    """Descriptions that name a company in news ("the ChatGPT maker", "criadora do ChatGPT",
    "ChatGPT开发商"): the extractor's own supplement to the reference aliases, in their
    schema, kept to companies the reference data knows. Product names alone are not aliases
    ("ChatGPT has 500 million users" says nothing about OpenAI's funding)."""
    extra = pl.read_csv(DESCRIPTORS, schema=REF_COMPANY_ALIASES)
    return extra.filter(pl.col("company_id").is_in(companies["company_id"].implode()))


# the reference tables the gazetteer is built from (raw tables and bundled snapshots alike)
REFERENCE_TABLES = (
    "ref_companies",
    "ref_company_aliases",
    "ref_clusters",
    "ref_cluster_aliases",
    "ref_chips",
    "ref_chip_aliases",
)


def reference_gazetteer(tables: Mapping[str, pl.DataFrame]) -> Gazetteer:
    """The extractor's gazetteer from the reference tables named in :data:`REFERENCE_TABLES`
    (frames with their ``REF_*`` schemas; extra columns are ignored), with the descriptor
    aliases of :func:`descriptor_aliases`. The warehouse's ``raw.ref_*`` tables and the bundled
    snapshots both go through here."""
    companies = tables["ref_companies"]
    aliases = tables["ref_company_aliases"].select(REF_COMPANY_ALIASES.names())
    return Gazetteer.from_tables(
        companies=companies,
        company_aliases=pl.concat(
            [aliases.cast(dict(REF_COMPANY_ALIASES)), descriptor_aliases(companies)]
        ),
        clusters=tables["ref_clusters"],
        cluster_aliases=tables["ref_cluster_aliases"],
        chips=tables["ref_chips"],
        chip_aliases=tables["ref_chip_aliases"],
    )


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer of the bundled reference snapshots (loaded once per process): what
    ``ledger extract``, ``ledger eval`` and the tests read; the ``news_claims`` asset reads the
    warehouse's tables instead."""
    from sources.reference.snapshots import load_table

    return reference_gazetteer({name: load_table(name) for name in REFERENCE_TABLES})


def _cluster_families(entries: list[tuple[str, Entity]]) -> frozenset[str]:
    """Cluster aliases (lower-cased) that another cluster's alias contains: a family's name
    ("Stargate" in "Stargate UAE", "星际之门" in "阿联酋星际之门"), which may name the whole
    programme rather than the one cluster it is an alias of."""
    aliases = [(a.lower(), e.id) for a, e in entries if e.kind == "cluster"]
    return frozenset(
        a for a, owner in aliases if any(i != owner and a in b and a != b for b, i in aliases)
    )


def _programme_companies(
    entries: list[tuple[str, Entity]], families: frozenset[str]
) -> dict[str, Entity]:
    """A cluster family's name -> the one company an alias of which is that name and more
    ("stargate" -> Stargate LLC, aliased "Stargate Project"): the company behind the programme
    the family's name stands for."""
    found: dict[str, set[Entity]] = {}
    for alias, entity in entries:
        if entity.kind != "company":
            continue
        low = alias.lower()
        for family in families:
            # (in a caseless script the programme word follows without a space: "星际之门项目")
            if (
                low != family
                and low.startswith(family)
                and (_CASELESS.search(family) or not low[len(family)].isalnum())
            ):
                found.setdefault(family, set()).add(entity)
    return {f: next(iter(es)) for f, es in found.items() if len(es) == 1}
