"""How figures are read: constructions of number, range, bound, scale word, currency and
conversion seen on real news (issue 11, section 2) whose figure was missed or misread. The
sentences are our own, in the language each construction came from."""

from __future__ import annotations

import pytest

CS, ROUND, VAL, POWER = "cluster_size", "funding_round", "valuation", "power_capacity"


def test_zh_the_evidence_keeps_the_pinyin_readings_the_rules_read_past(check):
    text = "月之暗面完成了5億美元的新一輪融資，規(guī)模創(chuàng)下新高。"
    claims = check(text, "zh", [{"type": ROUND, "subject": "Moonshot AI", "amount": 5e8}])
    assert claims[0].evidence == text


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        # Russian puts "в" between the bound and an estimated figure ("оценивается в 10 ГВт")
        ("Мощность кластера xAI оценивается минимум в 10 ГВт.", "at_least"),
        ("Мощность кластера xAI оценивается как минимум в 10 ГВт.", "at_least"),
        ("Мощность кластера xAI оценивается максимум в 10 ГВт.", "at_most"),
    ],
)
def test_ru_bound_before_the_preposition_of_an_estimate(check, text, qualifier):
    check(text, "ru", [{"type": POWER, "quantity": 10000.0, "qualifier": qualifier}])


@pytest.mark.parametrize(
    "text",
    [
        # Japanese puts the object particle between the counter and the bound verb, as Korean
        # does ("1만장을 넘는")
        "xAIのスーパーコンピューターは、4,600基を超えるGPUを束ねている。",
        "xAIのスーパーコンピューターは、4,600基を上回るGPUを束ねている。",
    ],
)
def test_ja_bound_verb_after_the_counter(check, text):
    check(text, "ja", [{"type": CS, "quantity": 4600.0, "qualifier": "at_least"}])


def test_people_counted_with_a_scale_are_no_money(check):
    """ "約6億人" (600 million people) after a story in yen is a count of people."""
    check(
        "xAIは1000億円を調達した。Grokの利用者は約6億人に達した。",
        "ja",
        [{"type": ROUND, "subject": "xAI", "amount": 100e9, "currency": "JPY"}],
    )


def test_cjk_amount_with_a_space_before_the_big_unit(check):
    """Japanese web text puts a space between the digits and 億: "200 億ドル"."""
    check(
        "xAI は 200 億ドル(約3兆円)の Series E 資金調達の完了を発表しました。",
        "ja",
        [{"type": ROUND, "subject": "xAI", "amount": 20e9, "currency": "USD", "status": "closed"}],
    )


def test_conversions_at_the_rate_of_the_day(check):
    """A conversion "at the time" in brackets, or introduced by its own conversion word
    after a longer clause ("was ... umgerechnet über 500 Millionen Dollar"), restates the
    amount: one round, in the currency stated first."""
    check(
        "구글은 지난 2023년 Anthropic에 3억 달러(당시 약 3900억 원)를 투자했다.",
        "ko",
        [{"type": ROUND, "subject": "Anthropic", "amount": 300e6, "currency": "USD"}],
    )
    check(
        "Mistral AI hat eine Finanzierungsrunde über 385 Millionen Euro abgeschlossen, was zum "
        "Zeitpunkt der Unterzeichnung umgerechnet rund 415 Millionen Dollar waren.",
        "de",
        [{"type": ROUND, "subject": "Mistral AI", "amount": 385e6, "currency": "EUR"}],
    )


