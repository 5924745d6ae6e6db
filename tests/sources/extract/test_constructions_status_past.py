"""Past, current and dated facts: constructions seen on real news (issue 11, section 2) that
place a figure in time (months ago, back then, the end of last year, early in the year, after an
event, now) and keep an earlier fact closed beside a report or a plan. The sentences are our
own, in the language each construction came from."""

from __future__ import annotations

import pytest

from sources.extract import extract
from sources.extract.rules import load_rules
from sources.extract.textnorm import fold, lower_fold
from sources.extract.timeref import TimeRef, find_times, months_ago, resolve
from tests.sources.extract.conftest import (
    PUB_2025_10_01,
    PUB_2025_10_15,
    PUB_2025_12_10,
    figures_and_statuses,
)

CS, ROUND, VAL, POWER = "cluster_size", "funding_round", "valuation", "power_capacity"


def _times(text: str, lang: str) -> list[str | None]:
    rules = load_rules(lang)
    low, folded = lower_fold(text), fold(text)
    lex = rules.lexicon_for(low, folded)
    lex.ensure(0, len(text))
    return [
        resolve(t, PUB_2025_12_10, planned=False)
        for t in find_times(low, folded, 0, len(text), lex, rules.months_ago)
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "early this year" read in October is past: the round was raised, not planned
        ("CoreWeave hat Anfang dieses Jahres 2 Milliarden Dollar eingesammelt.", "de"),
        ("CoreWeave recaudó a principios de este año 2.000 millones de dólares.", "es"),
        ("CoreWeave raised $2 billion in early 2025 from a group of funds.", "en"),
    ],
)
def test_early_in_the_year_is_not_its_end(check, text, lang):
    check(
        text,
        lang,
        [{"type": ROUND, "subject": "CoreWeave", "amount": 2e9, "status": "closed"}],
        published=PUB_2025_10_15,
    )


def test_early_and_mid_year_resolve_to_their_month():
    early = TimeRef(0, 5, "year", 2026, part_month=1)
    mid = TimeRef(0, 5, "year", 2026, part_month=6)
    late = TimeRef(0, 5, "year", 2026, end_of=True)
    assert resolve(early, PUB_2025_10_15, planned=True) == "2026-01"
    assert resolve(mid, PUB_2025_10_15, planned=True) == "2026-06"
    assert resolve(late, PUB_2025_10_15, planned=True) == "2026-12"


@pytest.mark.parametrize(
    ("text", "lang", "as_of"),
    [
        # a total word right before a time span means "only": the round is one round,
        # dated by the months counted back
        ("Всего два месяца назад CoreWeave привлекла 500 миллионов долларов.", "ru", "2025-08"),
        ("Vor drei Monaten hat CoreWeave 500 Millionen Dollar eingesammelt.", "de", "2025-07"),
    ],
)
def test_only_months_ago_is_no_total(check, text, lang, as_of):
    check(
        text,
        lang,
        [
            {
                "type": ROUND,
                "subject": "CoreWeave",
                "amount": 5e8,
                "status": "closed",
                "as_of": as_of,
            }
        ],
        published=PUB_2025_10_15,
    )


@pytest.mark.parametrize(
    ("text", "lang", "as_of"),
    [
        # Indonesian twelve is two words: not "belas" (eleven, twelve, ...) read as thirteen
        ("Dua belas bulan lalu CoreWeave meraih pendanaan US$500 juta.", "id", "2024-10"),
        ("Dua bulan lalu CoreWeave meraih pendanaan US$500 juta.", "id", "2025-08"),
        # one month, in the singular
        ("Vor einem Monat hat CoreWeave 500 Millionen Dollar eingesammelt.", "de", "2025-09"),
        ("Un mese fa CoreWeave ha raccolto 500 milioni di dollari.", "it", "2025-09"),
    ],
)
def test_months_ago_in_words(check, text, lang, as_of):
    check(
        text,
        lang,
        [{"type": ROUND, "subject": "CoreWeave", "amount": 5e8, "as_of": as_of}],
        published=PUB_2025_10_15,
    )


