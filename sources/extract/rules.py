"""Per-language rule files (``rules/<lang>.toml``) compiled into matchers.

Each language file holds the words of that language: scale words, number words, vague
amounts, bound words, range words, currency words, units, cue words per claim type and
status, chip nouns and time words. ``rules/common.toml`` holds what every language shares
(currency symbols and ISO codes, "GPU", "MW"); it is merged into each language. Month names
come from babel's CLDR data (:func:`babel.dates.get_month_names`), the digit group symbol
from :func:`babel.numbers.get_group_symbol`; the rule files only add what CLDR lacks (the
Russian prepositional "в мае", "Sept").

Chip counters (section ``[chips]``): ``counters`` are scanned like chip nouns ("基", "块");
``families`` are chip generations ("Blackwell", "Hopper"): nouns that name no one model;
``counters_after_number`` are only read right after a number, for scripts where a counter is
also a syllable of common words (Korean "장", "개", "대" in "시장", "개발", "최대");
``series`` (in ``common.toml``) are product lines whose model number follows them ("EPYC
9004", "RTX Pro 6000"): such a number is no count (:func:`numbers.find_numbers`).

Cue kinds (section ``[cues]``) and what the claim rules (``sources/extract/claims/``) do with
them are listed in ``CUE_KINDS``.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import get_month_names
from babel.numbers import get_group_symbol

from sources.extract import lexicon as lx
from sources.extract import textnorm
from sources.extract.phrases import LETTERS, PhraseMatcher, rust_pattern
from sources.extract.timeref import MonthsAgo, months_ago
from sources.registry import FALLBACK_LANGUAGE, RULE_LANGUAGES, language

RULES_DIR = Path(__file__).resolve().parent / "rules"

CUE_KINDS: dict[str, str] = {
    "raise": "verbs and nouns of raising money (a funding round)",
    "round": "nouns of a funding round ('Series B', 'putaran')",
    "valuation": "valuation words",
    "valuation_post": "post-money basis",
    "valuation_pre": "pre-money basis",
    "cluster": "cluster, supercomputer, data-center nouns",
    "holding": "verbs of owning or buying chips",
    "build": "verbs of building (for build durations)",
    "elapsed_before": "'seit', 'vor', 'depuis', 'hace', 'há', 'sejak' right before a duration: "
    "the time since something, not how long a build took",
    "elapsed_after": "'ago', 'fa', 'atrás', 'назад', 'yang lalu', '前', '전' right after a "
    "duration: the time since something, not how long a build took",
    "become": "'became', 'devenir', '成为', 'になった': a time stated with one is how long a "
    "company took to become something ('in only two years became a unicorn'), not a build "
    "time; becoming operational still is one",
    "growth": "verbs of growing or doubling (a target follows)",
    "target": "prepositions that introduce a target value ('to', 'auf', 'до')",
    "planned": "future, plans, talks",
    "reported": "reports, sources, hearsay",
    "reported_strong": "hearsay grammar that overrides a plan cue ('soll ... haben', 'aurait')",
    "according": "'according to': reported when a news outlet follows; a company named right "
    "after it is the source, not the subject",
    "report_verb": "'reported', 'berichtet', 'によると': reported when a news outlet is next to it",
    "official": "official sources (a statement, a filing)",
    "denied": "denials",
    "increment": "an increment precedes the number ('another', 'weitere')",
    "increment_after": "an increment follows the number ('lagi', 'supplémentaires')",
    "funding_total": "cumulative totals ('so far', 'insgesamt')",
    "already_raised": "money raised before now ('has already raised', 'já havia captado'): a "
    "running total, unless a time of its sentence dates it ('em 2023': that year's round) or a "
    "round noun right after the amount names it",
    "yardstick": "a comparison opening a sentence ('For comparison,', 'Zum Vergleich:', "
    "'相比之下'): the cluster it names is measured against, not the story's",
    "companies_total": "a class or a count of companies as the subject ('13 AI startups', "
    "'13개 AI 기업이', 'funding for AI chip startups'): their sum, no one company's round",
    "target_met": "a target the round passed ('exceeding its target', '超额完成'): its "
    "target word is no plan",
    "prior_target": "an earlier or initial target that the round overtook ('initial target', "
    "'meta anterior', '当初目標'): its amount is a planned round, not this one",
    "part": "a part of a total follows ('including', 'darunter', '其中')",
    "part_of": "the amount before is a part of the round that follows ('as part of a')",
    "respectively": "amounts given one per named party ('respectively', 'jeweils', '分别'): "
    "investors' shares, not a round",
    "per_unit": "per-unit prices ('each', 'pro Stück')",
    "cost": "costs, prices, spending",
    "investment": "verbs of investing (a round only when a company is the object)",
    "programme": "investment programmes, infrastructure pledges",
    "fund_size": "an investor's own money ('under management', 'a fund of', '管理规模') or a "
    "founder's ('fondos propios'): not a round of the company",
    "share_sale": "a sale of existing shares or a buy-back ('share sale', 'oferta secundária', "
    "'回购'): its amount is no round (a valuation stated with it still is one)",
    "revenue": "revenue, sales, contracts",
    "market": "a market or an industry as a whole ('the AI market', 'le marché'): a value "
    "stated for it is its size, no company's valuation",
    "market_cap": "market capitalisation, share price",
    "cores": "counts of other things: CPU cores, GPU-hours, hectares, users, employees",
    "other_counter": "a counter with its noun that counts firms, read only right after a number "
    "('160万家企业'): that number counts no chips, where a chip count may stand in the next "
    "clause ('10万块H100，服务10家企业'); not sites, whose nouns are cluster words it would hide",
    "cpu": "CPU model names ('Epyc', 'Xeon', 'Grace CPU') right after a count's chip noun: "
    "the count is of processors, not accelerators",
    "training": "a model trained ('trained', 'dilatih', 'обучена', '训练出'; participles, not "
    "the purpose 'to train'): the chips it was trained on are one cluster, unless the sentence "
    "plans",
    "pod": "a vendor's pod product ('SuperPoD', '超节点'): its size is a cluster, and a chip "
    "vendor launching it may be the subject",
    "demonstrative": "'these', 'ces', 'diese', '这些' right before a chip noun ('66,700 of these "
    "chips'), or 'tersebut' right after it: the chip the sentence before named",
    "supply": "supplying chips ('to supply', 'fornirà', 'fournira'): in verb-medial languages "
    "a company named after the verb in the count's clause is the recipient, who holds them",
    "other_site": "ordinals and 'another' next to a site noun ('a second campus', 'kampus "
    "kedua', '另一座'): a site other than the cluster named before it",
    "requirement": "'will need', 'потребуется': a compute requirement, held by nobody",
    "capability": "'can support', '可支持': what a network or product could link, held by nobody "
    "(read as a requirement is)",
    "investor_role": "marks investors ('led by', 'angeführt von')",
    "relative": "starts a relative clause",
    "compound": "words that contain a shorter cue word and mean something else ('要求' holds the "
    "plan word '要', '将近' the plan word '将'): the longer word is read, so the shorter is not; "
    "no rule asks for this kind",
    "clause_break": "separates clauses ('while', 'während')",
    "coordinator": "'and', 'und', '并': starts a clause of its own when a plan word follows "
    "('... 200,000 GPUs and will grow to 1 million')",
    "count_ref": "the count named before ('the number', 'die Zahl', 'их число'): a growth "
    "target of it continues the previous sentence's chip count",
    "amount_ref": "the amount named before ('that figure', 'ce montant', 'diese Summe', '该金额'): "
    "an amount stated after it in its clause changes or bounds that one, no new round",
    "conversion": "introduces the same amount in another currency ('or about', '约合')",
    "comparison": "introduces another entity's figure ('compared with', 'than')",
    "comparison_before": "a comparison preposition of head-initial CJK ('较去年的920亿美元'): "
    "the amount after it is the reference of the comparison",
    "comparison_after": "right after an amount, makes it a difference or the reference of a "
    "comparison ('50億ドル上回る', '100억 달러보다'): no round",
    "media": "news outlets: 'according to Bloomberg' is a report, 'according to xAI' is not",
    "sites": "chips spread over several sites ('across 32 data centres'): a holding",
    "fleet": "all the chips a company will have at a date ('end the year with', 'cerrar el año "
    "con'): a holding, unless a site noun follows the fleet word in the count's clause",
    "purchase": "purchases and shipments: a flow, not a holding",
    "acquire": "verb-final text: 'secure', 'own' ('확보', '確保') right after a chip count "
    "('GPU 1만장을 확보'): the count is its holder's, though a centre is named in the "
    "sentence; not when a site noun follows the verb ('확보한 클러스터')",
    "per_container": "counts per server or rack, not of a cluster",
    "per_building": "'per building', 'each building', 'cada edificio', '每栋': a count right "
    "after it, or the first after it in its clause, is one building's or hall's: a part",
    "each": "'each', 'cada', 'jeweils' right after a figure: one item's figure (a turbine of "
    "2.5 MW each), not a site's",
    "racks": "racks and cabinets ('in 32 racks', 'in 125 Rechenschränke'): chips counted into "
    "racks are one installed system, a cluster",
    "site_plural": "plural nouns of sites ('sites', 'emplazamientos', 'площадки'): several sites",
    "sites_sum": "words that add up figures ('combined', 'capacidad total', 'совокупная'): with "
    "plural sites, a power figure is a programme's or company's total, not one site's",
    "anaphor": "refers back to the story's company ('the company', 'la société', '同社')",
    "latter": "refers to the company named last ('the latter', 'letztere', '后者')",
    "correction": "a correction notice: its figures are withdrawn",
    "definition": "a term being defined ('是指', '指的是'): the sentence's figures describe the "
    "term, no one's holding",
    "hypothetical": "a condition ('if confirmed', 'se confermata', '如果属实'): the sentence's "
    "figures are not asserted",
    "earlier": "an earlier time with no date ('back then', 'damals', 'alors', '当时'): a figure "
    "stated with it is a past fact, not part of the story's report",
    "after_event": "'after', 'nach einer', 'después de', 'après': opens a phrase of an earlier "
    "event; a figure in it is that event's, which a report elsewhere in the sentence does not "
    "cover",
    "after_time": "'nach einer Woche': an 'after' word that opens a time, not an earlier "
    "event (its longer phrase hides the after_event word)",
    "completion": "'when finished', 'im Endausbau', '建成后': a size or power the site will have "
    "once built, a plan (for hardware figures; reports still come first)",
    "current": "'currently', 'actuellement', 'derzeit', '目前', '현재' in a size's or power's own "
    "clause: the figure is what runs now, whatever plan or later date another clause states",
    "running": "a site that runs: 'in operation', 'operates', 'consumes', 'completed', 'in "
    "Betrieb', 'exploite', '稼働中', '가동 중' in a size's or power's own clause: the figure is "
    "what runs now (a site's power is otherwise a plan: most news states a site's design "
    "capacity before it is built)",
    "purpose": "'to build', 'pour construire', 'para construir', '用于建设' before a size or "
    "power in its clause: the figure is what the money or the work is for, a plan",
    "project": "'project', 'proyecto', 'проект', '项目' before a size or power in its clause "
    "('a 70 MW project', 'Масштаб проекта ... 10 ГВт'): what a project is to have, a plan "
    "(unless its clause says 'currently' or dates it in the past)",
    "talks": "talks and negotiations ('in talks', 'verhandelt', '洽谈'): a plan they make is "
    "reported (talks are reported, annotation guidelines); also listed as plan words",
    "ceiling": "'up to', 'bis zu', '最大' right before a round's amount: the ceiling of a "
    "commitment or a target, so the round is not closed",
    "debt": "loans, credit lines, debt facilities: not a round",
    "system": "'system' right after a chip count ('the 100,000-GPU system') is a cluster",
    "system_subject": "a definite system or machine ('the system', 'este sistema', 'il "
    "sistema', 'diese Maschine') before a chip count in its sentence: one installed "
    "machine's chips, a cluster",
    "cluster_plural": "plural cluster nouns ('two new clusters'): unnamed clusters",
    "rival": "nouns of rivalry ('rival', 'Konkurrent', '竞争对手'): a name right before one "
    "('OpenAI rival Anthropic') or linked after it ('concurrent d'OpenAI') is not the subject",
    "subsidiary": "a subsidiary's noun ('subsidiary', 'Tochter', 'filiale', '旗下', '子会社'): "
    "the parent right before it ('Alphabet-Tochter Waymo', 'Alphabet's subsidiary Waymo') or "
    "linked after it ('subsidiária da Alphabet'), with a bracketed other name, is not the "
    "subject when the sentence names another company (its subsidiary)",
    "storage": "batteries and backup storage ('Megapack', 'baterias', 'аккумуляторы') right "
    "around a power figure: a battery bank's power, not a site's",
    "generic": "habitual and generic words ('usually', 'a typical', 'such a', 'if you', "
    "'normalerweise', 'biasanya', '通常'): a power or build time stated with them describes "
    "sites in general, no one's",
    "counterparty": "the other party of a deal, marked right after its name in head-final text "
    "('Nscaleとの間で', '엔스케일과의 계약'): that name is not the subject of the figure",
    "talks_with": "talks followed by their other party ('in talks with', 'переговоры с', "
    "'Gespräche mit'): names listed right after them, when a company that can raise stands "
    "before the talks, are not the raiser of the money",
    "rival_of": "nouns of rivalry whose possessor follows bare ('pesaing OpenAI', 'конкурент "
    "OpenAI'): that name is not the subject",
    "subsidiary_of": "a subsidiary's noun whose parent follows bare ('anak perusahaan "
    "Alphabet', 'дочерняя компания Alphabet'): as 'subsidiary'",
}
# the cue kinds that name money being raised ('raised', 'round', 'investment'): what makes an
# amount a round's, opens a list of rounds, or is the object of an investor's verb
RAISING_CUES = frozenset(("raise", "round", "investment"))


# A sentence can only hold a claim if it has a word of one of these cue kinds, a chip noun or
# name, a cluster name or a power unit: money needs a round/valuation/investment word, a count
# a chip noun or cluster noun, power a power unit, a build time a build word. A new claim
# type whose sentences have none of these needs its cue kind here.
ANCHOR_CUE_KINDS: tuple[str, ...] = (
    "raise",
    "round",
    "valuation",
    "valuation_post",
    "valuation_pre",
    "investment",
    "already_raised",
    "cluster",
    "cluster_plural",
    "system",
    "build",
    "count_ref",
    "prior_target",  # "이는 당초 목표로 제시됐던 150억 달러를 웃도는": a round's passed target
    "target_met",
)
TIME_KINDS = (
    "this_year",
    "last_year",
    "next_year",
    "this_month",
    "last_month",
    "next_month",
    "end_of_year",
    # "no final do ano passado", "fin de l'année dernière": the end-of-this-year phrase
    # ("final do ano") is read first and would take it to the future
    "end_of_last_year",
    "end_of",
    "start_of",  # "Anfang dieses Jahres", "principios de 2024": the year's first month
    "mid_of",  # "mediados de 2025", "в середине года": the year's sixth month
    "coming",
)

_SECTIONS = {
    "meta",
    "numbers",
    "bounds",
    "ranges",
    "money",
    "units",
    "cues",
    "chips",
    "time",
    "names",
}


@dataclass(frozen=True)
class NameRules:
    """How the language names a company the gazetteer lacks (section ``[names]``, read by
    :mod:`sources.extract.claims.newco`)."""

    # lower-case nouns that introduce a company's name ("start-up", "Unternehmen", "стартап")
    descriptors: tuple[str, ...] = ()
    # capitalised words that open a sentence without being a name ("The", "Die", "Selon")
    not_names: frozenset[str] = frozenset()
    # the language's spelled numbers, capitalised ("Deux", "Two"): one of them alone before a
    # company noun counts companies ("Deux startups"), though a name may begin with one
    # ("Seven AI", "Otto ha raccolto")
    number_words: frozenset[str] = frozenset()
    # when set, a bare name opening a sentence is a company only with one of these words
    # right after it ("Helsing hat"): German capitalises every noun
    subject_verbs: tuple[str, ...] = ()
    # a person's role right after a company name ("OpenAI CTO", "OpenAI-Mitgründer"): the
    # company is the person's employer, not the raiser
    person_roles: tuple[str, ...] = ()
    # the roles of a company's heads ("CEO", "fondatore", "PDG"): a name after one and its
    # linking word is a company ("the CEO of Kestrel"; not a researcher's university)
    leader_roles: tuple[str, ...] = ()
    # the linking word of a company noun's field ("startup de IA", "startup di robotica"):
    # the field may stand between the noun and the name (claims/newco.py)
    field_links: tuple[str, ...] = ()
    # words of a former role ("former", "ex-", "бывший", "前"): a person named by a former
    # role at a company ("former OpenAI CTO Mira Murati raised ...") raises for another one
    former: tuple[str, ...] = ()
    # words opening an apposition that names the noun before it ("..., namely G42", "yaitu")
    apposition_words: tuple[str, ...] = ()
    # nouns of products a name may stand right before ("the USDT stablecoin", "el chatbot"):
    # that name is the product's, no company raising or valued
    product_nouns: tuple[str, ...] = ()
    # nouns (or their stems) of one machine, heading an apposition that makes the name before
    # it a site's ("Quetzal, el nuevo superordenador del país")
    system_nouns: tuple[str, ...] = ()
    # what ends a name in a script without capitals, right after a company noun: a verb
    # ("完成", "获得") or a particle ("은", "는")
    name_stops: tuple[str, ...] = ()
    # endings of words that are no name (adverbs: "Inicialmente", "Separately")
    not_name_endings: tuple[str, ...] = ()
    # verbs whose subject is an investor ("led", "angeführt", "领投"): no raiser before them
    lead_verbs: tuple[str, ...] = ()
    # the agent word of a passive investor phrase ("backed by", "respaldado por", "soutenu
    # par"): the name right before such a phrase is the investee, not an investor
    passive_agents: frozenset[str] = frozenset()
    # postpositions that make the names before them the money's source (ja "から": "A社、B社
    # などから10億円を調達"): those names give the money, whatever list they close
    source_particles: tuple[str, ...] = ()
    # the links of such a list of names ("と", "や", besides commas) and the words that may close
    # it before the particle ("など")
    source_list_links: tuple[str, ...] = ()
    source_list_ends: tuple[str, ...] = ()
    # auxiliary verbs that open questions ("Is", "Has") but, in lower case right after a name,
    # make it the subject of the verb phrase ("Reliance Industries is planning ...")
    auxiliaries: frozenset[str] = frozenset()
    # words that make a name an investment firm's ("Lux Capital", "Founders Fund",
    # "Beteiligungsfirma Prima Materia"): such a name raises no round
    investor_words: frozenset[str] = frozenset()
    # small words that may stand between an investor word and the list of names it opens
    # ("participation of Nvidia, Amazon and AMD", "Beteiligung von ...")
    list_links: frozenset[str] = frozenset()
    # words after which a capitalised word is a place ("di China", "em Nova York", or two words:
    # "based in Reno", "basée à Grenoble"): a name the text writes after one is no company a
    # company noun introduces ("perusahaan China"). Only newco._after_place_word reads the
    # two-word ones; the checks of the word right before a name read single words
    place_words: frozenset[str] = frozenset()
    # indefinite articles: a company noun behind one after a name and a comma introduces that
    # name ("Synthesia, uma empresa ..."); behind a definite one it refers back ("Come riporta
    # Bloomberg, la startup ...": the story's company)
    indefinite: frozenset[str] = frozenset()
    # demonstratives ("these", "estas", "этом", "該"): one right before a site noun points to
    # the site the story named ("en estas instalaciones"), whoever the sentence names
    site_demonstratives: tuple[str, ...] = ()
    # words that give a site its name after a site noun ("a campus dubbed Horizon",
    # "un supercalculateur baptisé Jean Zay"): the name is a cluster wherever the text names it
    naming: tuple[str, ...] = ()
    # particles that mark a clause's subject right after a name ("OpenAIは", "오픈AI는")
    topic_markers: frozenset[str] = frozenset()
    # the last characters of a verb that modifies the noun right after it ("認められた" + name,
    # "인정받은" + name): a figure in that clause is the name's
    attributive_endings: frozenset[str] = frozenset()
    # the last words of a company's full name ("Skild AI", "Aligned Data Centers"): a short
    # mention takes the full form the text writes (claims.newco.full_name)
    name_endings: frozenset[str] = frozenset()
    # legal forms written before or after a company's name ("Acme Ltd.", "ООО", "株式会社"):
    # no part of the name, so one company has one name however the text writes it
    legal_forms: frozenset[str] = frozenset()


def _list_item_end(stops: list[str]) -> re.Pattern[str]:
    """What ends an item of a list of counts at places, matched right after its count: a short
    preposition before its place, or the list's punctuation; not one of the ``stops`` (a
    capacity or a part)."""
    never = "|".join(sorted((re.escape(w) for w in stops), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?!\s+(?:{never})\b)(?:\s+[^\W\d]{{1,3}}\s|\s*[,.;]|\s*$)", re.IGNORECASE)


def _series_pattern(words: list[str]) -> re.Pattern[str] | None:
    """A product line's name ending right before a number, one space between (matched on
    the lower-case text up to the number)."""
    if not words:
        return None

    def alternatives(names: list[str]) -> str:
        return "|".join(sorted((re.escape(w.lower()) for w in names), key=len, reverse=True))

    latin = [w for w in words if w.isascii()]
    cjk = [w for w in words if not w.isascii()]
    # not inside a longer Latin word; a CJK character may come right before ("华为Atlas 950");
    # a CJK line's name may be glued to its number ("思元290", "昇腾910")
    pattern = rf"(?<![a-z0-9])({alternatives(latin)}) $"
    if cjk:
        pattern += rf"|({alternatives(cjk)}) ?$"
    return re.compile(pattern)


@dataclass(frozen=True)
class LanguageRules:
    """The compiled rules of one language (merged with ``common.toml``)."""

    code: str
    locale: str  # the CLDR locale its month, territory and number names come from
    group: str  # the locale's digit group separator (CLDR)
    cjk: bool
    sov: bool
    months_capitalized: bool
    ordinal_dot: bool
    # a Latin-script gloss in brackets ("앤트로픽(Anthropic)") is not a clause break
    gloss_brackets: bool
    # words that mark a company as the one receiving an investment: before its name ("in",
    # "向") or after it ("に"): "Amazon wird in Anthropic 4 Milliarden investieren"
    investee_before: tuple[str, ...]
    investee_after: tuple[str, ...]
    # a pronoun standing for the company money goes into, right before the investing verb
    # ("vi aveva investito", "y a investi"): the story's company
    investee_clitics: tuple[str, ...]
    # what joins two amounts of a list in a head-final language ("420억 달러와 35억 달러의
    # 기업가치", "420億ドルと35億ドル"): the value noun after the pair is both amounts'
    amount_joiners: frozenset[str]
    # a postposition 'after' between an amount and the value noun that follows it in a
    # head-final phrase ("融资6400万美元后估值3亿美元"): the value is the one after the raise,
    # the noun no head of the amount before it
    after_amount: frozenset[str]
    # modifiers that may stand between an amount and the investment noun after it, behind the
    # language's linker ("10亿元的战略投资"): the noun is still the amount's head
    investment_modifiers: tuple[str, ...]
    # conditional conjunctions that open a sentence ("If", "Se", "Jika", "如果"): the amounts
    # of the condition are not asserted (read from the sentence's first word, not scanned:
    # words this common would slow every article's cue scan)
    condition_openers: tuple[str, ...]
    # endings of a plural round noun ("rounds", "Finanzierungsrunden"): a sum of rounds
    plural_rounds: tuple[str, ...]
    # words that name whom a round is for, right after its amount ("a $20 billion Series E
    # for xAI", "eine Runde über 12 Milliarden Dollar für xAI")
    round_for: tuple[str, ...]
    # words of a possessor after a round's amount when the round noun heads it ("la ronda de
    # 500 millones de Mistral AI", "a rodada de US$ 41 bilhões da OpenAI"): whose round it is
    round_of: tuple[str, ...]
    # words that name who makes an investment, right after its amount ("an investment of $500
    # billion from OpenAI, Oracle and SoftBank", "una inversión de ... de OpenAI"): investors,
    # not where the money goes
    investment_by: tuple[str, ...]
    # words of an agent, who made the investment, ending any phrase after its amount ("a $500
    # billion investment in AI infrastructure by OpenAI"); unlike "de" or "di" they never link
    # the company the money goes into
    investment_agent: tuple[str, ...]
    # counts of companies or deals as a subject ("five deals totaling"), read next to an amount
    companies_counted: tuple[re.Pattern[str], ...]
    funding_spans: tuple[re.Pattern[str], ...]  # "in two months": read next to an amount
    # the companies_counted patterns with no count ("las nuevas empresas de"): always read
    companies_named: tuple[re.Pattern[str], ...]
    count_tokens: frozenset[str]  # the words a count may be ("five", "sieben"): a quick test
    # partitive pronouns right after a count ("250.000 de ellas"): the chips the text spoke
    # of just before (section ``[chips]``)
    partitives: tuple[str, ...]
    remainder: re.Pattern[str] | None  # "the rest": the amount before it is a first part
    condition_enders: tuple[re.Pattern[str], ...]  # "합하면": a condition closing after the figure
    initial: re.Pattern[str] | None  # "un pago inicial de": the amount is a first part
    abbreviations: frozenset[str]
    # abbreviated scale words ("млрд", "mld"): after a figure, a capital starts a sentence
    # ("$15 млрд. Ожидается, ..."), except where nouns are capitalized ("15 Mrd. Euro")
    figure_abbreviations: frozenset[str]
    scale_abbreviations: frozenset[str]  # abbreviations that are scale words ("mrd", "млрд")
    # words a capital letter names a kind of ("Series A", "серии B"): that letter and its dot
    # are no initial, so "... a Series A. Olix plans ..." is two sentences
    letter_labels: frozenset[str]
    scale_words: PhraseMatcher
    scale_suffixes: re.Pattern[str] | None
    # a scale letter glued to a number with a currency sign before or after ("58M$", "$58M")
    sign_scale_suffixes: re.Pattern[str] | None
    scale_suffix_values: dict[str, float]
    number_words: PhraseMatcher
    standalone_numbers: PhraseMatcher
    vague: PhraseMatcher
    range_connectors: frozenset[str]
    between_pairs: tuple[tuple[str, str], ...]
    from_to_pairs: tuple[tuple[str, str], ...]
    cues: PhraseMatcher
    site_words: PhraseMatcher  # programme and site nouns (see claims.subjects.drop_programme_names)
    yardsticks: PhraseMatcher  # comparison openings of a sentence (context.opens_with_comparison)
    months: PhraseMatcher
    # "four months ago", "vor drei Monaten" ([time] months_ago with {n}, and month_counts)
    months_ago: MonthsAgo | None
    lexicon: PhraseMatcher  # scanned: vague amounts, spelled numbers, months, time words
    cue_lexicon: PhraseMatcher  # scanned per candidate sentence: cue words and chip nouns
    positional: dict[str, PhraseMatcher]  # looked up next to numbers (see lexicon.py)
    cue_regexes: tuple[tuple[re.Pattern[str], str], ...]  # the "re:" cue entries
    anchor_cues: frozenset[str]  # cue kinds that make a sentence a candidate
    # the anchor words (see lexicon.ANCHOR): the whole-text scan, and the batch prescan
    anchor_lexicon: PhraseMatcher
    anchor_phrases: tuple[str, ...]
    names: NameRules = NameRules()
    # nouns are capitalized, verbs not ("das Heidelberger Start-up Acme, hatte" vs "das Acme
    # gehört,"): a relative clause ends in a verb, an apposition in a noun
    nouns_capitalized: bool = False
    # the language drops a subject the context gives ("Recentemente, ha ricevuto 200 milioni",
    # "2020年完成Pre-A轮融资"): a money sentence naming no raiser continues the story's
    null_subject: bool = False
    # a product line right before a number ("EPYC 9004", "RTX Pro 6000"): see common.toml
    series_before: re.Pattern[str] | None = None
    # prepositions of money spent on chips: see common.toml [chips] spent_on
    spent_on: frozenset[str] = frozenset()
    # the end of an item of a list of counts at places: see common.toml [chips] list_item_stops
    list_item_end: re.Pattern[str] | None = None

    @property
    def anchor_rust_pattern(self) -> str:
        """The anchor lexicon as a Rust regex (lower-case text; see :func:`rust_pattern`)."""
        return _rust_anchors(self.code)

    def is_month(self, word: str) -> bool:
        """``word`` is a month's name in this language ("Maret", "März", "Mayo")."""
        if self.months is None:
            return False
        key = textnorm.fold(word) if self.months_capitalized else textnorm.lower_fold(word)
        hit = self.months.starting_at(key, 0)
        return hit is not None and hit.end == len(key)

    def is_place(self, name: str) -> bool:
        """``name`` is a country's or region's name, in this language or in English
        ("Tiongkok", "Korea Selatan", "China"): CLDR's territory names."""
        return name in _territories(self.locale)

    def lexicon_for(self, low: str, fold: str) -> lx.Lexicon:
        """An empty lexicon of a document (its ``lower_fold`` and ``fold`` views), filled
        sentence by sentence with :meth:`Lexicon.ensure`. Months of languages that capitalize
        them are found case-sensitively in ``fold``, sentence by sentence too.

        Cue words and the other scanned words are two scans, because a phrase of one group
        may contain a phrase of the other that is needed too ("今後数カ月" is a time, "今後" a
        plan); within a group the longest phrase wins.
        """
        # scanners 0: number and time words, 1: cue words and chip nouns (each per candidate
        # sentence); 2: anchor words (the whole text at once, see Lexicon.scan_all: they pick
        # the candidate sentences)
        scanners = (self.lexicon, self.cue_lexicon, self.anchor_lexicon)
        months = ((self.months, lx.MONTH),) if self.months_capitalized and self.months else ()
        return lx.Lexicon(low, scanners, self.positional, fold=fold, fold_scanners=months)


