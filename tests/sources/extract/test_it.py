"""Italian sentences: "100mila", "miliardi"/"mld", valuations whose currency is stated once,
"fino a", "oltre", "avrebbe", "smentito", "ulteriori"."""

FR, CS, HOLD = "funding_round", "cluster_size", "chip_holding"


def test_round_with_elided_currency_in_valuation(check):
    check(
        "Mistral AI ha raccolto 600 milioni di euro con una valutazione di 5,8 miliardi.",
        "it",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 600e6,
                "currency": "EUR",
                "valuation": 5.8e9,
                "valuation_currency": "EUR",
                "valuation_usd": None,
            }
        ],
    )


def test_glued_thousands(check):
    check(
        "Colossus conta 100mila GPU H100.",
        "it",
        [{"type": CS, "subject": "Colossus", "chip_model": "H100-SXM", "quantity": 100_000.0}],
    )


def test_up_to_and_future(check):
    check(
        "Oracle offrirà un supercluster fino a 131.072 GPU B200.",
        "it",
        [
            {
                "type": CS,
                "subject": "Oracle",
                "chip_model": "B200",
                "quantity": 131_072.0,
                "qualifier": "at_most",
                "status": "planned",
            }
        ],
    )


def test_conditional_hearsay(check):
    check(
        "xAI avrebbe raccolto 10 miliardi di dollari.",
        "it",
        [{"type": FR, "subject": "xAI", "amount": 10e9, "status": "reported"}],
    )


def test_oltre_and_mld(check):
    check(
        "SSI ha raccolto oltre 1 miliardo di dollari.",
        "it",
        [{"type": FR, "subject": "Safe Superintelligence", "amount": 1e9, "qualifier": "at_least"}],
    )
    check(
        "OpenAI ha chiuso un round da 6,6 mld di dollari.",
        "it",
        [{"type": FR, "subject": "OpenAI", "amount": 6.6e9}],
    )


def test_denial(check):
    check(
        "Musk ha smentito che xAI stia raccogliendo 10 miliardi di dollari.",
        "it",
        [{"type": FR, "subject": "xAI", "amount": 10e9, "status": "denied"}],
    )


def test_increment_is_not_a_size(check):
    check("Meta aggiungerà ulteriori 50.000 GPU al cluster.", "it", [])


def test_a_range_with_an_article_before_its_first_end_only(check):
    # "fra i 3 e 4 miliardi": the article the second end drops; read as 4 billion exact before
    for text in (
        "Secondo Bloomberg, xAI punta a raccogliere fra i 3 e 4 miliardi di dollari.",
        "Secondo Bloomberg, xAI punta a raccogliere tra i 3 e i 4 miliardi di dollari.",
    ):
        check(
            text,
            "it",
            [
                {
                    "type": FR,
                    "subject": "xAI",
                    "amount": 3e9,
                    "amount_high": 4e9,
                    "qualifier": "range",
                }
            ],
        )