def test_a_total_word_before_no_time_still_sums(check):
    check("Всего CoreWeave привлекла 2 миллиарда долларов за пять раундов.", "ru", [])


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("zh", "估值相较四个月前的1000亿美元翻倍", ["2025-08"]),
        ("zh", "相較兩個月前的估值", ["2025-10"]),
        ("ja", "わずか3ヶ月前に資金を調達した", ["2025-09"]),
        ("ko", "5개월 전 투자를 유치했다", ["2025-07"]),
        ("en", "the valuation it reached six months ago", ["2025-06"]),
        ("es", "la ronda que cerró hace tres meses", ["2025-09"]),
        ("pt", "a rodada concluída há dois meses", ["2025-10"]),
        ("pt", "Há três meses, a startup captou US$ 200 milhões", ["2025-09"]),
        ("de", "die Runde, die vor vier Monaten abgeschlossen wurde", ["2025-08"]),
        ("fr", "la levée bouclée il y a deux mois", ["2025-10"]),
        ("it", "il round chiuso tre mesi fa", ["2025-09"]),
        ("id", "pendanaan yang diumumkan dua belas bulan lalu", ["2024-12"]),
        ("ru", "раунд, закрытый четыре месяца назад", ["2025-08"]),
    ],
)
def test_months_ago_date_a_figure_in_the_past(lang, text, expected):
    """'N months ago' counts back from publication: the figure it dates is a past fact. The
    phrases and count words are each language's ``[time] months_ago`` and ``month_counts``."""
    assert _times(text, lang) == expected


def test_months_ago_is_read_in_its_own_language_only():
    """A language reads its own phrase ("three months ago" in a German article is no German)."""
    assert _times("die Runde von three months ago", "de") == []
    assert _times("the round of three months ago", "en") == ["2025-09"]


def test_a_months_ago_phrase_needs_its_count_slot():
    with pytest.raises(ValueError, match="without"):
        months_ago(["months ago"], {}, cjk=False)


def test_a_valuation_months_ago_beside_a_planned_one_stays_closed(check):
    """'将升至 X，相较四个月前的 Y': X is the deal's price in talks (reported), Y the value
    set four months before."""
    check(
        "若交易顺利完成，Anthropic 估值将升至 3000 亿美元，"
        "相较四个月前的 1500 亿美元翻倍，刷新估值纪录。",
        "zh",
        [
            {
                "type": "valuation",
                "subject": "Anthropic",
                "valuation_usd": 300e9,
                "status": "reported",
            },
            {
                "type": "valuation",
                "subject": "Anthropic",
                "valuation_usd": 150e9,
                "status": "closed",
                "as_of": "2025-08",
            },
        ],
        published=PUB_2025_12_10,
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Laut Insidern verhandelt xAI über 5 Milliarden Dollar. "
            "Damals erreichte xAI eine Bewertung von 30 Milliarden Dollar.",
        ),
        (
            "fr",
            "Selon des sources, xAI négocie une levée de 5 milliards de dollars. "
            "Sa valorisation s'élevait alors à 30 milliards de dollars.",
        ),
    ],
)
def test_a_valuation_back_then_stays_closed_in_a_reported_story(check, lang, text):
    """'Damals', 'alors' (back then) place the valuation in the past: a fact, not the report."""
    claims = check(text, lang, [], exact=False)
    vals = [c for c in claims if c.type == "valuation" and c.valuation_usd == 30e9]
    assert [c.status for c in vals] == ["closed"]