def _read(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    unknown = set(data) - _SECTIONS
    if unknown:
        raise ValueError(f"{path.name}: unknown sections {sorted(unknown)}")
    unknown_cues = set(data.get("cues", {})) - set(CUE_KINDS)
    if unknown_cues:
        raise ValueError(f"{path.name}: unknown cue kinds {sorted(unknown_cues)}")
    unknown_time = set(data.get("time", {})) - {
        *TIME_KINDS,
        "months",
        "quarters",
        "months_ago",
        "month_counts",
    }
    if unknown_time:
        raise ValueError(f"{path.name}: unknown time keys {sorted(unknown_time)}")
    return data


# the kinds of [bounds]: a bound word before the figure, after it, and the phrases that stop
# a bound word from being one ("eine Finanzierungsrunde über")
_BOUND_KINDS = frozenset(
    {
        "approx",
        "at_least",
        "at_most",
        "approx_after",
        "at_least_after",
        "at_most_after",
        "exclude_before",
    }
)


class _Section(dict):
    """A rule file's section that records which keys the loader read (``get``, ``[]``,
    ``in``), so that a key nothing reads, such as a misspelt one, is reported."""

    def __init__(self, data: dict[str, Any]) -> None:
        super().__init__(data)
        self.read: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        self.read.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> Any:
        self.read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self.read.add(str(key))
        return super().__contains__(key)

    def unread(self) -> set[str]:
        return set(self) - self.read


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Merge rule dicts: lists concatenate, dicts merge (``extra`` wins), scalars: ``extra``."""
    out = dict(base)
    for key, value in extra.items():
        if key in out and isinstance(out[key], dict) and isinstance(value, dict):
            out[key] = _merge(out[key], value)
        elif key in out and isinstance(out[key], list) and isinstance(value, list):
            out[key] = [*out[key], *value]
        else:
            out[key] = value
    return out


_SHORT = re.compile(f"[{LETTERS}'’]{{1,3}}")


def _is_short_word(phrase: str) -> bool:
    return bool(_SHORT.fullmatch(phrase.lower()))


def _connector_key(text: str) -> str:
    """Range connectors are compared with whitespace removed but hyphens kept ("-", "–")."""
    return "".join(text.lower().split())


COUNT_SLOT = "{count}"  # in companies_counted and funding_spans: a count, digits or words


def _count_words(word_values: dict[str, float]) -> list[str]:
    """The language's one-word names of a whole number from two to a hundred ("five",
    "sieben", "ocho"): the words a count of things may be."""
    return [w for w, v in word_values.items() if 2 <= v <= 100 and v == int(v) and " " not in w]


def _count_pattern(word_values: dict[str, float]) -> str:
    """A count of two or more things as a regex: digits, or one of :func:`_count_words`."""
    words = _count_words(word_values)
    return "(?:[0-9]+|" + _trie(words) + ")" if words else "[0-9]+"


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` as a regex trie ("t(?:wo|hree)"): each position tries its
    first letter once, not every word (cue patterns run over every analysed sentence)."""
    heads: dict[str, list[str]] = {}
    for w in sorted(set(words)):
        heads.setdefault(w[0], []).append(w[1:])
    parts = []
    for head, tails in heads.items():
        rest = [t for t in tails if t]
        body = _trie(rest) if rest else ""
        if rest and "" in tails:
            body = f"(?:{body})?"
        parts.append(re.escape(head) + body)
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _word_pattern(words: list[str]) -> re.Pattern[str] | None:
    """Words as one case-blind pattern, each a whole word; a trailing * takes any ending."""
    if not words:
        return None
    alts = (re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in words)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


