"""Portuguese sentences: "US$ 13 bilhões", R$, "mil" as thousand, "após o investimento"
(post-money), "cerca de", "teria", "centenas de milhares"."""

FR, CS, HOLD = "funding_round", "cluster_size", "chip_holding"


def test_round_with_post_money_valuation(check):
    check(
        "A Anthropic anunciou uma rodada Série F de US$ 13 bilhões que avalia a empresa em "
        "US$ 183 bilhões após o investimento.",
        "pt",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount": 13e9,
                "valuation_usd": 183e9,
                "valuation_basis": "post",
                "status": "closed",
            }
        ],
    )


def test_reais(check):
    check(
        "A xAI captou R$ 30 bilhões de investidores.",
        "pt",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount": 30e9,
                "currency": "BRL",
                "amount_usd": None,
            }
        ],
    )


def test_vague_plan(check):
    check(
        "A Microsoft vai instalar centenas de milhares de chips GB200 em Fairwater.",
        "pt",
        [
            {
                "type": CS,
                "subject": "Fairwater",
                "chip_model": "GB200",
                "quantity": None,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    )


def test_conversion_in_brackets(check):
    check(
        "A OpenAI levantou US$ 6,6 bilhões (cerca de R$ 36 bilhões).",
        "pt",
        [{"type": FR, "subject": "OpenAI", "amount": 6.6e9, "currency": "USD"}],
    )


def test_conditional_hearsay(check):
    check(
        "Segundo fontes, a xAI teria levantado US$ 6 bilhões.",
        "pt",
        [{"type": FR, "subject": "xAI", "amount": 6e9, "status": "reported"}],
    )


def test_mil_as_thousand_and_deadline(check):
    check(
        "A Meta planeja ter 350 mil GPUs H100 até o fim do ano.",
        "pt",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "chip_model": "H100-SXM",
                "quantity": 350_000.0,
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    )


def test_increment_is_not_a_size(check):
    check("A xAI vai adicionar 100 mil GPUs ao Colossus.", "pt", [])


def test_a_range_with_an_article_before_its_first_end_only(check):
    # "entre os 2 e 3 bilhões": read as 3 billion exact before
    check(
        "Segundo a Bloomberg, a xAI quer captar entre os 2 e 3 bilhões de dólares.",
        "pt",
        [
            {
                "type": "funding_round",
                "subject": "xAI",
                "amount": 2e9,
                "amount_high": 3e9,
                "qualifier": "range",
            }
        ],
    )