def test_a_round_dated_months_ago_stays_closed_under_a_plan_word(check):
    """'3ヶ月前に…40億ドルを調達して以来の…となる見込み': the round its own clause dates three
    months back was raised; the sentence-final '見込み' is about the new deal."""
    check(
        "xAIは新たな資金調達を協議している。"
        "これは、わずか3ヶ月前に40億ドルを調達して以来の大型資金調達となる見込みだ。",
        "ja",
        [{"type": "funding_round", "subject": "xAI", "amount": 4e9, "status": "closed"}],
        published=PUB_2025_12_10,
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "zh",
            "据知情人士称，新一轮融资将使Anthropic的估值达到1000亿美元，较2025年3月时的"
            "600亿美元估值大幅上升。",
        ),
        (
            "en",
            "People familiar said the round would value Anthropic at $100 billion, "
            "well above the $60 billion valuation it reached in March 2025.",
        ),
    ],
)
def test_a_past_figure_compared_in_a_report_is_a_known_fact(check, lang, text):
    """The report covers the new valuation; the old one, dated in the past in a clause after
    it, is a known fact."""
    check(
        text,
        lang,
        [
            {"type": "valuation", "valuation_usd": 100e9, "status": "reported"},
            {"type": "valuation", "valuation_usd": 60e9, "status": "closed"},
        ],
        exact=False,
        published=PUB_2025_12_10,
    )


@pytest.mark.parametrize(
    ("lang", "text", "planned_mw", "current_mw"),
    [
        (
            "fr",
            "Avec ses 30 mégawatts, le nouveau site doublera la puissance de Mistral AI en "
            "France, actuellement de 25 mégawatts.",
            30.0,
            25.0,
        ),
        (
            "en",
            "With 50 megawatts, the new hall will lift Microsoft's capacity in Texas, currently "
            "80 megawatts.",
            50.0,
            80.0,
        ),
        (
            "de",
            "Mit 40 Megawatt soll der Neubau die Kapazität von Microsoft in Hessen erhöhen, "
            "derzeit 60 Megawatt.",
            40.0,
            60.0,
        ),
        (
            "es",
            "Con 30 megavatios, la nueva sala ampliará la potencia de Microsoft en España, "
            "actualmente de 45 megavatios.",
            30.0,
            45.0,
        ),
        (
            "pt",
            "Com 30 megawatts, o novo prédio vai ampliar a potência da Microsoft no Brasil, "
            "atualmente de 45 megawatts.",
            30.0,
            45.0,
        ),
    ],
)
def test_a_current_figure_runs_now_beside_a_plan(check, lang, text, planned_mw, current_mw):
    """'..., actuellement de 25 MW': the current word in the figure's own clause makes it what
    runs now; the plan of the clause before is the new site's."""
    check(
        text,
        lang,
        [
            {"type": POWER, "quantity": planned_mw, "status": "planned"},
            {"type": POWER, "quantity": current_mw, "status": "operational", "as_of": "2025-10-01"},
        ],
        published=PUB_2025_10_01,
    )


@pytest.mark.parametrize(
    ("lang", "text", "current_mw"),
    [
        (
            "it",
            "Il campus di Microsoft ha una capacità attuale di 300 megawatt (MW) e potrebbe "
            "salire a 1 gigawatt (GW) entro il 2028.",
            300.0,
        ),
        (
            "en",
            "Microsoft's campus has a current draw of 90 megawatts (MW) and could grow to "
            "1 gigawatt (GW) by 2028.",
            90.0,
        ),
    ],
)
def test_a_time_after_a_bracket_dates_the_growth_target_not_the_current_figure(
    check, lang, text, current_mw
):
    """'... fino a 1 GW (GW) entro il 2028': the brackets do not make the time a clause of its
    own; it dates the target, and the current figure is today's."""
    check(
        text,
        lang,
        [
            {"type": POWER, "quantity": current_mw, "status": "operational", "as_of": "2025-10-01"},
            {"type": POWER, "quantity": 1000.0, "status": "planned", "as_of": "2028-12"},
        ],
        published=PUB_2025_10_01,
    )