def _pairs(mapping: dict[str, Any]) -> list[tuple[str, Any]]:
    return list(mapping.items())


def _flat(mapping: dict[str, list[str]]) -> list[tuple[str, str]]:
    return [(phrase, kind) for kind, phrases in mapping.items() for phrase in phrases]


@cache
def _territories(locale: str) -> frozenset[str]:
    """Territory names of CLDR (countries and regions) in ``locale`` and in English."""
    return frozenset(
        name for loc in (locale, "en") for name in Locale.parse(loc).territories.values()
    )


def _babel_months(locale: str) -> list[tuple[str, tuple[int, bool]]]:
    """Month names of a locale, wide and abbreviated, both contexts: (name, (month, abbr))."""
    out: list[tuple[str, tuple[int, bool]]] = []
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for month, name in get_month_names(width, context, locale).items():
                for form in {name, name.rstrip(".")}:
                    if len(form) >= 3 and not form.isdigit() and not form.endswith("月"):
                        out.append((form, (month, width == "abbreviated")))
    return out


@cache
def load_rules(code: str | None) -> LanguageRules:
    """The compiled rules of language ``code`` (ISO 639-1); a language without rules in
    :mod:`sources.registry` gets English's."""
    code = code if code in RULE_LANGUAGES else FALLBACK_LANGUAGE
    common = _read(RULES_DIR / "common.toml")
    data = _merge(common, _read(RULES_DIR / str(language(code).rules)))
    # the sections whose keys are named (cue kinds and time keys are checked by _read): each
    # records the keys read, and a key nothing reads is an error below (a misspelt key would
    # otherwise be ignored without a word)
    meta, numbers, ranges, money, chips, names = (
        _Section(data.get(name, {}))
        for name in ("meta", "numbers", "ranges", "money", "chips", "names")
    )
    locale = meta.get("locale", code)
    bounds, units, cues = data.get("bounds", {}), data.get("units", {}), data.get("cues", {})
    time = data.get("time", {})

    def suffix_pattern(suffixes: dict[str, float]) -> re.Pattern[str] | None:
        if not suffixes:
            return None
        alts = "|".join(re.escape(s) for s in sorted(suffixes, key=len, reverse=True))
        return re.compile(f"(?:{alts})(?![A-Za-z\u00c0-\u024f\u0400-\u04ff])")

    suffixes = {k.lower(): float(v) for k, v in numbers.get("scale_suffixes", {}).items()}
    sign_suffixes = {k.lower(): float(v) for k, v in numbers.get("sign_scale_suffixes", {}).items()}
    suffix_rx, sign_suffix_rx = suffix_pattern(suffixes), suffix_pattern(sign_suffixes)

    link = money.get("link", [])
    suffix_entries: list[tuple[str, str]] = []
    shared = set(common.get("money", {}).get("suffix", {}))
    for phrase, iso in money.get("suffix", {}).items():
        suffix_entries.append((phrase, iso))
        if phrase in shared:
            continue  # symbols and ISO codes take no link word ("de US$" is "de" + a prefix)
        for word in link:
            suffix_entries.append((f"{word} {phrase}", iso))
            if word.endswith(("'", "’")):
                suffix_entries.append((f"{word}{phrase}", iso))

    unit_factors = {
        "day": ("days", 1.0),
        "week": ("days", 7.0),
        "month": ("days", 30.0),
        "year": ("days", 365.0),
        "kw": ("mw", 0.001),
        "mw": ("mw", 1.0),
        "gw": ("mw", 1000.0),
    }
    # the words after a count of years in a length of two parts (see lexicon.LENGTH_PART)
    length_parts = {"year_part": "and", "year_half": "half"}
    if set(units) - set(unit_factors) - set(length_parts):
        raise ValueError(
            f"common.toml or {language(code).rules}: unknown keys in [units]: "
            f"{sorted(set(units) - set(unit_factors) - set(length_parts))}"
        )
    unit_entries = [
        (phrase, unit_factors[kind])
        for kind, phrases in units.items()
        if kind in unit_factors
        for phrase in phrases
    ]

    month_entries: list[tuple[str, tuple[int, bool]]] = []
    if not meta.get("cjk", False):
        month_entries = _babel_months(locale)
    for name, m in time.get("months", {}).items():
        month_entries.append((name, (int(m), False)))
        if meta.get("months_capitalized", False):
            month_entries.append((name.capitalize(), (int(m), False)))
    time_entries = [(p, kind) for kind in TIME_KINDS for p in time.get(kind, [])]
    quarter_entries = [(p, int(q)) for p, q in time.get("quarters", {}).items()]

    between = tuple((_connector_key(a), _connector_key(b)) for a, b in ranges.get("between", []))
    from_to = tuple((_connector_key(a), _connector_key(b)) for a, b in ranges.get("from_to", []))
    openers = [(a, "between") for a, _ in ranges.get("between", [])]
    openers += [(a, "from") for a, _ in ranges.get("from_to", [])]
    # "fra i 3 e i 4 miliardi", "entre los 2.000 y los 3.000": an article before each end, or
    # before the first alone ("fra i 3 e 4 miliardi")
    articled = [
        pair
        for a, b in ranges.get("between", [])
        for t in ranges.get("articles", [])
        for pair in ((f"{a} {t}", f"{b} {t}"), (f"{a} {t}", b))
    ]
    between += tuple((_connector_key(a), _connector_key(b)) for a, b in articled)
    openers += [(a, "between") for a, _ in articled]

    months_cap = bool(meta.get("months_capitalized", False))
    # Scanned words. Spelled numbers are scanned together with the scale word or unit that
    # must follow them ("a million", "zwei Milliarden", "fünf Gigawatt"): a lone "a", "un" or
    # "de" is no number, and scanning it would hit every article.
    lexicon_entries: list[tuple[str, tuple[str, Any]]] = []

    def add(kind: str, pairs: Any) -> None:
        lexicon_entries.extend((phrase, (kind, value)) for phrase, value in pairs)

    word_values = {k: float(v) for k, v in numbers.get("number_words", {}).items()}
    scale_values = {k: float(v) for k, v in numbers.get("scale_words", {}).items()}
    combos: list[tuple[str, tuple[Any, ...]]] = [
        (f"{word} {scale}", ("scale", wv * sv, sv))
        for word, wv in word_values.items()
        for scale, sv in scale_values.items()
    ]
    combos += [
        (f"{word} {unit}", ("unit", wv, len(word)))
        for word, wv in word_values.items()
        for kind in ("mw", "gw", "kw")
        for unit in units.get(kind, [])
    ]
    # "six months", "sechs Monaten", "half a year"; not the words read as one ("el mes
    # pasado", "a week ago" date things: they are no durations)
    combos += [
        (f"{word} {unit}", ("unit", wv, len(word)))
        for word, wv in word_values.items()
        if wv != 1
        for kind in ("day", "week", "month", "year")
        for unit in units.get(kind, [])
    ]
    # "a year and a half", "un an et demi", "one year and seven months": a spelled count is a
    # number before these words; a one only as a cardinal (an indefinite article or the one of
    # "one month ago"), not an ordinal or a definite article ("in the first year and then",
    # "durante el año y"), and not before a year word alone ("satu tahun lalu" is a date)
    ones = {w.lower() for w in names.get("indefinite", [])}
    ones |= {w for w, n in time.get("month_counts", {}).items() if n == 1}
    combos += [
        (f"{word} {phrase}", ("unit", wv, len(word)))
        for word, wv in word_values.items()
        for key in length_parts
        for phrase in units.get(key, [])
        if wv != 1 or (word in ones and " " in phrase)
    ]
    add(lx.NUMWORD, combos)
    add(lx.STANDALONE, ((k, float(v)) for k, v in numbers.get("standalone", {}).items()))
    add(lx.VAGUE, ((k, float(v)) for k, v in numbers.get("vague", {}).items()))
    if not months_cap:
        add(lx.MONTH, month_entries)
    add(lx.TIME, time_entries)
    add(lx.QUARTER, quarter_entries)
    cue_entries: list[tuple[str, tuple[str, Any]]] = []
    cue_entries += [(p, (lx.NOUN, "noun")) for p in chips.get("nouns", [])]
    cue_entries += [(p, (lx.NOUN, "family")) for p in chips.get("families", [])]
    cue_entries += [(p, (lx.NOUN, "counter")) for p in chips.get("counters", [])]
    cue_regexes = []
    # "{count}" in a companies_counted or funding_spans pattern: a count in digits or in the
    # language's words ("five transactions", "sieben Unternehmen"), never a lone "a" or "one"
    count_words = _count_pattern(word_values)
    short_entries: list[tuple[str, tuple[str, Any]]] = []
    for kind, phrases in cues.items():
        for phrase in phrases:
            if phrase.startswith("re:"):
                cue_regexes.append((re.compile(phrase[3:], re.IGNORECASE), kind))
            elif _is_short_word(phrase) and kind not in ANCHOR_CUE_KINDS and kind != "denied":
                # "a", "de", "to", "qui": kept out of the nesting of status phrases below
                # (they would make "a report that" a phrase of every kind "a" has)
                short_entries.append((phrase, (lx.CUE, kind)))
            else:
                cue_entries.append((phrase, (lx.CUE, kind)))

    cue_entries = _with_nested_cues(cue_entries, cjk=bool(meta.get("cjk", False)))
    # the anchors among them, under their own kind: a whole-text scan of these few words
    # picks the candidate sentences, and only those are scanned for every cue
    anchor_values = {*ANCHOR_CUE_KINDS, "denied", "anaphor"}
    anchor_entries = [
        (phrase, (lx.ANCHOR, value))
        for phrase, (kind, value) in cue_entries
        if kind == lx.NOUN or (kind == lx.CUE and value in anchor_values)
    ]
    # a power unit anchors a power figure (the units a power claim is read with)
    anchor_entries += [
        (unit, (lx.ANCHOR, "power")) for kind in ("mw", "gw", "kw") for unit in units.get(kind, [])
    ]

    def positional(pairs: Any) -> PhraseMatcher:
        return PhraseMatcher.build(pairs, letters_only=True)

    positional_matchers = {
        lx.SCALE: positional(scale_values.items()),
        lx.PERCENT: positional((p, "%") for p in numbers.get("percent", [])),
        lx.BOUND: positional(
            _flat({k: v for k, v in bounds.items() if k in ("approx", "at_least", "at_most")})
        ),
        lx.BOUND_AFTER: positional(
            (p, k.removesuffix("_after"))
            for k, v in bounds.items()
            if k.endswith("_after")
            for p in v
        ),
        lx.BOUND_EXCLUDE: positional((p, "x") for p in bounds.get("exclude_before", [])),
        lx.OPENER: positional(openers),
        lx.CUR_PREFIX: positional(_pairs(money.get("prefix", {}))),
        lx.CUR_SUFFIX: positional(suffix_entries),
        lx.UNIT: positional(unit_entries),
        lx.NOUN: positional(
            [(p, "noun") for p in chips.get("nouns", [])]
            + [(p, "family") for p in chips.get("families", [])]
            + [(p, "counter") for p in chips.get("counters", [])]
            + [(p, "counter") for p in chips.get("counters_after_number", [])]
        ),
        lx.EQUIV: positional((p, "eq") for p in chips.get("equivalent", [])),
        lx.LENGTH_PART: positional(
            (p, value) for key, value in length_parts.items() for p in units.get(key, [])
        ),
    }
    rules = LanguageRules(
        code=code,
        locale=locale,
        group=get_group_symbol(locale),
        cjk=bool(meta.get("cjk", False)),
        sov=bool(meta.get("sov", False)),
        nouns_capitalized=bool(meta.get("nouns_capitalized", False)),
        null_subject=bool(meta.get("null_subject", False)),
        series_before=_series_pattern(chips.get("series", [])),
        spent_on=frozenset(chips.get("spent_on", [])),
        list_item_end=_list_item_end(chips.get("list_item_stops", [])),
        months_capitalized=months_cap,
        ordinal_dot=bool(meta.get("ordinal_dot", False)),
        gloss_brackets=bool(meta.get("gloss_brackets", False)),
        investee_before=tuple(p.lower() for p in money.get("investee_before", [])),
        investee_after=tuple(p.lower() for p in money.get("investee_after", [])),
        investee_clitics=tuple(p.lower() for p in money.get("investee_clitics", [])),
        amount_joiners=frozenset(money.get("amount_joiners", [])),
        after_amount=frozenset(money.get("after_amount", [])),
        investment_modifiers=tuple(money.get("investment_modifiers", [])),
        condition_openers=tuple(p.lower() for p in money.get("condition_openers", [])),
        plural_rounds=tuple(p.lower() for p in money.get("plural_rounds", [])),
        round_for=tuple(p.lower() for p in money.get("round_for", [])),
        round_of=tuple(p.lower() for p in money.get("round_of", [])),
        investment_by=tuple(p.lower() for p in money.get("investment_by", [])),
        investment_agent=tuple(p.lower() for p in money.get("investment_agent", [])),
        companies_counted=tuple(
            re.compile(p.replace(COUNT_SLOT, count_words), re.IGNORECASE)
            for p in money.get("companies_counted", [])
            if COUNT_SLOT in p
        ),
        companies_named=tuple(
            re.compile(p, re.IGNORECASE)
            for p in money.get("companies_counted", [])
            if COUNT_SLOT not in p
        ),
        count_tokens=frozenset(_count_words(word_values))
        | {w.lower() for w in money.get("span_quantifiers", [])},
        remainder=_word_pattern(money.get("remainder", [])),
        condition_enders=tuple(re.compile(p) for p in money.get("condition_enders", [])),
        initial=_word_pattern(money.get("initial", [])),
        funding_spans=tuple(
            re.compile(p.replace(COUNT_SLOT, count_words), re.IGNORECASE)
            for p in money.get("funding_spans", [])
        ),
        partitives=tuple(p.lower() for p in chips.get("partitives", [])),
        abbreviations=frozenset(a.lower().rstrip(".") for a in meta.get("abbreviations", [])),
        figure_abbreviations=frozenset()
        if meta.get("nouns_capitalized", False)
        else frozenset(a.lower().rstrip(".") for a in meta.get("abbreviations", []))
        & {k.lower().rstrip(".") for k in numbers.get("scale_words", {})},
        scale_abbreviations=frozenset(a.lower().rstrip(".") for a in meta.get("abbreviations", []))
        & {k.lower().rstrip(".") for k in numbers.get("scale_words", {})},
        letter_labels=frozenset(w.lower() for w in meta.get("letter_labels", [])),
        scale_words=PhraseMatcher.build(
            (k, float(v)) for k, v in numbers.get("scale_words", {}).items()
        ),
        scale_suffixes=suffix_rx,
        sign_scale_suffixes=sign_suffix_rx,
        scale_suffix_values={**sign_suffixes, **suffixes},
        number_words=PhraseMatcher.build(
            (k, float(v)) for k, v in numbers.get("number_words", {}).items()
        ),
        standalone_numbers=PhraseMatcher.build(
            (k, float(v)) for k, v in numbers.get("standalone", {}).items()
        ),
        vague=PhraseMatcher.build((k, float(v)) for k, v in numbers.get("vague", {}).items()),
        range_connectors=frozenset(_connector_key(c) for c in ranges.get("connectors", [])),
        between_pairs=between,
        from_to_pairs=from_to,
        cues=PhraseMatcher.build(_flat(cues)),
        # like site_words: the sentence openings of one cue kind get a small matcher, so that
        # an article naming a cluster does not compile the whole cue matcher for them
        yardsticks=PhraseMatcher.build(_flat({"yardstick": cues.get("yardstick", [])})),
        # the few words read after a cluster family's name (claims.subjects): a small matcher,
        # so that no document compiles the whole cue matcher for them
        site_words=PhraseMatcher.build(
            _flat(
                {
                    k: cues.get(k, [])
                    for k in ("programme", "cluster", "cluster_plural", "site_plural")
                }
            )
        ),
        months=PhraseMatcher.build(month_entries, case_sensitive=months_cap),
        months_ago=months_ago(
            time.get("months_ago", []), time.get("month_counts", {}), bool(meta.get("cjk", False))
        ),
        lexicon=PhraseMatcher.build(lexicon_entries, letters_only=True),
        cue_lexicon=PhraseMatcher.build(
            cue_entries + short_entries, letters_only=True, right_strict=True
        ),
        positional=positional_matchers,
        cue_regexes=tuple(cue_regexes),
        anchor_cues=frozenset(ANCHOR_CUE_KINDS) | {"denied"},
        anchor_lexicon=PhraseMatcher.build(anchor_entries, letters_only=True, right_strict=True),
        anchor_phrases=tuple(dict.fromkeys(p.lower() for p, _ in anchor_entries)),
        names=_name_rules(names, word_values),
    )
    unread = {
        "meta": meta.unread(),
        "numbers": numbers.unread(),
        "ranges": ranges.unread(),
        "money": money.unread(),
        "chips": chips.unread(),
        "names": names.unread(),
        # a section whose keys are kinds, read by iterating: its kinds are fixed here
        "bounds": set(bounds) - _BOUND_KINDS,
    }
    for name, keys in unread.items():
        if keys:
            raise ValueError(
                f"common.toml or {language(code).rules}: unknown keys in [{name}]: {sorted(keys)}"
            )
    return rules


