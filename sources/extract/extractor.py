"""``extract``: the claims of one article.

Steps: normalize (length-preserving) -> split sentences -> find entities and anchor words
in the whole text (entities also feed the discourse) -> keep the sentences that have a
number-like token and an anchor (a round, valuation, investment, cluster or build word, a chip
noun, a power unit, or a chip's or cluster's name) -> read every cue word, figure and time in
those -> pair them into claims (:mod:`sources.extract.claims`).

as_of default (documented choice): a fact stated with no time cue in an article with a
published date takes the published date when its status is operational, closed or reported
("xAI has raised $6 billion" in an article of 14 June 2024 is an observation of that day);
plans with no time cue keep as_of null, because their date is unknown.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterable
from datetime import date, datetime
from operator import attrgetter
from typing import NamedTuple

from sources.extract import lexicon as lx
from sources.extract.calibration import bundled_fingerprint, bundled_model
from sources.extract.calibration import calibrate as set_confidence
from sources.extract.claim import Claim
from sources.extract.claims.analysis import analyze
from sources.extract.claims.compute import merge_restated_counts
from sources.extract.claims.context import (
    Discourse,
    Doc,
    opens_with_comparison,
    update_discourse,
)
from sources.extract.claims.funding import fill_valuation, round_list_items, same_round
from sources.extract.claims.newco import introduced_clusters, introduced_companies
from sources.extract.claims.sentence import sentence_claims
from sources.extract.claims.subjects import drop_programme_names
from sources.extract.gazetteer import EntityMention, Gazetteer, default_gazetteer
from sources.extract.numbers import NUMBER_CHARS
from sources.extract.rules import RAISING_CUES, LanguageRules, load_rules
from sources.extract.segment import split_sentences
from sources.extract.textnorm import drop_ruby, fold, lower_fold
from sources.extract.trace import SentenceTrace, sentence_traces
from sources.registry import FALLBACK_LANGUAGE, MONEY_CLAIM_TYPES, RULE_LANGUAGES

EXTRACTOR_VERSION = "1.27.0"
ANCHOR_SCANNER = 2  # the index of the anchor lexicon among a document's scanners
MAX_CANDIDATE_SENTENCES = 200  # read per document: bounds the work on pathological input


def version_key(gazetteer: Gazetteer) -> str:
    """What the extraction log records per article: the rules' version, the fingerprint of the
    gazetteer and that of the calibration model, so a change of the reference rows or a refit
    re-reads the old articles too (a new alias may name the subject of a claim in a story read
    before; a refit changes every confidence)."""
    return f"{EXTRACTOR_VERSION}+gaz.{gazetteer.fingerprint}+cal.{bundled_fingerprint()}"


_YEAR_AFTER = re.compile(r" (?:19|20)\d\d(?![\w.,])")  # a year right after a name
_NUMBERISH = re.compile(NUMBER_CHARS)
_TRADITIONAL = set(
    "們個來說國對會資發與為這時還麼經於進動後開關電機車馬門問間體點當錢萬億臺灣軟體營"
)
_SIMPLIFIED = set(
    "们个来说国对会资发与为这时还么经于进动后开关电机车马门问间体点当钱万亿台湾软体营"
)

_TRADITIONAL_RX = re.compile("[" + "".join(sorted(_TRADITIONAL)) + "]")
_SIMPLIFIED_RX = re.compile("[" + "".join(sorted(_SIMPLIFIED)) + "]")


class Prescan(NamedTuple):
    """What the batch path's Rust scan found in one text (see :mod:`sources.extract.batch`)."""

    aliases: list[str]  # the gazetteer alias texts found, in order
    cues: list[str]  # the (lower-case) anchor words found, in order
    fold: str | None  # the ``fold`` view of the text (None: the same as the text)
    low: str  # its ``lower_fold`` view, lower-cased by Rust


