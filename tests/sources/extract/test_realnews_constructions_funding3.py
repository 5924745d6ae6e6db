"""Funding rounds and valuations, round 3 of the real-news work (issue 11, section 2): the
constructions behind false rounds, wrong raisers and missed amounts on text nobody tuned on,
each in sentences of our own in the language it came from."""

from __future__ import annotations

FR, VAL = "funding_round", "valuation"


def test_shares_given_by_named_sources_after_the_total_are_parts(check):
    """ "raising $30 billion, with $22.5 billion from SoftBank and $7.5 billion from others":
    each amount after the total that names its source is that source's share; amounts that
    each name their source with no total before them are rounds each."""
    check(
        "xAI sedang menghimpun US$12 miliar, dengan US$8 miliar dari SoftBank dan US$4 miliar "
        "dari investor lainnya.",
        "id",
        [{"type": FR, "subject": "xAI", "amount": 12e9, "currency": "USD"}],
    )
    check(
        "Mistral AI is raising $900 million, with $600 million from Coatue and $300 million "
        "from other investors.",
        "en",
        [{"type": FR, "subject": "Mistral AI", "amount": 9e8, "currency": "USD"}],
    )
    check(
        "Anthropic has raised $3 billion from Amazon and $1 billion from Google.",
        "en",
        [
            {"type": FR, "subject": "Anthropic", "amount": 3e9, "currency": "USD"},
            {"type": FR, "subject": "Anthropic", "amount": 1e9, "currency": "USD"},
        ],
    )


def test_the_remainder_of_a_round_is_no_round(check):
    """ "mengumpulkan sisa US$30 miliar": the rest of a round announced before is a part."""
    check(
        "OpenAI kini mengumpulkan sisa US$20 miliar dari putaran tersebut.",
        "id",
        [],
    )


def test_investments_listed_investor_by_investor_are_shares(check):
    """ "Nvidia will put up to $20 billion into OpenAI, Amazon $10 billion": amounts into
    one company given one by one to different investors are their shares of a round."""
    check(
        "xAI ведет переговоры с инвесторами. По данным газеты, Nvidia вложит в xAI до "
        "6 миллиардов долларов, Microsoft — 3 миллиарда долларов.",
        "ru",
        [],
    )


def test_a_total_word_heading_one_round_sums_that_round(check):
    """ "Всего в рамках нового раунда ... привлечь 100 млрд": a total word before a singular
    round noun sums that one round; before plural rounds it is a cumulative total."""
    check(
        "Всего в рамках нового раунда, по данным газеты, xAI рассчитывает привлечь около "
        "12 миллиардов долларов.",
        "ru",
        [{"type": FR, "subject": "xAI", "amount": 12e9, "currency": "USD", "status": "reported"}],
    )
    check("In total, across four rounds, Mistral AI has raised $2 billion.", "en", [])


def test_a_question_or_a_condition_asserts_no_amount(check):
    """ "Can a $2 billion round be a seed?" asks; "If X raises $1 billion, ..." supposes: no
    round. A past fact in the main clause of a conditional sentence still stands."""
    check("Bisakah putaran pendanaan sebesar US$3 miliar disebut seed?", "id", [])
    check("Could a $3 billion round for Mistral AI still count as a seed?", "en", [])
    check(
        "Jika xAI berhasil mengumpulkan lebih dari US$5 miliar, itu akan menjadi rekor baru.",
        "id",
        [],
    )
    check(
        "Si ce tour de table se concrétise, il dépasserait la levée de 6,6 milliards de "
        "dollars d'OpenAI en octobre.",
        "fr",
        [{"type": FR, "subject": "OpenAI", "amount": 6.6e9, "currency": "USD"}],
    )


def test_head_final_noun_after_an_amount_is_that_amounts_role(check):
    """ "약 2조원 수준 기업가치로 3000억원 규모의 투자": in Korean the noun after an amount is
    its head, so the valuation word belongs to the amount before it, not to the nearer one
    after it."""
    check(
        "xAI는 작년 약 2조원 수준 기업가치로 3000억원 규모의 투자를 유치했다.",
        "ko",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount": 3e11,
                "currency": "KRW",
                "valuation": 2e12,
                "valuation_currency": "KRW",
            }
        ],
    )