def _name_rules(names: dict[str, Any], number_words: dict[str, float]) -> NameRules:
    # a number word before a company noun counts companies ("Deux startups ont levé ...")
    spelled = {w.capitalize() for w in number_words if w.isalpha() and " " not in w}
    return NameRules(
        descriptors=tuple(
            sorted({p.lower() for p in names.get("descriptors", [])}, key=lambda p: (-len(p), p))
        ),
        not_names=frozenset(names.get("not_names", [])),
        number_words=spelled,
        subject_verbs=tuple(names.get("subject_verbs", [])),
        lead_verbs=tuple(p.lower() for p in names.get("lead_verbs", [])),
        passive_agents=frozenset(w.lower() for w in names.get("passive_agents", [])),
        source_particles=tuple(names.get("source_particles", [])),
        source_list_links=tuple(names.get("source_list_links", [])),
        source_list_ends=tuple(names.get("source_list_ends", [])),
        auxiliaries=frozenset(w.lower() for w in names.get("auxiliaries", [])),
        not_name_endings=tuple(names.get("not_name_endings", [])),
        person_roles=tuple(p.lower() for p in names.get("person_roles", [])),
        leader_roles=tuple(p.lower() for p in names.get("leader_roles", [])),
        field_links=tuple(p.lower() for p in names.get("field_links", [])),
        former=tuple(p.lower() for p in names.get("former", [])),
        apposition_words=tuple(p.lower() for p in names.get("apposition_words", [])),
        product_nouns=tuple(p.lower() for p in names.get("product_nouns", [])),
        system_nouns=tuple(p.lower() for p in names.get("system_nouns", [])),
        name_stops=tuple(names.get("name_stops", [])),
        investor_words=frozenset(w.lower() for w in names.get("investor_words", [])),
        list_links=frozenset(w.lower() for w in names.get("list_links", [])),
        place_words=frozenset(w.lower() for w in names.get("place_words", [])),
        indefinite=frozenset(w.lower() for w in names.get("indefinite", [])),
        site_demonstratives=tuple(w.lower() for w in names.get("site_demonstratives", [])),
        naming=tuple(w.lower() for w in names.get("naming", [])),
        topic_markers=frozenset(names.get("topic_markers", [])),
        attributive_endings=frozenset(names.get("attributive_endings", [])),
        legal_forms=frozenset(names.get("legal_forms", [])),
        name_endings=frozenset(names.get("name_endings", [])),
    )