def warm_up(languages: Iterable[str] = RULE_LANGUAGES, gazetteer: Gazetteer | None = None) -> None:
    """Load the gazetteer and compile the regexes the extractor uses for ``languages`` now
    rather than on first use (before worker processes fork, so they share them)."""
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    gaz.compile()
    bundled_model()
    for code in languages:
        rules = load_rules(code)
        for matcher in (
            rules.lexicon,
            rules.cue_lexicon,
            rules.anchor_lexicon,
            rules.vague,
            rules.standalone_numbers,
            rules.number_words,
            rules.months,
        ):
            _ = matcher.pattern
        # the yardstick opening of a sentence is probed in every article naming a cluster
        for matcher in (*rules.positional.values(), rules.yardsticks):
            _ = matcher.head, matcher.tail


def resolve_language(text: str, language: str | None) -> str:
    """The ISO 639-1 code to read ``text`` with: ``language`` if given, else detected."""
    if language is not None and language in RULE_LANGUAGES:
        return language  # the usual case (the batch path passes normalized codes)
    from sources.news.language import detect_language, normalize_language

    code = normalize_language(language) if language else None
    if code is None:
        code = detect_language(text)
    return code or FALLBACK_LANGUAGE


def is_traditional(text: str) -> bool:
    """Whether a Chinese text is in traditional script (by characters unique to each script)."""
    # counted by regex (a C loop): a Python loop over the characters costs ~100 us per article
    return len(_TRADITIONAL_RX.findall(text)) > len(_SIMPLIFIED_RX.findall(text))


def _numberish(low: str, fold_text: str, s: int, e: int, rules: LanguageRules) -> bool:
    if _NUMBERISH.search(fold_text, s, e):
        return True
    for matcher in (rules.vague, rules.standalone_numbers, rules.number_words):
        if matcher.pattern is not None and matcher.pattern.search(low, s, e):
            return True
    return False