def test_a_current_plan_stays_a_plan(check):
    """'currently planned': a plan word in the figure's own clause wins over the current word."""
    check(
        "The campus has 100 megawatts currently planned, Microsoft said.",
        "en",
        [{"type": POWER, "quantity": 100.0, "status": "planned"}],
        published=PUB_2025_10_01,
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # an 'earlier' word in the clause before the figure's, bracket pieces skipped
        (
            "zh",
            "有消息称，本轮融资将使Anthropic的估值达到3000亿美元，彼时公司宣布完成上一轮融资"
            "（由谷歌领投），对Anthropic的估值为600亿美元。",
            [("valuation", 300e9, "reported"), ("valuation", 60e9, "closed")],
        ),
        # an 'earlier' word in the figure's own clause ("après sa dernière levée")
        (
            "fr",
            "Anthropic prévoit de doubler ses effectifs d'ici la fin de l'année et affiche une "
            "valorisation de 60 milliards de dollars après sa dernière levée de fonds de "
            "3,5 milliards.",
            [("funding_round", 3.5e9, "closed")],
        ),
        # a participle clause right after the figure dates it in the past
        (
            "ru",
            "Переговоры только начались, но если сделка состоится, она станет вторым по "
            "величине раундом финансирования, уступая лишь $13 млрд, собранным Anthropic в "
            "прошлом месяце.",
            [("funding_round", 13e9, "closed")],
        ),
    ],
)
def test_money_told_as_a_past_fact_beside_a_report_or_a_plan(lang, text, expected):
    """The earlier round or valuation a story compares the new deal with is a past fact:
    closed, not part of the talks, the report or the plan."""
    assert figures_and_statuses(text, lang) == expected


def test_an_earlier_target_stays_a_target(check):
    """'超过了此前设定的150亿美元目标': 'earlier' dates the target, which stays a plan."""
    claims = extract(
        "Anthropic宣布完成F轮融资，融资额超过了此前设定的100亿美元目标，最终达到130亿美元。",
        language="zh",
        published=PUB_2025_10_01,
    )
    assert ("funding_round", 10e9, "planned") in [(c.type, c.amount, c.status) for c in claims]


@pytest.mark.parametrize(
    ("lang", "text", "reference", "planned_n"),
    [
        # the reference of a comparison the particle closes is a known size, not the plan; the
        # new cluster's builder is named first, as a figure before a compared name is no longer
        # given to that name (test_constructions_subjects)
        (
            "ko",
            "Oracle은 새 클러스터를 구축하고 있다. 새 클러스터의 GB200 6만 개는 xAI가 이미 가동 "
            "중인 H100 20만 개보다 빠를 것으로 예상된다.",
            2e5,
            6e4,
        ),
        (
            "ja",
            "Oracleは新しいクラスターを構築している。新クラスターのGB200の6万個は、xAIが稼働させて"
            "いるH100の20万個に比べ速くなる見込みだ。",
            2e5,
            6e4,
        ),
    ],
)
def test_head_final_comparison_particle_after_the_reference(run, lang, text, reference, planned_n):
    claims = {c.quantity: c.status for c in run(text, lang) if c.type == CS}
    assert claims.get(reference) == "operational", claims
    assert claims.get(planned_n) == "planned", claims


def test_ko_a_target_compared_stays_a_target(check):
    # "more even than the first target of $18 billion": the target was a plan
    check(
        "Anthropic이 260억 달러를 유치했다. 이는 애초 목표액 180억 달러보다도 많은 금액이다.",
        "ko",
        [
            {"type": ROUND, "subject": "Anthropic", "amount": 26e9, "status": "closed"},
            {"type": ROUND, "subject": "Anthropic", "amount": 18e9, "status": "planned"},
        ],
    )


def test_ja_past_valuation_with_its_own_predicate_before_a_target_stays(check):
    # "valued at ... last year, it now gathers investors aiming higher": the old valuation
    check(
        "二年前に8000億ウォンの企業価値を認められたAnthropicは、今は一段上の評価を狙って"
        "出資者を探している。",
        "ja",
        [{"type": VAL, "subject": "Anthropic", "valuation": 8e11, "status": "closed"}],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a relative clause with a subject and an investing verb of its own tells an earlier
        # fact: the conditional or the report of the main clause does not cover it
        (
            "fr",
            "D'après la presse, Anthropic cherche de nouveaux fonds. Si l'entreprise, dans "
            "laquelle Amazon a investi 4 milliards de dollars, y arrivait, sa valeur "
            "doublerait.",
        ),
        (
            "pt",
            "A Anthropic estaria negociando um novo aporte. Seria o maior desde setembro de "
            "2023, quando a Amazon investiu 4 bilhões de dólares na Anthropic.",
        ),
        (
            "es",
            "Anthropic estaría negociando una nueva ronda. Sería la más grande desde "
            "septiembre de 2023, cuando Amazon invirtió 4.000 millones de dólares en Anthropic.",
        ),
    ],
)
def test_relative_clause_with_its_own_subject_tells_a_past_round(check, lang, text):
    check(text, lang, [{"type": ROUND, "subject": "Anthropic", "amount": 4e9, "status": "closed"}])