_STATUS_KINDS = frozenset(
    (
        "planned",
        "reported",
        "reported_strong",
        "denied",
        "official",
        "according",
        "report_verb",
        "running",  # "稼働中" keeps the holding verb "稼働", "已投运" the build verb "投运"
        "talks_with",  # "in talks with" keeps the talks and plan words "in talks"
    )
)


def _with_nested_cues(
    entries: list[tuple[str, tuple[str, Any]]], *, cjk: bool
) -> list[tuple[str, tuple[str, Any]]]:
    """A status phrase (a plan, a report, a denial) that contains other cue phrases also
    carries their kinds: a scan takes the longest phrase at a position, so "is raising" (a
    plan) would hide "raising" (a round verb), and "正在筹集" would hide "筹集". Latin phrases
    nest by whole words, CJK phrases by any substring of two or more characters. Other
    phrases keep their own meaning ("投资者", an investor, is not "投资", to invest)."""
    kinds: dict[str, list[tuple[str, Any]]] = {}
    for phrase, payload in entries:
        if payload[0] == lx.CUE and not phrase.endswith("*"):
            kinds.setdefault(" ".join(phrase.lower().split()), []).append(payload)
    out = list(entries)
    for phrase, own in kinds.items():
        status = all(kind in _STATUS_KINDS for _, kind in own)
        # a clause break made of a status word ("and plans", "und plant", "et prévoit") keeps
        # that word's status: the clause it opens is a plan
        if not status and any(
            kind not in _STATUS_KINDS and kind != "clause_break" for _, kind in own
        ):
            continue
        words = phrase.split()
        if len(words) > 1:
            parts = [
                " ".join(words[i:j])
                for i in range(len(words))
                for j in range(i + 1, len(words) + 1)
            ]
        elif cjk and not phrase.isascii():
            parts = [phrase[i:j] for i in range(len(phrase)) for j in range(i + 2, len(phrase) + 1)]
        else:
            continue
        for part in parts:
            if part == phrase:
                continue
            for payload in kinds.get(part, ()):
                if payload not in own and (status or payload[1] in _STATUS_KINDS):
                    out.append((phrase, payload))
    return out + _overlapping_cues(kinds)