def extract(
    text: str,
    *,
    language: str | None = None,
    published: date | datetime | None = None,
    gazetteer: Gazetteer | None = None,
    prescan: Prescan | None = None,
    trace: list[SentenceTrace] | None = None,
    calibrate: bool = True,
) -> list[Claim]:
    """The claims stated in ``text``.

    ``language``: ISO 639-1 (detected when None); ``published``: the article's date, used to
    resolve relative dates (amounts stay in the currency the text states: dbt converts them
    to USD at the claim's date); ``gazetteer``: the entity gazetteer (default: the bundled
    reference data); ``prescan``: what the batch path's Rust scan found in ``text`` and its
    folded views (:class:`Prescan`); ``trace``: a list to fill with what was done with each
    sentence (:mod:`sources.extract.trace`; costly, for diagnosis); ``calibrate``: set each
    claim's ``confidence`` to the calibrated probability that it is a true fact
    (:mod:`sources.extract.calibration`; False keeps the rules' hand-set number, which the
    calibration learns from). Never raises on any string input.
    """
    if not text or not isinstance(text, str):
        return []
    lang = resolve_language(text, language)
    if isinstance(published, datetime):
        published = published.date()
    rules = load_rules(lang)
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    if prescan is None:
        folded = fold(text)
        low = lower_fold(text, folded)
    else:
        folded = text if prescan.fold is None else prescan.fold
        low = prescan.low
        if len(low) != len(text):
            # Rust lower-cases "İ" to two characters; lower_fold keeps the length
            low = lower_fold(text, folded)
    source = text
    if lang == "zh" and (closed := drop_ruby(folded)) is not folded:
        # "計(jì)劃": pinyin readings cut the words apart; the prescan's offsets index the
        # annotated text, so its hits are found again; the rules read the text without them
        # too (the evidence quotes the text as given)
        folded, low, prescan, text = closed, drop_ruby(low), None, drop_ruby(text)
    if not _NUMBERISH.search(folded) and not any(
        m.pattern is not None and m.pattern.search(low)
        for m in (rules.vague, rules.standalone_numbers, rules.number_words)
    ):
        return []
    sentences = split_sentences(
        text,
        rules.abbreviations,
        ordinal_dot=rules.ordinal_dot,
        figure_abbreviations=rules.figure_abbreviations,
        letter_labels=rules.letter_labels,
        scale_abbreviations=rules.scale_abbreviations,
    )
    lex = rules.lexicon_for(low, folded)
    if prescan is None:
        entities = gaz.find(folded, low)
        lex.scan_all(ANCHOR_SCANNER)  # the words that pick the candidate sentences
    else:
        entities = gaz.locate(folded, prescan.aliases)
        lex.add_found(ANCHOR_SCANNER, prescan.cues)
    doc = Doc(
        text=text,
        source=source,
        fold=folded,
        low=low,
        language=lang if lang in RULE_LANGUAGES or len(lang) == 2 else rules.code,
        rules=rules,
        gazetteer=gaz,
        published=published,
        lex=lex,
        # a story in traditional script that names the renminbi is about mainland money: its
        # bare 元 is a yuan, not a New Taiwan dollar
        traditional=lang == "zh" and is_traditional(text) and "人民幣" not in text,
        drops=[] if trace is not None else None,
    )
    if entities:
        # "the Accel AI Summit 2025": an event named with a cluster's word and its year
        entities = [
            m
            for m in entities
            if not (m.entity.kind == "cluster" and _YEAR_AFTER.match(low, m.end))
        ]
    if entities and gaz.cluster_families:
        entities = drop_programme_names(
            entities, low, rules.site_words, gaz.cluster_families, gaz.programme_companies
        )
    # sparse: only sentences with an anchor or a name matter (the others change nothing)
    starts = [start for start, _ in sentences]
    by_sentence = _bucket(sentences, starts, entities)
    anchored = _anchored_sentences(lex, rules, sentences, starts, entities)
    first = _first_word(lex, RAISING_CUES) if anchored else -1
    if first >= 0:
        items = round_list_items(
            text,
            sentences,
            starts,
            first,
            lambda i: _has_cue(lex, sentences[i], _NOT_ROUND_CUES),
        )
        if items:
            # a list of rounds' items name a company and an amount, no money word
            doc.round_items = frozenset(items)
            for i in items:
                anchored.setdefault(i, _MONEY)
    if anchored:
        # sites and companies the gazetteer lacks that the text introduces ("a campus dubbed
        # Horizon", "AI startup Poolside")
        site_nouns = [h.start for h in lex.by_kind.get(lx.ANCHOR, ()) if h.value == "cluster"]
        introduced = introduced_clusters(text, low, rules, entities, site_nouns)
        introduced += introduced_companies(text, low, rules, entities + introduced, gaz)
        if introduced:
            entities = sorted(entities + introduced, key=_START)
            by_sentence = _bucket(sentences, starts, entities)
    disc = Discourse()
    doc.clusters = [
        (i, m.entity) for i, ms in by_sentence.items() for m in ms if m.entity.kind == "cluster"
    ]
    if doc.clusters and gaz.cluster_families:
        doc.clusters_by_name = [
            (i, m.entity)
            for i, ms in by_sentence.items()
            for m in ms
            if m.entity.kind == "cluster" and low[m.start : m.end] not in gaz.cluster_families
        ]
    else:
        doc.clusters_by_name = doc.clusters
    if doc.clusters:
        # "For reference, Osprey has 12,000 GPUs": a cluster named only as a yardstick is
        # not the cluster the story's unnamed mentions refer to
        yard = _yardstick_sentences(low, sentences, {i for i, _ in doc.clusters}, rules)
        if yard:
            doc.clusters = [(i, c) for i, c in doc.clusters if i not in yard]
            doc.clusters_by_name = [(i, c) for i, c in doc.clusters_by_name if i not in yard]
    claims: list[Claim] = []
    candidates = 0
    analysed: set[int] = set()  # (read only by a trace)
    newco: bool | None = None  # the text has a company noun: it may name unknown companies
    for i in sorted(anchored.keys() | by_sentence.keys()):
        s, e = sentences[i]
        ents = by_sentence.get(i, _NONE)
        anchor = anchored.get(i, 0)
        if anchor == _MONEY and not ents and not disc.companies and newco is None:
            newco = any(d in low for d in rules.names.descriptors)
        if (
            anchor
            and candidates < MAX_CANDIDATE_SENTENCES
            # a money figure needs a company: named here or earlier in the story; an
            # investment verb alone needs one named here (the investee, or the investor of
            # "it invested in the company"): a spender with no name is nobody's round
            # (or a company the gazetteer lacks, in a text with a company noun: claims.newco)
            # (a chip start-up's story names only chip makers and backers: Discourse.chip_raiser)
            and (
                anchor == _COMPUTE
                or ents
                or (anchor == _MONEY and (disc.companies or disc.chip_raiser() or newco))
            )
            and _numberish(low, folded, s, e, rules)
        ):
            candidates += 1
            analysed.add(i)
            view = analyze(doc, i, s, e, ents, _next_denial(lex, folded, sentences, i), disc)
            claims.extend(sentence_claims(doc, view, disc))
        if ents:
            figures = _NUMBERISH.search(folded, s, e) is not None
            update_discourse(
                i, ents, disc, text, s, figures=figures, markers=rules.names.topic_markers
            )
    claims = first_statements(merge_restated_counts(claims), disc.announced, doc.published)
    if calibrate and claims:
        # the length of the text as given, as ``ledger calibrate`` measures it when fitting
        set_confidence(claims, text_chars=len(source), published=doc.published, gazetteer=gaz)
    if trace is not None:
        trace.extend(
            sentence_traces(doc, sentences, anchored, by_sentence, analysed, claims, doc.drops)
        )
    return claims