@pytest.mark.parametrize(
    ("lang", "text", "claim"),
    [
        # the relative clause states the price of the reported deal, no investing verb of its own
        (
            "de",
            "Derzeit verhandelt OpenAI Berichten zufolge über einen Aktienverkauf, der das "
            "Unternehmen mit 500 Milliarden Dollar bewerten würde.",
            {"type": VAL, "subject": "OpenAI", "valuation": 5e11, "status": "reported"},
        ),
        # a hope is a plan of the relative clause's own: the talks around it stay reported
        (
            "ru",
            "По данным Bloomberg, OpenAI ведет переговоры о новом раунде, в рамках которого "
            "компания надеется привлечь 40 млрд долларов.",
            {"type": ROUND, "subject": "OpenAI", "amount": 4e10, "status": "reported"},
        ),
    ],
)
def test_relative_clause_of_the_reported_deal_stays_reported(check, lang, text, claim):
    check(text, lang, [claim])


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the current valuation, stated flatly after a reported round, is the standing one the
        # deal is measured against: not part of the report
        (
            "ja",
            "関係者によると、OpenAIは1000億ドルの調達に向けて投資家と協議している。"
            "同社の現在の評価額は5000億ドルだ。",
        ),
        (
            "en",
            "OpenAI is reportedly in talks to raise $100 billion. Its current valuation is "
            "$500 billion.",
        ),
        (
            "fr",
            "OpenAI négocierait une levée de 100 milliards de dollars. Sa valorisation "
            "actuelle est de 500 milliards de dollars.",
        ),
    ],
)
def test_the_current_valuation_is_no_part_of_the_story_report(check, lang, text):
    check(
        text,
        lang,
        [
            {"type": ROUND, "subject": "OpenAI", "amount": 1e11, "status": "reported"},
            {"type": VAL, "subject": "OpenAI", "valuation": 5e11, "status": "closed"},
        ],
    )


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "the end of last year" is past: the end-of-this-year phrase inside it made it a future
        # date, so a plan (then a reported valuation)
        ("pt", "A Mistral foi avaliada em 6 mil milhões de dólares no final do ano passado."),
        ("es", "Mistral fue valorada en 6.000 millones de dólares a finales del año pasado."),
        ("fr", "Mistral était valorisée à 6 milliards de dollars fin de l'année dernière."),
        ("it", "Mistral è stata valutata 6 miliardi di dollari alla fine dell'anno scorso."),
    ],
)
def test_the_end_of_last_year_is_past(check, lang, text):
    # published 2024-06-14 (conftest): the end of last year is 2023-12
    check(
        text,
        lang,
        [
            {
                "type": VAL,
                "subject": "Mistral AI",
                "valuation": 6e9,
                "status": "closed",
                "as_of": "2023-12",
            }
        ],
    )


def test_ru_the_reference_of_a_comparison_clause_is_known(check):
    # "..., что почти втрое больше прежней оценки в $70 млрд": the earlier valuation the
    # expected one is measured against is a known figure, not part of the expectation
    check(
        "Аналитики ждут, что оценка xAI вырастет до $200 млрд, что почти втрое больше "
        "прежней оценки в $70 млрд.",
        "ru",
        [
            {"type": VAL, "subject": "xAI", "valuation": 2e11, "status": "reported"},
            {"type": VAL, "subject": "xAI", "valuation": 7e10, "status": "closed"},
        ],
    )