def test_a_value_word_right_after_a_round_noun_sizes_the_round(check):
    """ "a funding round worth $30 billion", "putaran pendanaan senilai US$5 miliar": the value
    word between a round noun and the amount gives the round's size, not a valuation."""
    check(
        "Mistral AI is closing a funding round worth about $2 billion at a valuation of $14 "
        "billion.",
        "en",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 2e9,
                "currency": "USD",
                "valuation": 14e9,
            }
        ],
    )
    check(
        "xAI menutup putaran pendanaan senilai US$6 miliar.",
        "id",
        [{"type": FR, "subject": "xAI", "amount": 6e9, "currency": "USD"}],
    )


def test_money_an_investor_puts_into_a_round_is_its_share(check):
    """ "A SpaceX injetou US$ 2 bilhões na rodada", "이번 투자 라운드에서 NVIDIA가 20억
    달러를 투자": money an investor puts into a round named as where it goes is that
    investor's share of the round, not a round."""
    check(
        "A xAI fechou uma nova rodada. A Tesla já injetou US$ 3 bilhões na rodada anterior.",
        "pt",
        [],
    )
    check(
        "xAI가 투자를 유치했다. 이번 투자 라운드에서 NVIDIA가 최대 15억 달러를 투자할 계획이다.",
        "ko",
        [],
    )
    check(
        "SoftBank will invest $20 billion in the round, people familiar said.",
        "en",
        [],
    )


def test_a_valuation_including_the_new_money_is_a_valuation(check):
    """ "avaliação de US$ 259 milhões, incluindo os fundos levantados": a part word after a
    valuation states its basis; the valuation is not a part of anything."""
    check(
        "Com a captação, a Mistral AI atinge uma avaliação de US$ 240 milhões, incluindo os "
        "fundos levantados.",
        "pt",
        [{"type": VAL, "subject": "Mistral AI", "valuation": 240e6, "currency": "USD"}],
    )


def test_an_investment_in_another_clause_than_a_round_is_a_round(check):
    """ "A 在9月完成130亿美元融资, 但11月有消息称微软将向A投资150亿美元": an investment is an
    investor's part only next to a round in its own clause; after a clause break it is a
    second event. A share sale's amount ("66亿美元的股份出售") is no valuation."""
    check(
        "Anthropic在9月完成80亿美元融资,但11月有消息称微软将向Anthropic投资50亿美元。",
        "zh",
        [
            {"type": FR, "subject": "Anthropic", "amount": 8e9, "currency": "USD"},
            {"type": FR, "subject": "Anthropic", "amount": 5e9, "currency": "USD"},
        ],
    )
    check(
        "OpenAI在10月完成了30亿美元的股份出售后,估值达到4000亿美元。",
        "zh",
        [{"type": VAL, "subject": "OpenAI", "valuation": 400e9, "currency": "USD"}],
    )


def test_an_amount_after_a_word_for_the_amount_before_is_no_new_round(check):
    """ "lever 5 Md$ voire plus puisque ce montant pourrait grimper jusqu'à 8 Md$", "raised
    that figure by $5 billion": a word for the amount named before makes the amount after it
    a bound or a change of that one, not a round of its own."""
    check(
        "Mistral AI pourrait lever 2 milliards d'euros, et ce montant pourrait même monter "
        "jusqu'à 3 milliards d'euros.",
        "fr",
        [{"type": FR, "subject": "Mistral AI", "amount": 2e9, "currency": "EUR"}],
    )
    check(
        "xAI was seeking to raise $6 billion. In recent weeks, xAI raised that figure by $2 "
        "billion.",
        "en",
        [{"type": FR, "subject": "xAI", "amount": 6e9, "currency": "USD"}],
    )


def test_valuations_said_without_the_word_valuation(check):
    """ "prices the company at", "is now worth", "eleva su valor hasta", "put another $2
    billion into": a company's value and a strategic investment in the words news uses."""
    check(
        "The deal prices the company at $14 billion, Mistral AI said.",
        "en",
        [{"type": VAL, "subject": "Mistral AI", "valuation": 14e9}],
    )
    check(
        "Mistral AI is now worth €11.7 billion.",
        "en",
        [{"type": VAL, "subject": "Mistral AI", "valuation": 11.7e9, "currency": "EUR"}],
    )
    check(
        "Mistral AI ha cerrado una ronda de 1.500 millones de euros, lo que eleva su valor "
        "hasta los 10.000 millones.",
        "es",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 1.5e9,
                "currency": "EUR",
                "valuation": 10e9,
                "valuation_currency": "EUR",
            }
        ],
    )
    check(
        "NVIDIA put another $2 billion into xAI.",
        "en",
        [{"type": FR, "subject": "xAI", "amount": 2e9, "currency": "USD"}],
    )