# a headline's "10 GW" is the body's "at least 10 GW, the first of which ...": for sizes,
# holdings, power and build times the scope read in one sentence does not make a second fact
_SCOPELESS = frozenset(("cluster_size", "chip_holding", "power_capacity", "build_duration"))


def first_statements(
    claims: list[Claim], announced: Collection[int] = (), published: date | None = None
) -> list[Claim]:
    """One claim per fact and article: a story that restates a figure (the headline, the lead,
    a recap at the end) states one fact, so later claims with the same type, subject, chip,
    scope and numbers are dropped and the first sentence is the evidence; a round restated
    with its valuation is the first round, given that valuation. The fact takes the most
    hedged status the story gives it (denied, then reported, then planned): a headline states
    flatly what the lead attributes to a newspaper or places in the future. Not a first
    statement the company made itself (``announced``: evidence starts of sentences with an
    official word and no hedge, "Lambda announced it raised $1.5 billion"): a later "the raise
    outstrips what it was seeking" restates a fact, it does not hedge it; and a later such
    statement that a round closed settles a round an earlier sentence only planned."""
    seen: dict[tuple, Claim] = {}
    lead = min((c.start for c in claims), default=-1)  # the story's first sentence with a claim
    rounds: dict[tuple, Claim] = {}
    stated_rounds: dict[tuple, Claim] = {}  # the same, whatever the status
    kept: list[Claim] = []
    for c in claims:
        scope = None if c.type in _SCOPELESS else c.scope
        key = (
            c.type, c.subject, c.chip_model, scope, c.quantity, c.quantity_high,
            c.amount, c.amount_high, c.currency, c.valuation, c.valuation_currency,
            c.valuation_usd,
        )  # fmt: skip
        first = seen.get(key)
        if first is not None:
            # a superseded target ("above its initial $15B goal") is no statement of the
            # company's own, though its sentence announces the round that beat it
            own = first.start in announced and not first.rule.endswith(".money_target")
            if (
                not own
                and _HEDGE.get(c.status, 0) > _HEDGE.get(first.status, 0)
                # a plan restating hardware hedges the headline's flat figure, not a figure
                # the body states ("该团队搭建了12,288块GPU的集群" keeps running whatever a
                # later sentence plans)
                and not (c.type in _SCOPELESS and c.status == "planned" and first.start != lead)
            ):
                first.status = c.status
            elif (
                c.start in announced
                and not own
                and c.type in MONEY_CLAIM_TYPES
                and first.status == "planned"
                and c.status not in _HEDGE
                # the same round: "is seeking $10 billion" is not "raised $10 billion last year"
                and _same_year(c.as_of, published)
            ):
                # "... grâce à une levée de fonds de 90 millions" (a goal's sentence), then
                # "SiPearl a annoncé avoir bouclé une levée de 90 millions": the company's own
                # word that it closed it
                first.status = c.status
            continue
        if c.type == "funding_round":
            # "raises $30 billion" then "the $30 billion round at a $380 billion valuation":
            # one round, restated with its valuation (see funding.same_round)
            first = rounds.get(same_round(c))
            stated = stated_rounds.get(same_round(c)[:-1])
            if (
                stated is not None
                and c.valuation is None
                and stated.start not in announced
                and _HEDGE.get(c.status, 0) >= max(1, _HEDGE.get(stated.status, 0))
            ):
                # "xAI raises $15 billion" (headline), then "xAI is in the process of raising
                # $15 billion": the story hedges the round the headline states flatly
                stated.status = c.status
                continue
            if (
                first is not None
                and (first.valuation is None or c.valuation is None)
                and first.as_of == c.as_of
            ):
                if first.valuation is None:
                    fill_valuation(first, c)
                continue
            rounds.setdefault(same_round(c), c)
            stated_rounds.setdefault(same_round(c)[:-1], c)
        seen[key] = c
        kept.append(c)
    _deny_the_deal(kept, announced, published)
    return kept