def _overlapping_cues(
    kinds: dict[str, list[tuple[str, Any]]],
) -> list[tuple[str, tuple[str, Any]]]:
    """Two cue phrases of different kinds that overlap by whole words ("dernier tour", an
    earlier round, and "tour de table", a round): the scan takes the longest phrase at a
    position, so the first would hide the second; the phrase joining them carries both."""
    by_first: dict[str, list[str]] = {}
    for phrase in kinds:
        words = phrase.split()
        if len(words) > 1:
            by_first.setdefault(words[0], []).append(phrase)
    out = []
    for phrase, own in kinds.items():
        words = phrase.split()
        for i in range(1, len(words)):
            tail = words[i:]
            if len(" ".join(tail)) < 3:
                continue
            for other in by_first.get(tail[0], ()):
                rest = other.split()
                if len(rest) <= len(tail) or rest[: len(tail)] != tail:
                    continue  # no overlap past this phrase's end
                joined = " ".join(words[:i] + rest)
                if joined in kinds:
                    continue
                both = own + [p for p in kinds[other] if p not in own]
                if len(both) > len(own):
                    out.extend((joined, payload) for payload in both)
    return out


@cache
def _rust_anchors(code: str) -> str:
    return rust_pattern(load_rules(code).anchor_phrases)