@pytest.mark.parametrize(
    ("text", "lang", "currency"),
    [
        # "mil millones" with no digit is one billion, not a vague "millions"
        ("CoreWeave recaudó mil millones de dólares en su ronda.", "es", "USD"),
        ("A CoreWeave angariou mil milhões de euros na sua ronda.", "pt", "EUR"),
    ],
)
def test_mil_millones_alone_is_one_billion(check, text, lang, currency):
    check(
        text, lang, [{"type": ROUND, "subject": "CoreWeave", "amount": 1e9, "currency": currency}]
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a conversion word opening the sentence restates the amount of the sentence before
        (
            "OpenAI wurde mit 100 Milliarden Dollar bewertet. Umgerechnet wird eine "
            "Gesamtbewertung von 90 Milliarden Euro angepeilt.",
            "de",
        ),
        (
            "OpenAI está valorada en 100.000 millones de dólares. Es decir, una valoración de "
            "90.000 millones de euros.",
            "es",
        ),
    ],
)
def test_a_conversion_opening_the_sentence_restates(check, text, lang):
    check(text, lang, [{"type": VAL, "subject": "OpenAI", "valuation_usd": 100e9}])


def test_a_bare_yuan_in_a_traditional_script_renminbi_story(check):
    # a mainland story in traditional script: once it names the renminbi, a bare 元 is a yuan
    check(
        "月之暗面這輪融資折合人民幣約35億元。據悉，月之暗面此前曾完成20億元融資。",
        "zh",
        [{"type": ROUND, "subject": "Moonshot AI", "amount": 2e9, "currency": "CNY"}],
        exact=False,
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # Romance languages put a plural article before each end of a range: the range is
        # the fact (its low end), not its high end read alone as an exact figure
        (
            "Gli analisti danno ad Anthropic una valutazione compresa fra i 3 e i 5 miliardi "
            "di euro.",
            "it",
        ),
        ("Anthropic vale tra i 3 e i 5 miliardi di euro, per alcuni analisti.", "it"),
        ("Anthropic tiene una valoración de entre los 3.000 y los 5.000 millones de euros.", "es"),
        ("A Anthropic tem uma avaliação entre os 3 e os 5 bilhões de euros.", "pt"),
        ("Anthropic est valorisée entre les 3 et les 5 milliards d'euros.", "fr"),
    ],
)
def test_a_range_with_articles_is_one_range(check, text, lang):
    check(
        text,
        lang,
        [{"type": VAL, "subject": "Anthropic", "valuation": 3e9, "qualifier": "range"}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a past change verb before "de X à Y" makes the pair a change, not a range: the
        # value reached is the valuation
        ("La valorisation d'Anthropic est passée de 8 à 19 milliards de dollars.", "fr"),
        ("La valoración de Anthropic pasó de 8.000 a 19.000 millones de dólares.", "es"),
        ("La valutazione di Anthropic è passata da 8 a 19 miliardi di dollari.", "it"),
    ],
)
def test_a_past_change_is_not_a_range(check, text, lang):
    check(
        text,
        lang,
        [{"type": VAL, "subject": "Anthropic", "valuation": 19e9, "qualifier": "exact"}],
    )


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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a definite article after both range words ("fra i 5 e i 7 miliardi")
        ("it", "Mistral ha una valutazione compresa fra i 6 e i 9 miliardi di euro."),
        ("it", "Mistral vale tra i 6 e i 9 miliardi di euro."),
        ("es", "Mistral tiene una valoración de entre los 6.000 y los 9.000 millones de euros."),
        ("pt", "A Mistral tem uma avaliação entre os 6 e os 9 mil milhões de euros."),
    ],
)
def test_romance_range_with_articles(check, lang, text):
    check(
        text,
        lang,
        [
            {
                "type": VAL,
                "subject": "Mistral AI",
                "valuation": 6e9,
                "qualifier": "range",
            }
        ],
    )


@pytest.mark.parametrize(
    ("text", "lang", "amount", "currency"),
    [
        # tech press in every language glues the scale letter to the number beside a sign
        ("OpenAI ha raccolto 58M$ per la sicurezza dei suoi agenti.", "it", 58e6, "USD"),
        ("OpenAI ha raccolto $58M per la sicurezza dei suoi agenti.", "it", 58e6, "USD"),
        ("Mistral lève 1,2Md€ auprès de ses investisseurs.", "fr", 1.2e9, "EUR"),
        ("Mistral sammelt 450M€ bei Investoren ein.", "de", 450e6, "EUR"),
    ],
)
def test_a_scale_letter_glued_to_a_number_beside_a_currency_sign(
    check, text, lang, amount, currency
):
    check(text, lang, [{"type": ROUND, "amount": amount, "currency": currency}])


