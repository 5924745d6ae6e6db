"""German sentences: dot-grouped thousands, decimal commas, Milliarden/Mrd., "soll ... haben"
hearsay, "soll"/"will" plans, "bis zu", "weitere", "insgesamt", "dementiert"."""

FR, CS, HOLD = "funding_round", "cluster_size", "chip_holding"


def test_round_in_euros_with_valuation(check):
    check(
        "Mistral AI hat 600 Millionen Euro eingesammelt, bei einer Bewertung von 5,8 Milliarden "
        "Euro.",
        "de",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 600e6,
                "currency": "EUR",
                "amount_usd": None,
                "valuation": 5.8e9,
                "valuation_currency": "EUR",
                "valuation_usd": None,
                "status": "closed",
            }
        ],
    )


def test_hearsay_grammar_beats_the_plan_reading(check):
    check(
        "xAI soll 6 Mrd. Dollar eingesammelt haben.",
        "de",
        [{"type": FR, "subject": "xAI", "amount": 6e9, "status": "reported"}],
    )


def test_plan_with_deadline(check):
    check(
        "Meta will bis Ende 2024 rund 350.000 H100-GPUs betreiben.",
        "de",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "chip_model": "H100-SXM",
                "quantity": 350_000.0,
                "qualifier": "approx",
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    )


def test_power_in_spelled_gigawatts(check):
    check(
        "Hyperion soll in den kommenden Jahren auf bis zu fünf Gigawatt wachsen.",
        "de",
        [
            {
                "type": "power_capacity",
                "subject": "Hyperion",
                "owner": "Meta",
                "quantity": 5000.0,
                "qualifier": "at_most",
                "status": "planned",
            }
        ],
    )


def test_range_between(check):
    check(
        "Anthropic sucht zwischen 3 und 5 Milliarden Dollar frisches Kapital.",
        "de",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount": 3e9,
                "amount_high": 5e9,
                "qualifier": "range",
                "status": "planned",
            }
        ],
    )


def test_increment_and_total_are_not_claims(check):
    check("xAI will weitere 100.000 GPUs in Colossus installieren.", "de", [])
    check("OpenAI hat bislang insgesamt 20 Milliarden Dollar eingesammelt.", "de", [])


def test_denial(check):
    check(
        "xAI dementierte den Bericht über eine Finanzierungsrunde von 10 Milliarden Dollar.",
        "de",
        [{"type": FR, "subject": "xAI", "amount": 10e9, "status": "denied"}],
    )


def test_at_least_and_ordinal_date(check):
    check(
        "Am 12. September umfasste Colossus mehr als 200.000 GPUs.",
        "de",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "quantity": 200_000.0,
                "qualifier": "at_least",
                "status": "operational",
                "as_of": "2023-09-12",
            }
        ],
    )


def test_decimal_comma_with_abbreviated_scale(check):
    check(
        "Die Finanzierungsrunde von Anthropic brachte 1,5 Mrd. Euro.",
        "de",
        [{"type": FR, "subject": "Anthropic", "amount": 1.5e9, "currency": "EUR"}],
    )