@pytest.mark.parametrize(
    ("lang", "text", "claim"),
    [
        # a figure in a phrase opened by 'after' is an earlier event's: the report of the main
        # clause, before or after it, does not cover it
        (
            "de",
            "Nach einer Finanzierungsrunde von 400 Millionen Euro erreicht Mistral laut "
            "Informationen des Handelsblatts eine Bewertung von 6 Milliarden Euro.",
            {"type": ROUND, "subject": "Mistral AI", "amount": 4e8, "status": "closed"},
        ),
        (
            "es",
            "Tres meses después de una ronda que valoró a Mistral en 6.000 millones de dólares, "
            "varios fondos ya le hacen ofertas, según fuentes cercanas a la compañía.",
            {"type": VAL, "subject": "Mistral AI", "valuation": 6e9, "status": "closed"},
        ),
    ],
)
def test_a_figure_after_after_is_an_earlier_event(check, lang, text, claim):
    check(text, lang, [claim])


def test_the_valuation_a_change_starts_from_is_known(check):
    # "from $18 billion to $60 billion": the report is of the new valuation, the old one is known
    check(
        "Anthropic's valuation would rise from $18 billion to $60 billion, people familiar with "
        "the matter said.",
        "en",
        [
            {"type": VAL, "subject": "Anthropic", "valuation": 1.8e10, "status": "closed"},
            {"type": VAL, "subject": "Anthropic", "valuation": 6e10, "status": "reported"},
        ],
    )


def test_id_recently_tells_a_past_valuation(check):
    # "baru-baru ini" (recently) dates the valuation before publication: the plan of the
    # sentence's first clause ("akan beroperasi tahun depan") is the site's, not the valuation's
    check(
        "Gedung baru itu akan beroperasi tahun depan, namun sejumlah klien sudah menyewa "
        "tempat, di antaranya CoreWeave, yang baru-baru ini mencapai valuasi sebesar $19 miliar.",
        "id",
        [{"type": VAL, "subject": "CoreWeave", "valuation": 1.9e10, "status": "closed"}],
    )


@pytest.mark.parametrize(
    ("lang", "text", "claim"),
    [
        # the 'after' phrase ends at its comma: the figure of the main clause is the report's
        (
            "en",
            "Following the deal, xAI is valued at $24 billion, sources said.",
            {"type": VAL, "subject": "xAI", "valuation": 2.4e10, "status": "reported"},
        ),
        (
            "fr",
            "Après le tour de table, Mistral AI est valorisée 6 milliards d'euros, selon des "
            "sources proches du dossier.",
            {"type": VAL, "subject": "Mistral AI", "valuation": 6e9, "status": "reported"},
        ),
        # 'after a week' is a time, not an earlier event
        (
            "de",
            "Nach einer Woche meldete xAI eine Bewertung von 24 Milliarden Dollar, berichtet "
            "das Handelsblatt.",
            {"type": VAL, "subject": "xAI", "valuation": 2.4e10, "status": "reported"},
        ),
    ],
)
def test_an_after_phrase_covers_only_its_own_figure(check, lang, text, claim):
    check(text, lang, [claim], exact=False)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "不久前" (not long ago), "近期" (recently): the raise is past, no coming time
        ("阶跃星辰不久前完成了50亿元的B轮融资。", "zh"),
        ("近期阶跃星辰完成了一笔50亿元的B轮融资。", "zh"),
    ],
)
def test_a_while_ago_is_no_coming_time(text, lang):
    assert figures_and_statuses(text, lang) == [(ROUND, 5e9, "closed")]


@pytest.mark.parametrize(
    "text",
    [
        # "몇 달 전" (a few months ago), "지난 몇 개월 동안" (over the past few months)
        "리벨리온은 몇 달 전 3400억원 규모의 시리즈C 투자를 유치했다.",
        "리벨리온은 지난 몇 개월 동안 3400억원을 유치했다.",
    ],
)
def test_ko_months_ago_is_no_coming_time(text):
    assert figures_and_statuses(text, "ko") == [(ROUND, 3.4e11, "closed")]


def test_zh_soon_is_still_a_coming_time():
    assert figures_and_statuses("阶跃星辰近期将完成50亿元的B轮融资。", "zh") == [
        (ROUND, 5e9, "planned")
    ]