def _same_year(as_of: str | None, published: date | None) -> bool:
    """A claim dated in the story's own year (or not dated against it)."""
    return as_of is None or published is None or as_of[:4] == str(published.year)


def _deny_the_deal(claims: list[Claim], announced: Collection[int], published: date | None) -> None:
    """A denied valuation denies the round stated at that valuation, the same deal ("xAI
    raises $15 billion at $200 billion" then "Musk called the $200 billion valuation a lie"),
    unless the company announced the round or it is dated before the denial's story."""
    denied = {
        (c.subject, c.valuation_usd)
        for c in claims
        if c.type == "valuation" and c.status == "denied" and c.valuation_usd is not None
    }
    if not denied:
        return
    denied_subjects = {subject for subject, _ in denied}
    for c in claims:
        if (
            c.type == "funding_round"
            and c.status != "denied"
            # a round reported beside it with no valuation of its own is that deal too
            # ("raised new money at $200 billion, a person said. The round of more than $10
            # billion ..., the person said." then a denial)
            and (
                (c.subject, c.valuation_usd) in denied
                or (
                    c.status == "reported"
                    and c.valuation_usd is None
                    and c.subject in denied_subjects
                )
            )
            and c.start not in announced
            # (a round dated before the story's month is an earlier deal)
            and (c.as_of is None or published is None or c.as_of >= published.isoformat()[:7])
        ):
            c.status = "denied"


_HEDGE = {"denied": 3, "reported": 2, "planned": 1}  # first_statements: the stronger hedge wins


_INVEST, _MONEY, _COMPUTE = 1, 2, 3  # kinds of sentence anchors, weakest first
_MONEY_CUES = frozenset(
    ("raise", "round", "valuation", "valuation_post", "valuation_pre", "investment", "denied")
)


_NONE: list[EntityMention] = []  # no mentions (never modified)
_START = attrgetter("start")