def test_a_glued_scale_letter_without_a_sign_is_no_money(check):
    """ "58m" may be metres: only a currency sign makes the letter a scale."""
    check("Il data center di OpenAI è alto 58m e ha raccolto elogi.", "it", [])


def test_zh_digits_before_thousand_are_a_count(check):
    """ "5千片": five thousand cards (a digit before 千, as "1.2万" before 万); "5千米" is a
    length."""
    check(
        "阿里巴巴的FPGA加速器在2015年部署超过5千片。",
        "zh",
        [{"type": "chip_holding", "quantity": 5000.0, "qualifier": "at_least"}],
    )


def test_zh_a_value_noun_after_the_round_noun_is_the_valuation(check):
    """ "首轮融资估值达…": the first round's valuation, not the round's size."""
    check(
        "月之暗面于2021年独立,当时首轮融资估值达130亿元人民币。",
        "zh",
        [{"type": VAL, "subject": "Moonshot AI", "amount": 13e9, "currency": "CNY"}],
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a conversion word with no amount in another currency before it in the story: the
        # converted figure is the only one the story gives
        (
            "Die chinesische xAI sicherte sich umgerechnet etwa 143 Millionen Euro.",
            "de",
            [{"type": ROUND, "amount": 1.43e8, "currency": "EUR", "qualifier": "approx"}],
        ),
        # with a dollar figure before, an amount with no currency of its own restates it
        (
            "OpenAI sammelte 10 Milliarden Dollar ein. Umgerechnet wird eine Bewertung von 90 "
            "Milliarden angepeilt.",
            "de",
            [{"type": ROUND, "amount": 1e10, "currency": "USD"}],
        ),
    ],
)
def test_a_conversion_word_restates_only_an_amount_the_story_gave(check, text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang", "amount", "currency"),
    [
        # a language's own scale word glued to a number after a currency sign
        ("A xAI captou R$5bi em nova rodada.", "pt", 5e9, "BRL"),
        ("A xAI captou US$58mi em uma rodada série A.", "pt", 5.8e7, "USD"),
        ("xAI recaudó US$500MM en una ronda de financiación.", "es", 5e8, "USD"),
        # a scale letter with the currency sign after a space
        ("xAI a levé 58M € lors d'un tour de table.", "fr", 5.8e7, "EUR"),
        # after a currency written as letters, or before a currency; a glued abbreviation's
        # dot ends no sentence
        ("xAI meraih pendanaan Rp5triliun dari investor.", "id", 5e12, "IDR"),
        ("xAI meraih pendanaan senilai 5miliar dolar AS.", "id", 5e9, "USD"),
        ("xAI hat 5Mio. € eingesammelt.", "de", 5e6, "EUR"),
        ("xAI hat in einer Finanzierungsrunde 5Mrd. Euro eingesammelt.", "de", 5e9, "EUR"),
        # Korean: a spaced myriad, and a small unit with a myriad but no digit
        ("xAI는 2천 억 원 규모의 투자를 유치했다.", "ko", 2e11, "KRW"),
        ("xAI는 천만 달러를 투자받았다.", "ko", 1e7, "USD"),
    ],
)
def test_glued_scale_words_beside_a_currency_sign(check, text, lang, amount, currency):
    check(text, lang, [{"type": "funding_round", "amount": amount, "currency": currency}])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a scale word glued to a number with no currency beside it: no amount
        ("xAI baut einen Chip mit 5Mio. Transistoren je Quadratmillimeter.", "de"),
        ("xAI memakai chip 5miliar transistor.", "id"),
    ],
)
def test_a_glued_scale_word_without_a_currency_is_no_amount(check, text, lang):
    check(text, lang, [])
