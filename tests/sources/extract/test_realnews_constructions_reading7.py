"""How figures are read on real news, round 7 (issue 11, section 2): constructions of number,
range and unit whose fact was missed or read with another figure, in sentences of our own."""

import pytest

VAL, ROUND, POWER = "valuation", "funding_round", "power_capacity"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Romance languages put a plural article before each end of a range: the range is
        # the fact (its low end), not its high end read alone as an exact figure
        ("Anthropic ha una valutazione compresa fra i 5 e i 7 miliardi di euro.", "it"),
        ("Anthropic vale tra i 5 e i 7 miliardi di euro, secondo le stime.", "it"),
        ("Anthropic tiene una valoración de entre los 5.000 y los 7.000 millones de euros.", "es"),
        ("A Anthropic tem uma avaliação entre os 5 e os 7 bilhões de euros.", "pt"),
        ("Anthropic est valorisée entre les 5 et les 7 milliards d'euros.", "fr"),
    ],
)
def test_a_range_with_articles_is_one_range(check, text, lang):
    check(
        text,
        lang,
        [{"type": VAL, "subject": "Anthropic", "valuation": 5e9, "qualifier": "range"}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a past change verb before "de X à Y" makes the pair a change, not a range: the
        # value reached is the valuation
        ("La valorisation d'Anthropic est passée de 7 à 14 milliards de dollars.", "fr"),
        ("La valoración de Anthropic pasó de 7.000 a 14.000 millones de dólares.", "es"),
        ("La valutazione di Anthropic è passata da 7 a 14 miliardi di dollari.", "it"),
    ],
)
def test_a_past_change_is_not_a_range(check, text, lang):
    check(
        text,
        lang,
        [{"type": VAL, "subject": "Anthropic", "valuation": 14e9, "qualifier": "exact"}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the value word is nearer the starting amount; the amount it rose to is a valuation
        # too, and the starting one an earlier valuation
        ("Anthropic's valuation jumped from $7 billion to $14 billion in a year.", "en"),
        ("A avaliação da Anthropic subiu de US$ 7 bilhões, para US$ 14 bilhões.", "pt"),
    ],
)
def test_a_valuation_that_rose_keeps_both_values(check, text, lang):
    check(
        text,
        lang,
        [
            {"type": VAL, "subject": "Anthropic", "valuation": 7e9},
            {"type": VAL, "subject": "Anthropic", "valuation": 14e9},
        ],
    )


@pytest.mark.parametrize(
    ("text", "lang", "new", "old"),
    [
        # verb-final languages put the comparison word after the amount compared with: that
        # amount is the earlier valuation, a fact of its own
        (
            "Anthropic의 기업가치는 3800억 달러로, 지난해 기록한 1830억 달러보다 두 배 늘었다.",
            "ko",
            380e9,
            183e9,
        ),
        (
            "アンソロピックの評価額は3800億ドルとなり、昨年の1830億ドルより大きく増えた。",
            "ja",
            380e9,
            183e9,
        ),
        # Chinese: a circumposition after the amount, or a preposition before it
        ("Anthropic估值达到3800亿美元,与去年9月的1830亿美元相比翻了一倍。", "zh", 380e9, 183e9),
        ("Anthropic估值达到3800亿美元,较去年9月的1830亿美元翻了一倍。", "zh", 380e9, 183e9),
        # its own value noun in the next sentence ("평가액"), after the new value
        (
            "Anthropic의 기업가치는 2600억 달러다. "
            "이는 지난해 평가액 1570억 달러 대비 크게 오른 수치다.",
            "ko",
            260e9,
            157e9,
        ),
    ],
)
def test_the_value_compared_with_is_an_earlier_valuation(check, text, lang, new, old):
    check(
        text,
        lang,
        [
            {"type": VAL, "subject": "Anthropic", "valuation": new},
            {"type": VAL, "subject": "Anthropic", "valuation": old, "status": "closed"},
        ],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English prices a company with "at": raised at $X, a round at $X, $Y at $X
        (
            "Sixteen months ago Anthropic raised at $3.3 billion.",
            [{"type": VAL, "subject": "Anthropic", "valuation": 3.3e9}],
        ),
        (
            "Anthropic raised $305 million at $3.3 billion.",
            [{"type": ROUND, "subject": "Anthropic", "amount": 305e6, "valuation": 3.3e9}],
        ),
        (
            "xAI closed a $6 billion round at $24 billion, people familiar said.",
            [{"type": ROUND, "subject": "xAI", "amount": 6e9, "valuation": 24e9}],
        ),
        # "at least" is a bound, not a price; "worth" after a round noun sizes the round
        (
            "Anthropic raised at least $1 billion.",
            [{"type": ROUND, "subject": "Anthropic", "amount": 1e9, "qualifier": "at_least"}],
        ),
        (
            "xAI closed a funding round worth $6 billion.",
            [{"type": ROUND, "subject": "xAI", "amount": 6e9, "valuation": None}],
        ),
    ],
)
def test_a_price_after_at_is_a_valuation(check, text, expected):
    check(text, "en", expected)


@pytest.mark.parametrize(
    ("text", "ctype"),
    [
        # Russian declines a vague number: instrumental and prepositional plurals count too
        ("OpenAI располагает миллионами GPU Nvidia.", "chip_holding"),
        ("Microsoft оснастила суперкомпьютер десятками тысяч ускорителей H100.", "cluster_size"),
    ],
)
def test_a_declined_vague_count_is_read(check, text, ctype):
    claims = check(text, "ru", [{"type": ctype, "quantity": None, "qualifier": "approx"}])
    assert claims[0].subject is not None


BUILD = "build_duration"


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        # years in the head-final languages: a particle of elapsed time or the construction
        # noun marks the length (a bare 년, 年 is a date)
        ("Colossus 2는 xAI가 1년 만에 건설했다.", "ko", 365.0),
        ("Colossus 2는 2년간의 공사 끝에 완공됐다.", "ko", 730.0),
        ("xAIはColossus 2を1年で構築した。", "ja", 365.0),
        ("xAI用1年时间建成Colossus 2。", "zh", 365.0),
        # turning an old plant into the site is building it
        ("Elon Musk a transformé une usine en Colossus en 122 jours.", "fr", 122.0),
        ("xAIは旧工場を122日でColossusに転用した。", "ja", 122.0),
    ],
)
def test_a_build_time_in_years_or_by_conversion(check, text, lang, days):
    check(text, lang, [{"type": BUILD, "quantity": days}])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # money in the duration's clause makes it a spending horizon, not a build time
        ("ソフトバンクは今後4年でAIインフラ整備に5000億ドルを投じる。", "ja"),
        ("ソフトバンクはAIインフラ整備に今後48か月で5000億ドルを投じる。", "ja"),
        ("Colossus 2는 5년간 위탁 운영된다.", "ko"),
        ("xAI는 2025년 Colossus 2를 건설했다.", "ko"),
    ],
)
def test_a_horizon_a_term_or_a_date_is_no_build_time(run, text, lang):
    assert not [c for c in run(text, lang) if c.type == BUILD]