def _anchored_sentences(
    lex: lx.Lexicon,
    rules: LanguageRules,
    sentences: list[tuple[int, int]],
    starts: list[int],
    entities: list[EntityMention],
) -> dict[int, int]:
    """Per sentence with an anchor (by index): ``_COMPUTE`` when it has a cue of a compute
    claim type (cluster, system, build), a chip noun, a chip's or a cluster's name, or a power
    unit; else ``_MONEY`` when it has a money cue (raising, round, valuation, denial) or an
    investment verb with an anaphor ("invested $2 billion in the company"); else ``_INVEST``
    when its only cue is an investment verb."""
    bits: dict[int, int] = {}

    def mark(pos: int, bit: int) -> None:
        i = bisect.bisect_right(starts, pos) - 1
        if i >= 0 and pos < sentences[i][1]:
            bits[i] = bits.get(i, 0) | bit

    anchor_cues = rules.anchor_cues
    for h in lex.by_kind.get(lx.ANCHOR, ()):
        if h.value in ("noun", "family", "counter", "power"):
            mark(h.start, _B_COMPUTE)  # a chip noun or a power unit
        elif h.value == "anaphor":
            mark(h.start, _B_ANAPHOR)
        elif h.value not in anchor_cues:
            continue
        elif h.value == "investment":
            mark(h.start, _B_INVEST)
        else:
            mark(h.start, _B_MONEY if h.value in _MONEY_CUES else _B_COMPUTE)
    for m in entities:
        # a named cluster anchors a count too: "Colossus will double to 200,000"
        if m.entity.kind in ("chip", "cluster"):
            mark(m.start, _B_COMPUTE)
    kinds = {i: _ANCHOR_OF_BITS[b] for i, b in bits.items()}
    return {i: kind for i, kind in kinds.items() if kind}


_B_INVEST, _B_MONEY, _B_COMPUTE, _B_ANAPHOR = 1, 2, 4, 8


def _anchor_kind(bits: int) -> int:
    if bits & _B_COMPUTE:
        return _COMPUTE
    if bits & _B_MONEY or (bits & _B_INVEST and bits & _B_ANAPHOR):
        return _MONEY
    return _INVEST if bits & _B_INVEST else 0


_ANCHOR_OF_BITS = [_anchor_kind(b) for b in range(16)]


def _first_word(lex: lx.Lexicon, kinds: frozenset[str]) -> int:
    """The offset of the text's first anchor word of one of ``kinds``, or -1."""
    return next((h.start for h in lex.by_kind.get(lx.ANCHOR, ()) if h.value in kinds), -1)


def _has_cue(lex: lx.Lexicon, span: tuple[int, int], kinds: frozenset[str]) -> bool:
    """The sentence has a cue word of one of ``kinds`` (scanned for this sentence)."""
    lex.ensure(*span)
    return any(h.value in kinds for h in lex.within(lx.CUE, span[0], span[1]))


# a list opened by a word of spending, revenue or value lists no rounds
_NOT_ROUND_CUES = frozenset(("cost", "revenue", "market_cap", "fund_size"))


def _next_denial(lex: lx.Lexicon, folded: str, sentences: list[tuple[int, int]], i: int) -> bool:
    """A denial with no figure of its own answers the sentence before it."""
    if i + 1 >= len(sentences):
        return False
    s, e = sentences[i + 1]
    if re.search(r"[0-9]", folded[s:e]):
        return False
    return bool(lex.within(lx.ANCHOR, s, e, "denied"))


def _bucket(
    sentences: list[tuple[int, int]], starts: list[int], mentions: list[EntityMention]
) -> dict[int, list[EntityMention]]:
    """The mentions of each sentence that has any (by index, in text order); a mention that
    crosses a sentence boundary belongs to none."""
    out: dict[int, list[EntityMention]] = {}
    for m in mentions:
        j = bisect.bisect_right(starts, m.start) - 1
        if j >= 0 and m.end <= sentences[j][1]:
            found = out.get(j)
            if found is None:
                out[j] = [m]
            else:
                found.append(m)
    return out


def _yardstick_sentences(
    low: str, sentences: list[tuple[int, int]], indices: set[int], rules: LanguageRules
) -> set[int]:
    """The sentences among ``indices`` that open with a comparison phrase ("For comparison,",
    "Zum Vergleich:", "相比之下"): what they name is measured against, not the story's own."""
    return {i for i in indices if opens_with_comparison(low, *sentences[i], rules)}
