"""Companies the gazetteer does not know, named as the one raising a round or being valued.

Real news is full of start-ups no reference table lists. When a money sentence names no known
company in subject position, the raiser is read from the text itself, kept as written:

- Apposition: a name right after a company noun ("the Freiburg start-up Helsing", "la start-up
  française Mistral", "初创公司X", "スタートアップのX", "стартап X") or followed by one
  ("Oura Health, la empresa de anillos, consiguió ...").
- Head: a name opening the sentence or a clause, with the raise or value word after it
  ("Helsing raised ...", "Helsing a levé ...", "Helsing hat ... eingesammelt").
- Role: a name right after a person's role and its linking word ("the CEO of Kestrel",
  "fondatore di Kestrel"): a company wherever the text names it (:func:`introduced_companies`).

A name is a capitalised word run (Latin, Cyrillic) or, in text of another script, a run of
Latin letters ("Figure AI привлекла", "Figure AI完成"); a katakana run after a company noun in
Japanese. It is no raiser when an investing or leading verb follows it before the amount
("Lux Capital led a $50 million round"), when a known company stands between it and the
amount, or when it overlaps a known name, a number or a cue word. Vocabulary: section
``[names]`` of ``rules/<lang>.toml`` (:class:`sources.extract.rules.NameRules`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sources.extract.claims.context import OPENING_CHARS, WORD, View
from sources.extract.claims.subjects import _LINKED_TAIL, label_gap, row_label
from sources.extract.gazetteer import BACKER_TYPES, Entity, EntityMention
from sources.extract.numbers import CURRENCY_SIGNS

REACH = 240  # a raiser is named at most this far before its amount
ROLE_AFTER = 40  # a raise or value word may follow the amount this closely ("$50m round")
ROLE_AFTER_END = 16  # or its end, when a qualifier opens it ("supera los 900 millones de ...")
HEAD_WORDS = 12  # a name opening the sentence is the raiser within this many words of the verb
APPOSITION_GAP = 2  # words between a company noun and the name ("la start-up française X")
TIME_OPENER_WORDS = 4  # words of a time phrase opening the sentence ("In May this year,")
_ROLE_KINDS = ("raise", "round", "valuation")
_BLOCK_KINDS = ("investment",)
# a capitalised run of up to four words: "Oura Health", "Black Forest Labs", "Physical
# Intelligence"; a word may hold digits and inner capitals ("Nscale", "H Company"), and the
# first may be camel-case ("iKestrel", "eKestrel": one or two small letters, then a capital)
# or open with a digit or two ("1X", "4Paradigm": see _DIGIT_NAME)
_CASED = re.compile(
    r"(?:[A-ZÀ-ÖØ-ÞА-ЯЁ]|[a-z]{1,2}(?=[A-Z])|\d{1,2}(?=[A-Z]))[\w&+'’.-]*"
    r"(?:[ \u00a0](?:[A-ZÀ-ÖØ-ÞА-ЯЁ0-9][\w&+'’.-]*|AI|ai)){0,3}"
)
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9&+'’.-]*(?:[ \u00a0][A-Za-z0-9][A-Za-z0-9&+'’.-]*){0,3}")
_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]{2,}(?:[A-Za-z0-9]+)?")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NATIVE = re.compile(r"[\u4e00-\u9fff\uac00-\ud7afA-Za-z0-9]")  # Han, hangul and Latin letters
MAX_NATIVE = 16
_TRIM = ".,;:'’-"
# a hyphen that ends the first half of a compound, then the word joining the second
# ("Aufklärungs- und Überwachungsdrohnen"; not a dash, "Velorix- ein Drohnenhersteller -")
_SUSPENDED = re.compile(
    r"-\s+(?:und|oder|bis|sowie|bzw\.|and|or|et|ou|e|y|o|и|или)\s", re.IGNORECASE
)
_ELIDED = re.compile(r"^[A-ZÀ-Þ]\w{0,3}[’'][^\W\d_A-Z]")  # "L'entreprise", "All'inizio"
# an elided article and a long noun ("l'entusiasmo", "dell'azienda"), not a clitic before
# an auxiliary ("l'ha", "l'a", "l'avait", "l'aveva": short, or "h", "av")
_ELIDED_ARTICLE = re.compile(r"[^\W\d_A-Z]{1,4}['’](?!h|av)[^\W\d_A-Z]{6,}")
_POSSESSIVE = re.compile(r"['’]s?$")
_INNER_POSSESSIVE = re.compile(r"^.*['’]s\s+(?=\S)")  # up to the last "'s " inside a name
SOURCE_AFTER = 6  # characters between a source and its report word after it ("のデータ")
_ITEM_NUMBER = re.compile(r"\d{1,2}[.)]")


def unknown_company(
    doc_text: str,
    view: View,
    rules,
    anchor: int,
    cjk: bool,
    roles: tuple[str, ...] = _ROLE_KINDS,
    gazetteer=None,
) -> tuple[Entity, int, str] | None:
    """(company, start, how) of a company the gazetteer lacks, named as the raiser of the
    amount at ``anchor`` (see the module docstring); ``how``: "apposition" or "head".
    ``roles``: the cue kinds that must follow the name (for chip counts: buying, holding).
    A short name the ``gazetteer`` knows by its long form is that company
    (:func:`known_long_form`)."""
    names = rules.names
    if not names.descriptors:
        return None
    text = view.text
    lo = max(view.start, anchor - REACH)
    for c in view.cues:  # a semicolon or a clause-break word before the amount starts its part
        if c.kind == "clause_break" and c.end <= anchor:
            lo = max(lo, c.start)
    semi = max(text.rfind(";", lo, anchor), text.rfind("；", lo, anchor))
    if semi >= 0:
        lo = semi + 1
    item = _topic_item_before(view, anchor, names)
    if item is not None:
        return item  # a list's item: its verb, after the last item, serves each
    reach = max(
        [anchor + ROLE_AFTER]
        + [mo.end + ROLE_AFTER_END for mo in view.money if mo.start <= anchor < mo.end]
    )
    role = [c for c in view.cues if c.kind in roles and c.start < reach]
    # "Kestrel's post-money valuation: ...": a post- or pre-money word names the valued
    # company only as what a name owns (see _possesses_value)
    owned = not role and roles is _ROLE_KINDS
    if owned:
        role = [c for c in view.cues if c.kind in _VALUE_KINDS and c.start < reach]
    if not role:
        fronted = _after_fronted_amount(view, anchor, names)
        if fronted is None or not any(c.kind in roles and c.start >= fronted[1] for c in view.cues):
            return None
        # "130 Millionen Dollar konnte das Start-up Kestrel einsammeln": the verb closes it
        return _named(doc_text, view, names, gazetteer, *fronted)
    label = _label_before(view, lo, anchor, cjk, rules.code, names)
    if label is not None:
        known = known_long_form(gazetteer, label[0].name, names.name_endings)
        return (known, *label[1:]) if known is not None else label
    found: list[tuple[int, int, str]] = []  # (start, end, how)
    sources = [c.end for c in view.kinds("according")]
    sources_after = [c.start for c in (*view.kinds("according"), *view.kinds("report_verb"))]
    for start, end in _candidates(text, lo, anchor, cjk, rules.code, names):
        if not _plain(view, start, end, names):
            continue
        if _product_after(text, end, names):
            continue  # "the company behind the USDT stablecoin": a product's name
        if names.place_words and _after_place_word(text[max(0, start - 30) : start].split(), names):
            continue  # "Im Großraum Mailand entsteht ...": a place, not the raiser or holder
        if any(0 <= start - e <= 3 for e in sources):
            continue  # "laut Informationen des Handelsblatts": a source, not the raiser
        if cjk and any(0 <= s - end <= SOURCE_AFTER for s in sources_after):
            continue  # "PitchBookのデータによると": the source stands before its report word
        how = _how(view, start, end, names, cjk)
        if not how or (owned and how != "possessor"):
            continue
        if how == "head" and not cjk and _common_word(doc_text, text[start:end]):
            continue  # "Investors valued ...": a noun the article also writes in lower case
        if not any(c.start >= end for c in role):
            continue  # the raise or value word follows the name
        # "Texas approved $50 million in funding": no raise verb before the amount (German,
        # Japanese and Korean put it at the end; German asks its auxiliary instead)
        verb_final = cjk or bool(names.subject_verbs)
        verb_before = any(end <= c.start < anchor for c in role)
        if how == "head" and not verb_final and not verb_before:
            continue
        if not _raiser_between(view, end, anchor, names):
            continue
        if how == "head" and cjk and any(ch in text[end:anchor] for ch in ",，;；"):
            continue  # "Acme 估值已达...,中国的X也...增长至约150亿元": the figure of a later clause
        found.append((start, end, how))
    if not found:
        fronted = _after_fronted_amount(view, anchor, names)
        if fronted is None:
            return None
        found = [fronted]
    appositions = [f for f in found if f[2] == "apposition"]
    # the apposition nearest the amount (its longest run), else the name opening the sentence
    if appositions:
        last = max(f[1] for f in appositions)
        start, end, how = min(f for f in appositions if f[1] == last)
    else:
        start, end, how = found[0]
    return _named(doc_text, view, names, gazetteer, start, end, how)


def _named(
    doc_text: str, view: View, names, gazetteer, start: int, end: int, how: str
) -> tuple[Entity, int, str] | None:
    """The company a found span names, as :func:`unknown_company` returns it."""
    text = view.text
    name = _POSSESSIVE.sub("", text[start:end].rstrip(_TRIM)).rstrip(_TRIM)
    owner = _INNER_POSSESSIVE.search(name)
    if owner is not None:
        # "Mukesh Ambani's Reliance Industries": the possessor is its owner, the name follows
        start += owner.end()
        name = name[owner.end() :]
    if len(name) < 2:
        return None
    if names.investor_words and any(
        w.lower().strip(_TRIM) in names.investor_words for w in name.split()
    ):
        return None  # "Lux Capital", "Eks Beteiligungsfirma Prima Materia": an investor
    if " " in name and _title_line(text, start):
        name = _headline_name(text, start, name)
    gloss = _LATIN_GLOSS.match(text, end)
    if gloss is not None and not name.isascii():
        name = gloss.group(1)  # "두봇(Dobot)은", "银河通用(Galbot)": the Latin spelling given
    name = drop_legal_form(full_name(doc_text, name, names.name_endings), names.legal_forms)
    known = known_long_form(gazetteer, name, names.name_endings)
    return (known or Entity("company", "", name)), start, how


FRONTED_NAME_WORDS = 4  # words between the verb after a fronted amount and the name


def _after_fronted_amount(view: View, anchor: int, names) -> tuple[int, int, str] | None:
    """In a verb-second language the amount may open the sentence, its verb right after it
    and the raiser after the verb ("130 Millionen Dollar sammelte das Start-up Kestrel ein",
    "130 Millionen Dollar konnte das KI-Start-up Kestrel einsammeln"): (start, end, how) of
    that name behind a company noun. Only where the language lists the verbs a subject takes
    (``names.subject_verbs``), the amount opens its sentence or follows a colon, and no
    other name stands between."""
    if not names.subject_verbs:
        return None
    text = view.text
    money_end = next((mo.end for mo in view.money if mo.start == anchor), None)
    if money_end is None:
        return None
    before = text[view.start : anchor].rstrip()
    opener = before.split()[-1] if before else ""
    if before and not (
        before.endswith((":", "："))
        # one word opening the sentence: a bound or an increment ("Rund", "Weitere")
        or (
            before == opener
            and any(c.start == view.start and c.end == view.start + len(opener) for c in view.cues)
        )
    ):
        return None
    verb = WORD.match(text, money_end + 1) if text[money_end : money_end + 1] == " " else None
    if verb is None or verb.group() not in names.subject_verbs:
        return None
    words = list(re.finditer(r"\S+", text[verb.end() : view.end]))[: FRONTED_NAME_WORDS + 1]
    hi = verb.end() + (words[-1].end() if words else 0)
    for start, end in _candidates(text, verb.end(), hi, False, "", names):
        if not _plain(view, start, end, names) or _company_noun(text[start:end].split()[0], names):
            continue
        # small words and a company noun right before it ("das Start-up Kestrel"): a bare
        # name there may be a place or a person ("40 Millionen Euro erhielt München")
        lead = text[verb.end() : start].split()
        if lead and _company_noun(lead[-1], names) and all(w.islower() for w in lead[:-1]):
            return start, end, "apposition"
        return None
    return None


def _product_after(text: str, end: int, names) -> bool:
    """A product noun follows the name ("USDT stablecoin", "Claude chatbot")."""
    word = WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return word is not None and word.group().lower() in names.product_nouns


def _headline_name(text: str, start: int, name: str) -> str:
    """The name in a title-case headline, where every word is capitalised ("Kestrel AI Arrecada
    US$ 2 Bilhões"): its longest first words that the text writes outside a headline."""
    words = name.split()
    for k in range(len(words), 0, -1):
        head = " ".join(words[:k])
        for m in re.finditer(rf"(?<![\w-]){re.escape(head)}(?![\w-])", text):
            if m.start() != start and not _title_line(text, m.start()):
                return head
    return name


_NAME_TAIL = r"(?:[ \u00a0][A-Z][\w&-]*){1,3}"  # capitalised words that go on a name


# the endings a writer drops from a company's name ("Runway" for Runway AI): not those of an
# investor's or a group's name ("Index" is no short form of Index Ventures, "Sur" of Sur Energy)
_DROPPED_ENDINGS = frozenset(
    ("AI", "Labs", "Lab", "Robotics", "Networks", "Technologies", "Technology", "Systems",
     "Intelligence", "Computing", "Cloud")
)  # fmt: skip


def known_long_form(gazetteer, name: str, endings: frozenset[str]) -> Entity | None:
    """The known company whose canonical name is ``name`` and one ending a writer drops ("Runway"
    -> "Runway AI", "Neysa" -> "Neysa Networks"; ``endings``: the language's company-name
    endings, of which only :data:`_DROPPED_ENDINGS` count): the reference data lists a company
    whose short name is a common word only by its long form (``sources/reference/data/
    README.md``), so a text that names the short form as a company means that one. No investor:
    a company noun introduces no fund."""
    if gazetteer is None or not name[:1].isupper():
        return None
    found = [
        e
        for e in (gazetteer.company_named(f"{name} {end}") for end in endings & _DROPPED_ENDINGS)
        if e is not None and e.company_type != "investor"
    ]
    return found[0] if len(found) == 1 else None


def drop_legal_form(name: str, forms: frozenset[str]) -> str:
    """The name without a legal form before or after it ("Acme Ltd" -> "Acme",
    "PT Acme Tbk" -> "Acme", "株式会社アクメ" -> "アクメ"): one company, one name."""
    if not forms:
        return name
    words = name.split()
    while len(words) > 1 and _legal(words[-1].rstrip(","), forms):
        words.pop()
    while len(words) > 1 and _legal(words[0], forms):
        words.pop(0)
    out = " ".join(words).rstrip(_TRIM + " ")
    if len(words) == 1 and not out.isascii():
        # a form written with no space, as CJK names are ("株式会社アクメ", "아크미㈜")
        for f in sorted(forms, key=len, reverse=True):  # "股份有限公司" before "有限公司"
            if len(out) > len(f) + 1 and not f.isascii():
                if out.startswith(f):
                    out = out[len(f) :]
                elif out.endswith(f):
                    out = out[: -len(f)]
    return out if len(out) >= 2 else name


def _legal(word: str, forms: frozenset[str]) -> bool:
    return word in forms or word + "." in forms  # "Ltd" for "Ltd." (the dot trimmed)


def full_name(doc_text: str, name: str, endings: frozenset[str]) -> str:
    """The name as the text writes it in full elsewhere, when this mention is its first word
    ("Aligned wird ... operieren" after "übernimmt Aligned Data Centers"): the longest form
    that starts with it and ends like a company's name (``endings``, rules ``[names]``; a
    product, "DeepL Translator", or a sentence's next word is no part of the name), else the
    name itself."""
    if not name[:1].isupper() or " " in name:
        return name
    forms = [
        m.group()
        for m in re.finditer(re.escape(name) + _NAME_TAIL, doc_text)
        if m.group().split()[-1] in endings and not _title_line(doc_text, m.start())
    ]  # a title-case headline capitalises words that are no part of the name
    return max(forms, key=len) if forms else name


def _label_before(
    view: View, lo: int, anchor: int, cjk: bool, code: str, names
) -> tuple[Entity, int, str] | None:
    """(company, start, "label") of a name the figure follows as a list's entry does: right
    before an opening bracket that holds the amount, or before a colon (maybe behind a
    parenthetical) that the amount follows."""
    text = view.text
    row = max(view.start, text.rfind("\n", view.start, anchor) + 1)
    spans = [
        sp for sp in _candidates(text, min(lo, row), anchor, cjk, code, names) if sp[1] <= anchor
    ]
    for start, end in reversed(spans):
        if not label_gap(text, end, anchor) and not (
            row_label(text, row, start, end) and start >= row
        ):
            continue
        if not _plain(view, start, end, names) or _common_word(text, text[start:end]):
            return None
        if any(t.start < end and start < t.end for t in view.times) or (
            sum(ch.isalpha() for ch in text[start:end]) < 2
        ):
            return None  # "- Mars : 40 M$", "- Q3 : 20 M$": a period heads the row
        if names.subject_verbs and len(re.findall(re.escape(text[start:end]), text)) < REPEATED:
            return None  # German capitalises nouns: "einen Millionenbetrag (385 Millionen Euro)"
        name = _POSSESSIVE.sub("", view.text[start:end].rstrip(_TRIM)).rstrip(_TRIM)
        if len(name) < 2 or any(
            w.lower().strip(_TRIM) in names.investor_words for w in name.split()
        ):
            return None
        return Entity("company", "", drop_legal_form(name, names.legal_forms)), start, "label"
    return None


# a Hangul name (maybe with its Latin spelling in brackets) and a topic particle right before
# an amount: "플렉시브는 7억 위안, 두봇(Dobot)은 5억 위안"
_HANGUL_ITEM = re.compile(
    r"(?:^|(?<=[\s,]))([\uac00-\ud7af]{2,12})(?:\(([A-Za-z][A-Za-z0-9 .&-]{1,30})\))?(?:은|는) $"
)
_LIST_ITEM_GAP = 40  # characters from one listed amount to the next item's particle


def _topic_item_before(view: View, anchor: int, names) -> tuple[Entity, int, str] | None:
    """(company, start, "label") of a name the gazetteer lacks heading a Korean list's item:
    the name and its topic particle right before the amount, in a sentence that lists two or
    more such items ("A는 7억 위안, B는 5억 위안의 투자를 유치했다") and no other amount
    before them. The Latin spelling in brackets is the name when the text gives one."""
    if "는" not in names.topic_markers:
        return None
    items = [
        mo
        for mo in view.money
        if _HANGUL_ITEM.search(view.text, max(view.start, mo.start - _LIST_ITEM_GAP), mo.start)
    ]
    if len(items) < 2 or not any(mo.start == anchor for mo in items):
        return None
    if any(mo.start < items[0].start and not mo.is_conversion for mo in view.money):
        # "xAI는 2000억원 ... 유치했는데 소프트뱅크는 500억원, 엔비디아는 300억원": after a
        # round's amount, the items are its investors' shares
        return None
    found = _HANGUL_ITEM.search(view.text, max(view.start, anchor - _LIST_ITEM_GAP), anchor)
    if found is None:
        return None
    native, latin = found.group(1), found.group(2)
    if native in names.not_names or native in names.descriptors:
        return None
    if any(found.start() < m.end and m.start < found.end() for m in view.entities):
        return None  # a known name: the subject pick has it
    if any(found.start() < c.end and c.start < found.end(1) for c in view.cues):
        return None  # "기업가치는 ...": a cue word, no name
    if any(found.start() < t.end and t.start < found.end(1) for t in view.times):
        return None  # "상반기는 7억 위안, 하반기는 5억 위안": periods, no names
    return Entity("company", "", latin or native), found.start(), "label"


INVESTEE_REACH = 60  # an investee is named this close after the invested amount


def unknown_investee(view: View, rules, money_end: int, clause_end: int) -> Entity | None:
    """A company the gazetteer lacks that an invested amount goes into, named right after
    it behind an investee word and a company noun ("Nvidia invested $50 million in the
    start-up Kestrel Labs", "... dans la start-up Brumelle", "... в стартап Cloudvane")."""
    names = rules.names
    if view.cjk or not names.descriptors or not rules.investee_before:
        return None
    hi = min(clause_end, view.end, money_end + INVESTEE_REACH)
    text = view.text
    for start, end in _candidates(text, money_end, hi, False, rules.code, names):
        if not _plain(view, start, end, names):
            continue
        words = text[money_end:start].lower().split()
        if not 1 <= len(words) <= 4:
            continue
        head = " ".join(words)
        # the investee word, then a company noun (maybe with an article and an adjective):
        # a bare name after "in" may be a place ("in Texas data centers")
        if not any(
            head.startswith(w + " ") and _noun_phrase(words[len(w.split()) :], names)
            for w in rules.investee_before
        ):
            continue
        name = _POSSESSIVE.sub("", text[start:end].rstrip(_TRIM)).rstrip(_TRIM)
        name = drop_legal_form(name, names.legal_forms)
        return Entity("company", "", name) if len(name) >= 2 else None
    return None


INVESTEE_WORD_GAP = 4  # characters between an investing verb and its investee word ("in", "na")
# German words that link a company noun to its parent ("die Ausgründung der TU München",
# "aus der ETH"): the name after them is the parent's
_PARENT_LINKS = frozenset(("der", "aus"))
# linking words after which a name is another noun's complement ("Mitgründer von Acme",
# "the start-up of Ana Ruiz"): one list for this pattern and _set_off_after_noun
_LINK_WORDS = frozenset(("de", "of", "di", "da", "do", "du", "del", "della", "des", "von", "dari"))
_LINKED_NOUN = re.compile(rf"\s+(?:{'|'.join(sorted(_LINK_WORDS))})\s", re.IGNORECASE)


def unknown_investee_before(view: View, rules, anchor: int) -> Entity | None:
    """A company the gazetteer lacks that an investing verb before the amount marks as where the
    money goes ("negociações para investir na Acme, em uma rodada de ... US$500 milhões",
    "plans to invest in Kestrel Labs in a $50 million round"): the round's raiser when the
    sentence's named companies are its investors. The investee word stands right after the
    verb ("Investasi Data Center di Batam" names a place) and the name heads no phrase of its
    own ("Investition in Höhe von": a noun)."""
    if view.cjk or not rules.investee_before:
        return None
    text = view.text
    for c in view.kinds("investment"):
        if c.end >= anchor:
            break
        for start, end in _candidates(text, c.end, anchor, False, rules.code, rules.names):
            head = text[c.end : start].lower().split()
            if len(head) != 1 or start - c.end > INVESTEE_WORD_GAP + 2:
                break
            if head[0] not in rules.investee_before or not _plain(view, start, end, rules.names):
                break
            if _LINKED_NOUN.match(text, end):
                break
            name = _POSSESSIVE.sub("", text[start:end].rstrip(_TRIM)).rstrip(_TRIM)
            name = drop_legal_form(name, rules.names.legal_forms)
            return Entity("company", "", name) if len(name) >= 2 else None
    return None


def _noun_phrase(words: list[str], names) -> bool:
    """A company noun, maybe with an article and an adjective: "the start-up", "la start-up
    française", "стартап"."""
    return len(words) <= 3 and any(w.strip(",") in names.descriptors for w in words)


def _candidates(text: str, lo: int, hi: int, cjk: bool, code: str, names) -> list[tuple[int, int]]:
    """Name-like spans between ``lo`` and ``hi``: capitalised runs, and the end of a run after
    a company noun or sentence openers in it ("Das Freiburger Start-up Quellwerk")."""
    spans: list[tuple[int, int]] = []
    pattern = _LATIN if cjk or code == "ru" else _CASED
    for m in pattern.finditer(text, lo, hi):
        start, end = m.start(), m.end()
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        if end < len(text) and text[end] in CURRENCY_SIGNS:
            # "US$", "R$", "HK$": the last word is the currency's prefix, no part of a name
            end = text.rfind(" ", start, end)
        if end - start < 2:
            continue
        if _SUSPENDED.match(text, end):
            continue  # "Aufklärungs- und Überwachungsdrohnen": the first half of a compound
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_") and not cjk:
            continue  # inside a word ("KI-Start-up")
        spans.append((start, end))
        # and each shorter run that drops leading words: "Das Freiburger Start-up Quellwerk"
        for w in re.finditer(r"[ \u00a0]+(?=\S)", text[start:end]):
            dropped = text[start : start + w.start()].split()
            if _company_noun(dropped[-1], names) or all(d in names.not_names for d in dropped):
                spans.append((start + w.end(), end))
    if code == "ru":
        spans += [(m.start(), m.end()) for m in _CASED.finditer(text, lo, hi) if _quoted(text, m)]
        spans.sort()
    if code == "ja":
        spans += [(m.start(), m.end()) for m in _KATAKANA.finditer(text, lo, hi)]
        spans.sort()
    if cjk and names.name_stops:
        spans += _native_after_descriptor(text, lo, hi, names)
        spans.sort()
    return spans


def _company_noun(word: str, names) -> bool:
    """A company noun, alone or closing a compound ("Start-up", "ETH-Ausgründung",
    "KI-Start-up")."""
    low = word.lower()
    return low in names.descriptors or any(low.endswith("-" + d) for d in names.descriptors)


def _company_nouns(word: str, names) -> bool:
    """A company noun, maybe in a plural of -s or -x ("startups", "start-ups", "sociétés")."""
    return _company_noun(word, names) or (
        word[-1:].lower() in ("s", "x") and _company_noun(word[:-1], names)
    )


def _native_after_descriptor(text: str, lo: int, hi: int, names) -> list[tuple[int, int]]:
    """A name in the text's own script right after a company noun of three or more
    characters ("初创公司百川智能完成", "스타트업 업스테이지는"), up to the first stop word
    (a verb or a particle): Chinese and Korean names have no capitals to mark them."""
    spans = []
    low = text[lo:hi]
    for d in names.descriptors:
        i = low.find(d)
        while i >= 0:
            # a short noun ("公司", "기업") is too common to introduce a name alone; a field
            # before it makes it one when the name after it stands in quotes or with its
            # Latin spelling in brackets ("드론 전문기업 '유비파이(UVify)'", "로봇 기업
            # 두봇(Dobot)은"): "제조 기업 대부분이" names nobody
            short = len(d) < 3
            if short and not _field_before(text, lo + i):
                i = low.find(d, i + 1)
                continue
            start = lo + i + len(d)
            while start < hi and text[start] == " ":
                start += 1
            quoted = short and start < hi and text[start] in "'‘\"“"
            if quoted:
                start += 1  # a quoted name: "전문기업 '유비파이(UVify)'에"
            start = _after_legal_form(text, start, hi, names.legal_forms)
            end = start
            while end < hi and _NATIVE.match(text[end]) and end - start < MAX_NATIVE:
                end += 1
            run = text[start:end]
            if end < hi and text[end] == " ":
                # a word of its own (Korean): the particle that ends it, "업스테이지는"
                ends = [len(run) - len(w) for w in names.name_stops if run.endswith(w)]
                cut = min(ends, default=-1)
            else:
                cut = min((run.find(w) for w in names.name_stops if run.find(w) > 0), default=-1)
            latin = _LATIN_GLOSS.match(text, end) if short else None
            if short and (quoted or latin is not None) and end < hi and text[end] in "'’\"”(":
                cut = len(run)  # the quote or the Latin name in brackets ends it
            elif short:
                cut = -1
            if cut >= (3 if short else 2):
                name = drop_legal_form(run[:cut], names.legal_forms)  # "星河智能有限公司完成"
                spans.append((start, start + (len(name) if run.startswith(name) else cut)))
            i = low.find(d, i + 1)
    return spans


_LATIN_GLOSS = re.compile(r"\(([A-Za-z][A-Za-z0-9 .&-]{1,30})\)")  # "(UVify)" after a name


def _field_before(text: str, pos: int) -> bool:
    """A Hangul word of two or more syllables stands right before ``pos``, glued or behind
    one space: the field of a company noun ("플랫폼 기업", "전문기업")."""
    k = pos - 1 if pos > 0 and text[pos - 1] == " " else pos
    word = 0
    while k > 0 and "\uac00" <= text[k - 1] <= "\ud7af":
        k -= 1
        word += 1
    return word >= 2


def _after_legal_form(text: str, pos: int, hi: int, forms: frozenset[str]) -> int:
    """Past a legal form written before a CJK name ("스타트업 주식회사 아크미는",
    "スタートアップの株式会社アクメ"), and the spaces after it; else ``pos``."""
    for f in forms:
        if not f.isascii() and text.startswith(f, pos, hi):
            pos += len(f)
            while pos < hi and text[pos] in " 　":
                pos += 1
            return pos
    return pos


def _common_word(doc_text: str, span: str) -> bool:
    """A one-word span the text also writes in lower case elsewhere: a common noun."""
    if " " in span or not span[:1].isupper() or not span[1:].islower():
        return False
    return re.search(rf"(?<![\w-]){re.escape(span.lower())}(?![\w-])", doc_text) is not None


def _quoted(text: str, m: re.Match[str]) -> bool:
    """A Cyrillic name in guillemets: «Яндекс»."""
    return m.start() > 0 and text[m.start() - 1] in '«"“„' and bool(_CYRILLIC.match(m.group()))


def _plain(view: View, start: int, end: int, names) -> bool:
    """The span is no known name, no cue word, no number, no amount and no chip noun, and its
    first word is no sentence opener."""
    first = view.text[start:end].split()[0].rstrip(_TRIM)
    if _ELIDED.match(first):
        return False  # "L'entreprise", "D'après"
    if first in names.not_names or first.lower() in names.descriptors:
        return False
    if first in names.number_words and _counts_companies(view.text, end, names):
        return False  # "Deux startups sont sorties du lot": a count, no name
    if first[:1].isdigit() and not _DIGIT_NAME.fullmatch(first):
        return False  # "5G", "58M"
    if "-" in first and first.split("-")[0] in names.not_names:
        return False  # "AI-nya", "KI-Start-up"
    if " " not in view.text[start:end].strip() and first.lower().endswith(names.not_name_endings):
        return False  # "Inicialmente", "Separately": an adverb
    if any(m.start < end and start < m.end for m in view.entities):
        return False
    if any(
        c.start < end and start < c.end and not _titled_inside(view, c, start) for c in view.cues
    ):
        return False
    if any(n.start < end and start < n.end for n in view.nums):
        return False
    if any(n.start <= start and end <= n.end for n in view.nouns):
        return False  # "AIチップ開発のスタートアップ": a chip noun, not a name
    nxt = view.text[end : end + 2].lstrip()
    return not (nxt[:1].isdigit())  # "May 5": a date


def _counts_companies(text: str, end: int, names) -> bool:
    """The word after a one-word name is a company noun: the name is a number counting them."""
    nxt = text[end : end + 30].split()[:1]
    return bool(nxt) and _company_nouns(nxt[0].strip(",.;:"), names)


def _titled_inside(view: View, cue, start: int) -> bool:
    """A cue word written title-case after the first word of a name ("Elea Data Centers",
    "Vantage Data Centers"): part of the name, not the word."""
    words = view.text[cue.start : cue.end].split()
    return cue.start > start and bool(words) and all(w[:1].isupper() for w in words)


def _descriptor_before(view: View, start: int, names, cjk: bool) -> bool:
    """A company noun right before the name, with at most ``APPOSITION_GAP`` lower-case words
    between ("la start-up française X")."""
    raw = view.text[max(view.start, start - 80) : start]
    if cjk:
        # "スタートアップ「Positron」が": the name may stand in quotes
        head = raw.lower().rstrip(" 　、,の的，「『“\"'‘")
        for f in names.legal_forms:
            if not f.isascii() and head.endswith(f):
                # "スタートアップの株式会社アクメ": the legal form stands between noun and name
                head = head[: -len(f)].rstrip(" 　、,の的，")
                break
        return any(head.endswith(d) for d in names.descriptors)
    words = raw.split()
    gap = APPOSITION_GAP
    for naming in names.naming:
        n = len(naming.split())
        if len(words) > n and " ".join(words[-n:]).lower() == naming:
            # "una empresa de legaltech llamada Legora": a company noun, its complement and a
            # naming word introduce the name
            words, gap = words[:-n], APPOSITION_GAP + 1
            break
    for k in range(gap + 1):
        if len(words) <= k:
            break
        if k:
            word = words[len(words) - k]
            if not (word[:1].islower() or word in names.not_names) or _LINKED_TAIL.search(
                " " + words[-1]
            ):
                # "la società di Elon Musk": a name after a linking word is the owner ("la
                # startup de IA Runway": a word no name may be, such as "IA", is no owner)
                break
            if words[-1].lower() in names.passive_agents:
                break  # "la empresa dirigida por Ana Ruiz": a participle's agent, no company
            if words[-1].lower() in _PARENT_LINKS:
                break  # "die Ausgründung der TU München": the parent, no name
        head = " ".join(words[: len(words) - k]).lower().rstrip(' ,:«"“„(')
        if any(head.endswith(d) and _word_start(head, d) for d in names.descriptors):
            return True
    return False


def _word_start(tail: str, d: str) -> bool:
    k = len(tail) - len(d)
    return k == 0 or not tail[k - 1].isalpha()


NOUN_PHRASE_WORDS = 6  # words after a company noun before the comma of its apposed name


def _set_off_after_noun(view: View, start: int, end: int, names) -> bool:
    """The name stands between commas right after a noun phrase headed by a company noun,
    maybe with its complement and a possessor ("la startup de chips de Ana Ruiz, Brisko, que
    recaudó ...", "Ana Ruiz's chip startup, Brisko, raised"): it restates that noun."""
    text = view.text
    before = text[max(view.start, start - 120) : start].rstrip()
    if not before.endswith(",") or text[end : end + 2].strip()[:1] not in (",", "("):
        return False
    words = before[:-1].split()[-(NOUN_PHRASE_WORDS + 1) :]
    for k in range(len(words) - 1, -1, -1):
        if words[k].lower() in names.descriptors:
            rest = words[k + 1 :]
            break
    else:
        return False
    if any("," in w for w in rest):
        return False  # another phrase, or a list ("startups como Acme, Brisko, ...")
    # the noun's complement: lower-case words, or a possessor behind a linking word
    possessor = False
    for w in rest:
        if w.lower() in _LINK_WORDS:
            possessor = True
        elif not (w[:1].islower() or possessor):
            return False
    return True


def _descriptor_after(view: View, end: int, names) -> bool:
    """A company noun in an apposition right after the name: "Oura Health, la empresa de ..."."""
    text = view.text
    if text[end : end + 2].strip()[:1] not in (",", "(", "—", "–"):
        return False
    words = text[end + 1 : min(view.end, end + 60)].split()[:3]
    for k, word in enumerate(words):
        head = " ".join(words[: k + 1]).lower().rstrip(",)")
        if any(head.endswith(d) and _word_start(head, d) for d in names.descriptors):
            return True
        if not word[:1].islower() or len(word) > 4:
            return False  # only articles and short words before the noun: "la empresa"
    return False


def _how(view: View, start: int, end: int, names, cjk: bool) -> str:
    if _descriptor_before(view, start, names, cjk):
        return "apposition"
    if not cjk and _set_off_after_noun(view, start, end, names):
        return "apposition"
    head = opens_clause(view, start, cjk) or _after_article(view, start, names)
    if head and _descriptor_after(view, end, names):
        return "apposition"
    if head and _possesses_value(view, start, end):
        return "possessor"
    if head:
        after = view.text[end : end + 3].strip()
        if after.startswith((":", "：")):
            return ""  # "- Hito Europeo: ...": a heading, not a subject
        if _function_word_after(view.text, end, names):
            return ""  # "Hot on the heels of ...": a word opening a phrase, no subject
        if (
            after.startswith(",")
            and not any(0 <= c.start - end <= 3 for c in view.cues if c.kind == "relative")
            and insertion_end(view, end, view.end) == end
        ):
            return ""  # "Sí, has leído bien": a name opening a sentence goes on to its verb
        close = insertion_end(view, end, view.end)
        # the apposition's head noun: its first words ("ancienne directrice technique d'...")
        inside = " ".join(view.text[end:close].lower().strip(" ,(–—").split()[:3])
        if close > end and any(
            re.search(rf"(?<!\w){re.escape(r)}(?!\w)", inside) for r in names.person_roles
        ):
            return ""  # "Mira Murati, ancienne directrice technique d'OpenAI, lève": a person
        if names.subject_verbs and " " not in view.text[start:end]:
            after = view.text[end : end + 20].split()
            if not after or after[0].rstrip(",") not in names.subject_verbs:
                return ""
        return "head"
    return ""


POSSESSED_GAP = 20  # characters between a possessive name and its value or round word
_VALUE_OR_ROUND = frozenset(("valuation", "valuation_post", "valuation_pre", "round"))


def _possesses_value(view: View, start: int, end: int) -> bool:
    """The name owns the value or round word right after it ("Kestrel's post-money
    valuation: $1.1 billion"): a company, whose figure it is (a person has no valuation)."""
    if not _POSSESSIVE_S.search(view.text, start, end):
        return False
    return any(0 <= c.start - end <= POSSESSED_GAP and c.kind in _VALUE_OR_ROUND for c in view.cues)


_POSSESSIVE_S = re.compile(r"['’]s$")
_VALUE_KINDS = ("valuation_post", "valuation_pre")


def _function_word_after(text: str, end: int, names) -> bool:
    """The word right after a name is one of the language's function words (its sentence
    openers in lower case: "on", "in", "the"): a subject is followed by its verb instead."""
    nxt = text[end : end + 20].split()[:1]
    if nxt and _ELIDED_ARTICLE.match(nxt[0]):
        return True  # "Malgré l'essor", "Nonostante l'interesse": an article's noun
    if not nxt or not nxt[0].isalpha() or not nxt[0].islower():
        return False
    if nxt[0] in names.auxiliaries:
        return False  # "Reliance Industries is planning": the name is the verb's subject
    return nxt[0].capitalize() in names.not_names


def _after_article(view: View, start: int, names) -> bool:
    """The name opens the sentence behind an article ("A Nuvora, startup de robótica, ...")."""
    words = view.text[view.start : start].strip(OPENING_CHARS).split()
    if 0 < len(words) <= 1 and words[0] in names.not_names and len(words[0]) <= 3:
        return True
    # or a clause after a comma or a dash ("Em uma rodada ..., a Acme anunciou que ...")
    return (
        len(words) >= 2
        and len(words[-1]) <= 3
        and words[-1].capitalize() in names.not_names
        and words[-1].islower()
        and words[-2].endswith((",", "—", "–"))
    )


def opens_item(view: View, start: int) -> bool:
    """The name opens the sentence or a list item: only quotes, bullets or an item number
    ("2. Quantel hat ... eingesammelt", "- Kestrel raised $300m") stand before it."""
    head = view.text[view.start : start].strip(OPENING_CHARS)
    return not head or _ITEM_NUMBER.fullmatch(head) is not None


def opens_clause(view: View, start: int, cjk: bool) -> bool:
    """The name opens the sentence, a line, or a clause after a clause-break word or a colon."""
    if opens_item(view, start):
        return True
    before = view.text[view.start : start]
    last = before.rstrip(OPENING_CHARS)
    if last.endswith((":", ";", "；", "：", "\n")):
        return True
    if any(0 <= start - c.end <= 2 for c in view.cues if c.kind == "clause_break"):
        return True
    if coordinated(view, start):
        return True
    if cjk and last.endswith((",", "，", "的")):
        # "外媒报道，Acme 正以...估值洽谈", "美国的 Acme 估值已达...": a Latin name opening a
        # clause of CJK text, or after the attribute that places it
        return True
    if after_time_phrase(view, start):
        return True
    return not cjk and view.rules is not None and after_colon(view, start, view.rules.names)


def after_time_phrase(view: View, start: int) -> bool:
    """The name follows a short time phrase opening the sentence: "In May, Kestrel raised
    ...", "Im Juni hat ...", "En abril, Zapia cerró ..." (four words at most)."""
    before = view.text[view.start : start]
    return (
        before.rstrip(OPENING_CHARS).endswith(",")
        and len(WORD.findall(before)) <= TIME_OPENER_WORDS
        and any(view.start <= t.start < start for t in view.times)
    )


def after_colon(view: View, start: int, names) -> bool:
    """The name opens the clause after a colon that closes a clause naming companies by a
    company noun, maybe behind a short adverbial ("Deux startups sont sorties du lot : d'une
    part, Gojob qui a bouclé ...", "Two start-ups stood out: Kestrel raised ..."): one of
    them. (After "Its chief executive was clear:" a person may follow; at the sentence's start
    an adverbial may as well lead to one: "Despite that, Murati raised ...")"""
    before = view.text[view.start : start]
    cut = max(before.rfind(c) for c in ":：")
    if cut < 0:
        return False
    lead = before[cut + 1 :].strip(OPENING_CHARS)
    if lead and _ADVERBIAL.fullmatch(lead) is None:
        return False
    words = before[:cut].split()
    return any(_company_nouns(w.strip(",.;"), names) for w in words)


# one to four lower-case words, then a comma ("d'une part,", "meanwhile,")
_ADVERBIAL = re.compile(r"[^\W\d_A-ZÀ-ÖØ-Þ]+(?:['’ ][^\W\d_A-ZÀ-ÖØ-Þ]+){0,3},")


def coordinated(view: View, start: int) -> bool:
    """The name opens a clause joined by a comma and a coordinator (", y Figure AI, ...,
    aspira a recaudar", ", and Foo raised"): a clause with a subject of its own."""
    return any(
        0 <= start - c.end <= 2
        and view.text[max(view.start, c.start - 2) : c.start].rstrip().endswith(",")
        for c in view.kinds("coordinator")
    )


def insertion_end(view: View, end: int, anchor: int) -> int:
    """The end of a parenthetical right after a name ("X, co-founded by former OpenAI staff,
    raised", "X (backed by Nvidia) raised"): the position after its closing mark, when the
    amount's verb follows within a few words; else ``end``."""
    text = view.text
    k = end
    while k < anchor and text[k] == " ":
        k += 1
    if k >= anchor or text[k] not in ",(–—":
        return end
    close = ")" if text[k] == "(" else (text[k] if text[k] in "–—" else ",")
    stop = text.find(close, k + 1, anchor)
    if stop < 0:
        return end
    if len(WORD.findall(text, stop + 1, anchor)) > HEAD_WORDS:
        return end
    return stop + 1


def _raiser_between(view: View, end: int, anchor: int, names) -> bool:
    """No investing or leading verb of the name, and no known company, between the name and
    the amount, outside a parenthetical right after the name: "Lux Capital led a round",
    "Foo said OpenAI raised"; but "Foo, founded by former OpenAI staff, raised"."""
    end = insertion_end(view, end, anchor)
    roles = [c for c in view.cues if c.kind == "investor_role"]

    def in_role(i: int, n: int) -> bool:
        # "led" inside "led by" marks the investor after it, not the name before
        return any(r.start <= i and i + n < r.end for r in roles)

    # in verb-final (CJK) text the investing word comes after the money's receiver
    if not view.cjk and any(
        c.kind in _BLOCK_KINDS and end <= c.start < anchor and not in_role(c.start, 0)
        for c in view.cues
    ):
        return False
    if any(not in_role(pos, n) for pos, n in lead_verbs_in(view, end, anchor, names.lead_verbs)):
        return False
    if (
        view.rules is not None
        and view.rules.sov
        and view.text.startswith(tuple(names.topic_markers), end)
    ):
        # "X스퀘어로봇은 바이트댄스, 알리바바와 함께 ...로부터 10억 위안의 투자를 받았다": in
        # verb-final order the topic-marked name is the subject; the companies after it are
        # its partners or investors
        return True
    return not any(
        end <= m.start < anchor
        and m.entity.kind == "company"
        and m.entity.company_type not in BACKER_TYPES
        for m in view.entities
    )


def lead_verbs_in(view: View, lo: int, hi: int, verbs: Iterable[str]) -> list[tuple[int, int]]:
    """(offset, length) of each leading or investing verb of ``verbs`` (a language's
    ``[names] lead_verbs``) between ``lo`` and ``hi``, as a whole word (any match in CJK text):
    "Lux Capital led", "参投", "出資した"; not "led" in "called"."""
    low = view.text[lo:hi].lower()
    found = []
    for verb in verbs:
        for m in re.finditer(re.escape(verb), low):
            whole = view.cjk or not (
                low[m.start() - 1 : m.start()].isalpha() or low[m.end() : m.end() + 1].isalpha()
            )
            if whole:
                found.append((lo + m.start(), len(verb)))
    return found


# --- companies a text introduces -------------------------------------------------------------

INTRO_GAP = 2  # adjectives between a company noun and the name ("la start-up française X")
INTRO_GAP_WORD = 4  # letters a gap word has at least: "française", "called", not "in", "de"
INTRO_BACK = 80  # how far before a company noun a name with a comma after it may end
LEAD_REACH = 40  # an investing verb this close after the company noun of an apposition
REPEATED = 2  # where every noun is capitalised (German) a name introduced is named this often
# "Synthesia, uma ", "Crusoe, a Denver-based ": an article and up to two words before the noun
_AFTER_NAME = re.compile(r"\s*[,(]\s*(?:[^\s,.;:()]+\s+){0,3}$")
_descriptor_rx: dict[tuple[str, ...], re.Pattern[str]] = {}


def _descriptor_pattern(descriptors: tuple[str, ...]) -> re.Pattern[str]:
    rx = _descriptor_rx.get(descriptors)
    if rx is None:
        words = "|".join(re.escape(d) for d in descriptors)
        # the noun may head a hyphenated compound ("das KI-Startup Runway", "Deep-Tech-Unternehmen")
        rx = _descriptor_rx[descriptors] = re.compile(rf"(?<![\w-])(?:\w+-)*(?:{words})(?![\w-])")
    return rx


def introduced_companies(
    text: str, low: str, rules, known: list[EntityMention], gazetteer=None
) -> list[EntityMention]:
    """Every mention of the companies the gazetteer lacks that the text introduces with a
    company noun: right before the name, maybe behind an adjective or two ("AI startup
    Poolside", "das deutsche Startup Polarise", "la start-up française Mistral"), or in an
    apposition right after it ("Synthesia, uma empresa ...", "Harvey, una startup ...").
    A name so introduced is a company wherever the text names it, and takes the subject
    position as a known name would; a name with an investor word ("Lux Capital") is an
    investor; a short name the ``gazetteer`` lists by its long form is that company
    (:func:`known_long_form`). In text without capitals (CJK) see :func:`_introduced_cjk`.
    ``known``: the gazetteer's mentions."""
    names = rules.names
    described = bool(names.descriptors) and any(d in low for d in names.descriptors)
    # (a plain substring test first, cheaper than the word-bounded scan)
    roles = any(r in low for r in names.leader_roles)
    if not (described or roles):
        return []
    if rules.cjk:
        return _introduced_cjk(text, rules, known)
    pattern = _LATIN if rules.code == "ru" else _CASED
    spans = [(m.start, m.end) for m in known]
    found: dict[str, Entity] = {}
    if roles:
        for start, end in _role_linked(text, low, names, pattern):
            name = drop_legal_form(
                _POSSESSIVE.sub("", text[start:end].rstrip(_TRIM)), names.legal_forms
            )
            if name in found or not _new_name(text, name, start, spans, names):
                continue
            if rules.is_month(name) or rules.is_place(name):
                continue
            if any(w.strip(_TRIM).lower() in names.investor_words for w in name.split()):
                continue
            found[name] = Entity("company", "new:" + name.lower(), name)
    if not described:
        return _mentions_of(text, found, spans, names, gazetteer) if found else []
    for d in _descriptor_pattern(names.descriptors).finditer(low):
        if text[d.end() : d.end() + 2] in ("'s", "’s"):
            continue  # "the company's CEO"
        after = _name_after(text, d.end(), pattern, names)
        before = _name_before(text, d.start(), names.indefinite)
        if _known_at(text, d.end(), spans):
            # "Как сообщает Reuters, компания xAI": a noun with a known name right after it
            # is that company's, not the name's before its comma (languages without articles)
            before = (0, 0)
        for start, end in (after, before):
            if end <= start:
                continue
            name = _POSSESSIVE.sub("", text[start:end].rstrip(_TRIM)).rstrip(_TRIM)
            name = drop_legal_form(name, names.legal_forms)
            if name in found or not _new_name(text, name, start, spans, names):
                continue
            if (start, end) == after and _restated(text, end, spans):
                continue  # "Perusahaan rintisan milik Elon Musk, xAI, ...": xAI is the start-up
            if rules.is_month(name) or ((start, end) == after and rules.is_place(name)):
                # "Pada bulan Maret, perusahaan ...": a month; "perusahaan Tiongkok": a
                # country a company noun takes as its adjective ("Georgia, a start-up" stays)
                continue
            investor = any(w.strip(_TRIM).lower() in names.investor_words for w in name.split())
            # "Disruptive, empresa que liderou a rodada": the apposition says it invests
            if (start, end) == before and not investor:
                tail = low[d.end() : d.end() + LEAD_REACH]
                investor = any(v in tail for v in names.lead_verbs)
            kind = "investor" if investor else None
            found[name] = Entity("company", "new:" + name.lower(), name, company_type=kind)
    if not found:
        return []
    return _mentions_of(text, found, spans, names, gazetteer)


def _mentions_of(
    text: str, found: dict[str, Entity], spans: list[tuple[int, int]], names, gazetteer
) -> list[EntityMention]:
    """Every mention of the companies ``found`` (see :func:`introduced_companies`)."""
    found = {n: e for n, e in found.items() if not _person_or_place(text, n, names)}
    mentions = []
    for name, entity in found.items():
        forms = _name_forms(text, name, names)
        if forms[0] != name:
            entity = Entity(
                "company", "new:" + forms[0].lower(), forms[0], company_type=entity.company_type
            )
        taken = list(spans)
        for form in forms:  # the full form first, then the short one outside it
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
                if not any(a < m.end() and m.start() < b for a, b in taken):
                    mentions.append(EntityMention(m.start(), m.end(), entity, True))
                    taken.append((m.start(), m.end()))
    mentions.sort(key=lambda m: m.start)
    if names.subject_verbs:
        # German capitalises nouns ("das Unternehmen Milliarden ..."): a name is one the text
        # names again and once heads a clause ("Polarise hat ...")
        counts: dict[str, int] = {}  # by the name each mention gives (maybe the full form)
        heads = set()
        for m in mentions:
            counts[m.entity.name] = counts.get(m.entity.name, 0) + 1
            after = text[m.end : m.end + 20].split()[:1]
            before = text[max(0, m.start - 20) : m.start].split()[-1:]
            # "Helsing hat ...", or after the verb when another phrase opens the clause
            # ("Im Rahmen der Runde werde Quantel ... bewertet": the verb comes second)
            if any(w in names.subject_verbs for w in after + before):
                heads.add(m.entity.name)
        mentions = [
            m for m in mentions if counts[m.entity.name] >= REPEATED and m.entity.name in heads
        ]
    if gazetteer is not None:
        # "das KI-Startup Runway": the company the reference data lists as "Runway AI"
        long_forms = {
            n: known_long_form(gazetteer, n, names.name_endings)
            for n in {m.entity.name for m in mentions}
        }
        mentions = [
            EntityMention(m.start, m.end, long_forms[m.entity.name], True)
            if long_forms[m.entity.name] is not None
            else m
            for m in mentions
        ]
    return mentions


# the word linking a person's role to the company it is held at ("CEO of", "fondatore di")
_ROLE_LINK = re.compile(
    r"[ \u00a0]+(?:of|at|di|de|da|do|von|du|del|della|dello|dei|des|van|dari)[ \u00a0]+"
    r"|[ \u00a0]+d['’]"
)
_SECOND_ROLE = re.compile(r"[ \u00a0]+(?:e|and|y|et|und|&)[ \u00a0]+[\w-]+(?=[ \u00a0])")
_role_rx: dict[tuple[str, ...], re.Pattern[str]] = {}


def _role_linked(text: str, low: str, names, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of capitalised names right after the role of a company's head and its linking word
    ("the CEO of Kestrel", "Ceo e co-founder di Bending Spoons", "fondateur de Kestrel"): a
    company (``names.leader_roles``; a researcher's or a director's institution is none)."""
    rx = _role_rx.get(names.leader_roles)
    if rx is None:
        words = sorted(names.leader_roles, key=len, reverse=True)
        rx = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])")
        _role_rx[names.leader_roles] = rx
    spans = []
    for r in rx.finditer(low):
        pos = r.end()
        second = _SECOND_ROLE.match(low, pos)  # "Ceo e co-founder di"
        link = _ROLE_LINK.match(text, second.end() if second is not None else pos)
        if link is None:
            continue
        name = pattern.match(text, link.end())
        if name is not None:
            stop = text.find(". ", name.start(), name.end())
            spans.append((name.start(), name.end() if stop < 0 else stop))
    return spans


MAX_INTRODUCED = 24  # names (native and Latin) a CJK text may introduce
_CJK_RUN = re.compile(r"[\u4e00-\u9fff\uac00-\ud7af\u30a1-\u30fa\u30fc]{2,12}")
# "(Enfabrica)", not "(AI)"; maybe with the name in a third script after it ("(Novatek, 诺瓦科技)")
_GLOSS = re.compile(
    r"[(（]([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)(?:[,，、] ?[^()（）,，]{1,16})?[)）]"
)
_OPEN_QUOTES = "'‘\"“「『"
_CLOSE_QUOTES = "'’\"”」』"
_HANGUL = re.compile(r"[\uac00-\ud7af]")


def _introduced_cjk(text: str, rules, known: list[EntityMention]) -> list[EntityMention]:
    """Companies the gazetteer lacks that a CJK text introduces right after a company noun,
    in quotes or with the Latin name in brackets ("AI 스타트업 '텐스토렌트'", "칩 스타트업
    엔파브리카(Enfabrica)", "新興企業アンソロピック(Anthropic)"): such a name is a company
    wherever the text names it, under its Latin name when the text gives one. A bare run after
    a company noun has no mark of where the name ends, and is left to
    :func:`unknown_company`."""
    names = rules.names
    spans = [(m.start, m.end) for m in known]
    found: dict[str, Entity] = {}  # by the name as written, native or Latin
    for d in names.descriptors:
        if len(d) < 3:
            continue  # "公司", "企業", "기업": too common, also the end of other nouns
        i = text.find(d)
        while i >= 0:
            pos = i + len(d)
            i = text.find(d, i + 1)
            while pos < len(text) and text[pos] in " 　":
                pos += 1
            if text.startswith("の", pos):
                pos += 1  # "スタートアップのアクメ(Acme)": the noun joined to the name
            quoted = pos < len(text) and text[pos] in _OPEN_QUOTES
            run = _CJK_RUN.match(text, pos + quoted)
            if run is None or any(a < run.end() and run.start() < b for a, b in spans):
                continue
            native = drop_legal_form(run.group(), names.legal_forms)
            gloss = _GLOSS.match(text, run.end())
            # the closing quote after the name, or after its Latin name ("'뉴럴링크(Neuralink)'")
            close = gloss.end() if gloss else run.end()
            if quoted and text[close : close + 1] not in _CLOSE_QUOTES:
                continue
            if not (quoted or gloss):
                # "AI 스타트업 오픈리서치가 ...": a Korean word with its particle, named again
                native = _korean_word_name(text, run, rules)
                if not native:
                    continue
                if native not in found and (glossed := _glossed_known(text, native, known)):
                    found[native] = glossed  # "누로(Nuro)" elsewhere: the company the data knows
                    continue
            if native in found or native in names.descriptors:
                continue
            if len(found) >= MAX_INTRODUCED:
                break  # each name is looked up in the whole text: a bound on the work
            latin = gloss.group(1) if gloss else ""
            if latin and any(w.lower() in names.investor_words for w in latin.split()):
                continue
            name = latin or native
            entity = Entity("company", "new:" + name.lower(), name)
            found[native] = entity
            if latin:
                found[latin] = entity
    mentions = []
    for written, entity in found.items():
        for m in re.finditer(re.escape(written), text):
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue
            if _HANGUL.match(written) and m.start() and _HANGUL.match(text[m.start() - 1]):
                continue  # inside a longer Korean word
            mentions.append(EntityMention(m.start(), m.end(), entity, True))
    return sorted(mentions, key=lambda m: m.start)


def _korean_word_name(text: str, run: re.Match[str], rules) -> str:
    """The name in a Korean word after a company noun, without its particle ("오픈리서치가" ->
    "오픈리서치"), when the word ends there, is no word the rules read ("투자가": an
    investment) and the text names it again as a word of its own, with no company noun before
    it; "" if not. Korean writes words apart and marks them with particles, so the word bounds
    the name that quotes would otherwise have to."""
    word = run.group()
    if not _HANGUL.match(word) or text[run.end() : run.end() + 1] not in _WORD_END:
        return ""
    for stop in rules.names.name_stops:
        name = word[: -len(stop)]
        if not word.endswith(stop) or len(name) < 2:
            continue
        if rules.cues.starting_at(name, 0) is not None or rules.lexicon.starting_at(name, 0):
            return ""
        # named again with no company noun before it ("스타트업 생태계가 ... 스타트업 생태계":
        # an ordinary noun the company noun qualifies each time)
        descriptors = tuple(rules.names.descriptors)
        again = (
            m
            for m in re.finditer(rf"(?<![\uac00-\ud7af]){re.escape(name)}", text)
            if not text[max(0, m.start() - 16) : m.start()].rstrip().endswith(descriptors)
        )
        return name if next(again, None) is not None else ""
    return ""


_WORD_END = frozenset(" ,.·\n")  # what may follow a Korean word (with its particle)


def _glossed_known(text: str, native: str, known: list[EntityMention]) -> Entity | None:
    """The known company whose Latin name the text writes in brackets after ``native``
    somewhere ("누로(Nuro)"), or None."""
    for m in re.finditer(re.escape(native) + "(?=[(（])", text):
        gloss = _GLOSS.match(text, m.end())
        if gloss is not None:
            return next((k.entity for k in known if k.start == gloss.start(1)), None)
    return None


def _name_forms(text: str, name: str, names) -> list[str]:
    """The forms the text names a company by, the fullest first: a short mention's full name
    written elsewhere ("Kestrel" -> "Kestrel Labs", see :func:`full_name`), or a full name's
    first word when the rest is a company ending ("Kestrel Labs" -> "Kestrel") and that word
    is no common word, opener or company noun of the text."""
    full = full_name(text, name, names.name_endings)
    if full != name:
        return [full, name]
    words = name.split()
    if len(words) == 2 and words[1] in names.name_endings:
        short = words[0]
        if (
            len(short) >= 3
            and short[:1].isupper()
            and short not in names.not_names
            and short.lower() not in names.descriptors
            and not _common_word(text, short)
        ):
            return [name, short]
    return [name]


def _after_place_word(before: list[str], names) -> bool:
    """The last of the words ``before`` a name is one after which a capitalised word is a
    place ("im Großraum Mailand", "di China"), and no leading verb stands before it
    ("berinvestasi di Manus": the company invested in). A place word may be two words
    ("based in Reno", "basée à Grenoble")."""
    if not before:
        return False
    if before[-1].lower() in names.place_words:
        return len(before) < 2 or before[-2].lower() not in names.lead_verbs
    return " ".join(before[-2:]).lower() in names.place_words


def _person_or_place(text: str, name: str, names) -> bool:
    """The name is elsewhere the end of a longer capitalised name (a surname: "startup Murati"
    beside "Mira Murati") or a place, after a place word ("di China")."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        before = text[max(0, m.start() - 30) : m.start()].split()
        if not before or _title_line(text, m.start()):
            continue  # a headline capitalises every word: "Zuckerberg Beli Manus Startup AI"
        last = before[-1]
        if _after_place_word(before, names):
            return True
        if last.lower() in names.place_words:
            continue  # "berinvestasi di Manus": the company invested in
        if (
            last[:1].isupper()
            and last.isalpha()
            and last not in names.not_names
            and not last.lower().endswith(names.descriptors)
            and text[m.start() - 1] == " "
            and not _opens_sentence(text, m.start() - len(last) - 1)
        ):
            return True
    return False


def _opens_sentence(text: str, pos: int) -> bool:
    """The word starting at ``pos`` opens a line or a sentence: its capital proves nothing."""
    head = text[max(0, pos - 3) : pos].rstrip(" ")
    return not head or head.endswith(("\n", ".", "!", "?", ":"))


TITLE_SHARE = 0.6  # of a line's words capitalised, a headline's
TITLE_REACH = 200  # characters read either side of a name for its line (headlines are short)


def _title_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a headline in title case (most of its words capitalised)."""
    lo = text.rfind("\n", max(0, pos - TITLE_REACH), pos) + 1 or max(0, pos - TITLE_REACH)
    words = WORD.findall(text, lo, _line_end(text, pos))
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= TITLE_SHARE * len(words)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos, pos + TITLE_REACH)
    return min(len(text), pos + TITLE_REACH) if end < 0 else end


def _name_after(text: str, pos: int, pattern: re.Pattern[str], names) -> tuple[int, int]:
    """The name right after a company noun at ``pos``, behind at most ``INTRO_GAP`` lower-case
    words of ``INTRO_GAP_WORD`` letters or more (adjectives, "called"; no person's role:
    "the startup founder Sam Altman"), or (0, 0). The field's complement may stand between
    too, its linking word and "AI" not counted ("la startup de IA generativa X", "la startup
    di intelligenza artificiale X")."""
    gap, linked = INTRO_GAP, False
    field_link = _field_link(names)
    for _ in range(INTRO_GAP + 3):
        while pos < len(text) and text[pos] in " \u00a0\"'“«„‘":
            pos += 1
        field = _FIELD.match(text, pos)
        if field is not None and field.group(1) not in names.not_names:
            field = None  # "AI", "IA", "KI" only
        link = field_link.match(text, pos) if field_link is not None else None
        if link is not None and linked:
            # a second linking word: a possessor ("la startup de IA del magnate Elon Musk")
            return 0, 0
        if field is not None or link is not None:
            # "de IA", "di": the field's linking word (once) or its "AI", no name
            linked = linked or link is not None
            pos = (field or link).end()
            continue
        m = pattern.match(text, pos)
        if m is not None:
            if gap < INTRO_GAP and _LINKED_TAIL.search(text, max(0, pos - 12), pos):
                return 0, 0  # "startup AI milik Elon Musk": the owner, after a linking word
            stop = text.find(". ", m.start(), m.end())  # a run across a sentence's end
            return m.start(), (m.end() if stop < 0 else stop)
        if gap == 0:
            return 0, 0
        gap -= 1
        word = _GAP_WORD.match(text, pos)
        w = word.group() if word is not None else ""
        if len(w) < INTRO_GAP_WORD or not w.islower() or w in names.person_roles:
            return 0, 0
        if w.capitalize() in names.not_names:
            return 0, 0  # "das Jungunternehmen eine Bewertung": an article opens another noun
        pos = word.end()
    return 0, 0


# an "AI" word in a company noun's field ("startup de IA generativa")
_FIELD = re.compile(r"([A-Z]{2})(?=[ \u00a0])")
_field_rx: dict[tuple[str, ...], re.Pattern[str]] = {}


def _field_link(names) -> re.Pattern[str] | None:
    """The language's linking words of a company noun's field (``names.field_links``: "de",
    "di"), before a lower-case word or an "AI" word; not before a capital ("la empresa de Elon
    Musk" names its owner)."""
    if not names.field_links:
        return None
    rx = _field_rx.get(names.field_links)
    if rx is None:
        words = "|".join(map(re.escape, names.field_links))
        rx = re.compile(rf"(?:{words})(?=[ \u00a0](?:[^\W\d_A-Z]|[A-Z]{{2}}[ \u00a0]))")
        _field_rx[names.field_links] = rx
    return rx


# an adjective between a company noun and its name, maybe hyphenated ("norte-americana")
_GAP_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _known_at(text: str, pos: int, spans: list[tuple[int, int]]) -> bool:
    """A known name starts at ``pos``, after spaces."""
    while pos < len(text) and text[pos] in " \u00a0":
        pos += 1
    return any(start == pos for start, _ in spans)


def _name_before(text: str, pos: int, articles: frozenset[str]) -> tuple[int, int]:
    """The name right before an apposition that opens with the company noun at ``pos``, maybe
    behind an indefinite article and up to two words (``articles``: "Synthesia, uma empresa",
    "Crusoe, a Denver-based startup"; not "Musk, cuya empresa", "Bloomberg, la startup"), or
    (0, 0)."""
    lo = max(0, pos - INTRO_BACK)
    gap = _AFTER_NAME.search(text, lo, pos)
    if gap is None:
        return 0, 0
    words = gap.group().strip(" ,(").split()
    if words and words[0].lower() not in articles:
        return 0, 0
    run = None
    for m in _CASED.finditer(text, lo, gap.start()):
        run = m
    if run is None or run.end() != gap.start():
        return 0, 0
    stop = text.rfind(". ", run.start(), run.end())
    return (run.start() if stop < 0 else stop + 2), run.end()


def _restated(text: str, end: int, spans: list[tuple[int, int]]) -> bool:
    """A known name in an apposition right after the name: the company noun before the name
    is that known company, the name its owner ("la start-up d'Elon Musk, xAI")."""
    pos = end
    while pos < len(text) and text[pos] == " ":
        pos += 1
    if pos >= len(text) or text[pos] not in ",(":
        return False
    pos += 1
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return any(a == pos for a, _b in spans)


# a name opening with a digit ("1X", "4Paradigm"): not a figure with a scale or unit letter
# ("58M", "10B", "5G", "3D", "4K") nor a unit in capitals ("5GW", "2TB")
_DIGIT_NAME = re.compile(r"\d{1,2}(?:[ACEFHIJLN-SU-Z]|[A-Z][a-z][A-Za-z]*)")


def _new_name(text: str, name: str, start: int, spans: list[tuple[int, int]], names) -> bool:
    """A name no known mention overlaps, whose first word opens no sentence ("The", "Die"),
    and that the text does not also write in lower case (a common noun)."""
    words = name.split()
    if len(name) < 2 or words[0] in names.not_names or words[0].lower() in names.descriptors:
        return False
    if words[0].lower() in names.person_roles:
        return False  # "the company CEO Sam Altman"
    if "-" in words[0] and words[0].split("-")[0] in names.not_names:
        return False  # "AI-nya"
    if len(words) == 1 and name.lower().endswith(names.not_name_endings):
        return False  # "Faktanya", "Separately": an adverb
    if _ELIDED.match(words[0]) or (words[0][:1].isdigit() and not _DIGIT_NAME.fullmatch(words[0])):
        return False
    if text[start + len(name) : start + len(name) + 2].strip()[:1].isdigit():
        return False  # "May 5": a date
    if any(a < start + len(name) and start < b for a, b in spans):
        return False
    return not _common_word(text, name)


SITE_BEFORE = 50  # how far before a naming word its site noun may stand ("facility, dubbed")
_SITE_KINDS = frozenset(("cluster", "programme"))
_naming_rx: dict[tuple[str, ...], re.Pattern[str]] = {}


def introduced_clusters(
    text: str, low: str, rules, known: list[EntityMention], site_nouns: Iterable[int] = ()
) -> list[EntityMention]:
    """Every mention of the sites the gazetteer lacks that the text names after a site noun
    and a naming word ("The planned facility, dubbed "Horizon," ...", "a supercomputer known
    as Dawn", "un campus baptisé Lumen"), or right before an apposition a site noun heads
    ("Quetzal, el nuevo superordenador del país", "Horizon — нового университетского
    суперкомпьютера"; ``site_nouns``: where the text's site nouns start): such a name is a
    cluster wherever the text names it, so a figure next to it, or in a later sentence naming
    nothing else, is that site's. Its owner is not told. Not in text without capitals (CJK)."""
    names = rules.names
    if rules.cjk:
        return []
    found: dict[str, Entity] = {}
    spans = [(m.start, m.end) for m in known]
    prepositions = {*names.place_words, *rules.investee_before}
    for pos in site_nouns:
        if not low.startswith(names.system_nouns, pos):
            continue
        apposed = _APPOSED_SITE.search(text, max(0, pos - APPOSED_SITE_REACH), pos)
        if apposed is None:
            continue
        gap = apposed.group(2).lower()
        if any(d in gap for d in names.descriptors) or any(r in gap for r in names.person_roles):
            continue  # "Nscale, a company that builds data centres": a company
        if set(gap.split()[-2:]) & prepositions:
            continue  # "Llama 4, se está entrenando en un clúster": the site is no head noun
        name = apposed.group(1)
        if _LINKED_TAIL.search(text[max(0, apposed.start(1) - 8) : apposed.start(1)]):
            continue  # "la empresa de Elon Musk, monta": a name inside a phrase
        joined = rules.cues.ending_at(low, apposed.start(1))
        if joined is not None and "coordinator" in joined.payloads:
            # "Schränke mit Kabeln und Rechnern – der neue Supercomputer": the last of two
            # nouns joined by "and", which the apposition describes together
            continue
        if (
            name not in found
            and _new_name(text, name, apposed.start(1), spans, names)
            and not _person_or_place(text, name, names)
        ):
            found[name] = Entity("cluster", "new:" + name.lower(), name)
    if not names.naming or not any(w in low for w in names.naming):
        return _mentions(text, found, spans)  # (a plain substring test first)
    rx = _naming_rx.get(names.naming)
    if rx is None:
        words = "|".join(re.escape(w) for w in names.naming)
        rx = _naming_rx[names.naming] = re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")
    pattern = _LATIN if rules.code == "ru" else _CASED
    for w in rx.finditer(low):
        site = any(
            _SITE_KINDS.intersection(h.payloads)
            for h in rules.site_words.finditer(low, max(0, w.start() - SITE_BEFORE), w.start())
        )
        if not site:
            continue
        pos = w.end()
        while pos < len(text) and text[pos] in " \u00a0\"'“«„‘":
            pos += 1
        m = pattern.match(text, pos)
        if m is None:
            continue
        quoted = text[pos - 1] in "\"'“«„‘"
        if quoted and text[m.end() : m.end() + 1] not in ('"', "'", "”", "»", "’", ",", "“"):
            continue  # "llamado "Gigafactoría de Cómputo"": a description in quotes, no name
        stop = text.find(". ", m.start(), m.end())
        end = m.end() if stop < 0 else stop
        name = text[m.start() : end].rstrip(_TRIM + '"”»’').rstrip(_TRIM)
        if name in found or not _new_name(text, name, m.start(), spans, names):
            continue
        found[name] = Entity("cluster", "new:" + name.lower(), name)
    return _mentions(text, found, spans)


def _mentions(
    text: str, found: dict[str, Entity], spans: list[tuple[int, int]]
) -> list[EntityMention]:
    """Every mention of the names ``found`` outside the known names' ``spans``."""
    mentions = []
    for name, entity in found.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                mentions.append(EntityMention(m.start(), m.end(), entity))
    mentions.sort(key=lambda m: m.start)
    return mentions


APPOSED_SITE_REACH = 80  # characters from a name to the site noun heading its apposition
# a capitalised name (Latin or Cyrillic), a comma or a dash, then up to six lower-case words
# (articles, adjectives, "la que será") and the site noun at the end
_APPOSED_SITE = re.compile(
    r"(?<![\w-])([A-ZÀ-ÖØ-ÞА-ЯЁ][\w.-]*[\w](?: [A-Z0-9][\w.-]*){0,2}) ?[,—–] ?"
    r"((?:[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’-]* ){0,6})$"
)
