"""Spanish sentences: "40.000 millones", "mil millones", amounts whose currency is stated
once, "más de", "según fuentes", "entre ... y ...", "otras", prices per unit."""

FR, CS, HOLD = "funding_round", "cluster_size", "chip_holding"


def test_round_in_millions_of_millions_with_elided_currency(check):
    check(
        "OpenAI recaudó 40.000 millones de dólares con una valoración de 300.000 millones.",
        "es",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount": 40e9,
                "currency": "USD",
                "valuation_usd": 300e9,
                "status": "closed",
            }
        ],
    )


def test_mil_millones(check):
    check(
        "xAI cerró una ronda de 6 mil millones de dólares.",
        "es",
        [{"type": FR, "subject": "xAI", "amount": 6e9}],
    )


def test_unnamed_cluster_with_at_least(check):
    check(
        "El clúster de Meta tiene más de 100.000 GPU H100.",
        "es",
        [
            {
                "type": CS,
                "subject": "Meta",
                "chip_model": "H100-SXM",
                "quantity": 100_000.0,
                "qualifier": "at_least",
                "status": "operational",
            }
        ],
    )


def test_growth_target_is_exact(check):
    check(
        "Crusoe planea ampliar Stargate Abilene hasta 1,2 gigavatios.",
        "es",
        [
            {
                "type": "power_capacity",
                "subject": "Stargate Abilene",
                "quantity": 1200.0,
                "qualifier": "exact",
                "status": "planned",
            }
        ],
    )


def test_reported_by_sources(check):
    check(
        "Según fuentes cercanas, Anthropic negocia una ronda de 5.000 millones de dólares.",
        "es",
        [{"type": FR, "subject": "Anthropic", "amount": 5e9, "status": "reported"}],
    )


def test_increment_and_price_are_not_claims(check):
    check("Tesla añadirá otras 20.000 unidades de H100 a Cortex.", "es", [])
    check("Cada chip H100 de Nvidia cuesta unos 30.000 dólares.", "es", [])


def test_build_days(check):
    check(
        "Tesla construyó Cortex en 200 días.",
        "es",
        [{"type": "build_duration", "subject": "Cortex", "quantity": 200.0}],
    )


def test_range_entre_y(check):
    check(
        "xAI busca recaudar entre 10.000 y 12.000 millones de dólares.",
        "es",
        [{"type": FR, "subject": "xAI", "amount": 10e9, "amount_high": 12e9, "qualifier": "range"}],
    )
