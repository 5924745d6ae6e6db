"""English sentences, one per phenomenon (our own sentences, real-looking figures)."""

FR, CS, HOLD = "funding_round", "cluster_size", "chip_holding"


def test_round_with_post_money_valuation(check):
    check(
        "Anthropic raised $3.5 billion in a Series E round at a $61.5 billion post-money "
        "valuation.",
        "en",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "owner": None,
                "amount": 3.5e9,
                "currency": "USD",
                "amount_usd": 3.5e9,
                "valuation_usd": 61.5e9,
                "valuation_basis": "post",
                "status": "closed",
                "qualifier": "exact",
                "scope": None,
            }
        ],
    )


def test_talks_reported_by_people_familiar(check):
    check(
        "OpenAI is in talks to raise up to $40 billion, people familiar with the matter said.",
        "en",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount": 40e9,
                "qualifier": "at_most",
                "status": "reported",
                "as_of": "2024-06-14",
            }
        ],
    )


def test_plan_for_a_fleet_with_end_of_year(check):
    check(
        "Meta plans to end the year with about 350,000 H100 GPUs.",
        "en",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "owner": "Meta",
                "chip_model": "H100-SXM",
                "quantity": 350_000.0,
                "qualifier": "approx",
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    )


def test_denial_in_the_next_sentence(check):
    check(
        "CNBC reported that xAI was raising $10 billion at a $200 billion valuation. "
        "Musk denied the report on Friday.",
        "en",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount": 10e9,
                "valuation_usd": 200e9,
                "status": "denied",
            }
        ],
    )


def test_founding_story(check):
    text = (
        "xAI's Colossus supercomputer in Memphis, built in 122 days, runs 100,000 Nvidia H100 "
        "GPUs and will double to 200,000 in the coming months. xAI raised US$6 billion in May "
        "at a US$24 billion valuation."
    )
    check(
        text,
        "en",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "owner": "xAI",
                "chip_model": "H100-SXM",
                "quantity": 100_000.0,
                "status": "operational",
                "as_of": "2024-06-14",
            },
            {
                "type": CS,
                "subject": "Colossus",
                "quantity": 200_000.0,
                "status": "planned",
                "as_of": None,
            },
            {
                "type": "build_duration",
                "subject": "Colossus",
                "quantity": 122.0,
                "status": "operational",
            },
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 6e9,
                "valuation_usd": 24e9,
                "valuation_basis": "unspecified",
                "status": "closed",
                "as_of": "2024-05",
            },
        ],
    )


def test_increment_is_not_a_size(check):
    check("xAI will add another 100,000 GPUs to Colossus next year.", "en", [])


def test_cumulative_total_is_not_a_round(check):
    check("xAI has raised $12 billion so far this year.", "en", [])
    check("The new money brings the total Anthropic has raised to $8 billion.", "en", [])


def test_prices_spending_market_value_revenue_and_debt_are_not_rounds(check):
    check("Nvidia's H100 sells for about $30,000 each, analysts at Oracle estimate.", "en", [])
    check("Microsoft expects to spend $80 billion on data center construction this year.", "en", [])
    check("Nvidia's market capitalization rose to $3 trillion on Tuesday.", "en", [])
    check("OpenAI's annualized revenue reached $3.4 billion.", "en", [])
    check("CoreWeave signed a $7.5 billion debt facility led by Blackstone.", "en", [])


def test_vague_amount_has_no_number(check):
    check(
        "Amazon is building Project Rainier with hundreds of thousands of Trainium2 chips.",
        "en",
        [
            {
                "type": CS,
                "subject": "Project Rainier",
                "owner": "Amazon",
                "chip_model": "Trainium2",
                "quantity": None,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    )


def test_range_of_a_round(check):
    check(
        "xAI is seeking between $3 billion and $5 billion in new equity.",
        "en",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount": 3e9,
                "amount_high": 5e9,
                "qualifier": "range",
                "status": "planned",
            }
        ],
    )


def test_power_in_gigawatts(check):
    check(
        "Stargate Abilene will draw 1.2 gigawatts when it is fully built out.",
        "en",
        [
            {
                "type": "power_capacity",
                "subject": "Stargate Abilene",
                "owner": "Oracle",
                "quantity": 1200.0,
                "status": "planned",
            }
        ],
    )


def test_total_and_part(check):
    check(
        "Colossus now has 200,000 GPUs, including 50,000 H200 chips.",
        "en",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "chip_model": None,
                "quantity": 200_000.0,
                "scope": "total",
            },
            {
                "type": CS,
                "subject": "Colossus",
                "chip_model": "H200",
                "quantity": 50_000.0,
                "scope": "part",
            },
        ],
    )


def test_conversion_in_brackets_is_the_same_amount(check):
    check(
        "Mistral AI raised €600 million ($640 million) in June.",
        "en",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 600e6,
                "currency": "EUR",
                "amount_usd": 640e6,
                "as_of": "2024-06",
            }
        ],
    )


def test_non_usd_amount_stays_in_its_currency(check):
    check(
        "Mistral AI raised €600 million in June.",
        "en",
        [{"type": FR, "amount": 600e6, "currency": "EUR", "amount_usd": None}],
    )


def test_cpu_cores_and_compute_equivalents_are_not_chips(check):
    check("The Frontier-class machine at Oracle has 1.5 million CPU cores.", "en", [])
    check("Meta's fleet will be equivalent to nearly 600,000 H100s by December.", "en", [])


def test_build_time_in_weeks(check):
    check(
        "Tesla assembled Cortex in 19 weeks.",
        "en",
        [{"type": "build_duration", "subject": "Cortex", "quantity": 133.0}],
    )


def test_purchases_are_flows_not_holdings(check):
    check("Meta and Microsoft each bought about 150,000 H100s in 2023.", "en", [])


def test_chip_name_in_lower_case_plural_and_hyphen(check):
    check(
        "CoreWeave operates 45,000 H-100s for its customers.",
        "en",
        [{"type": HOLD, "subject": "CoreWeave", "chip_model": "H100-SXM", "quantity": 45_000.0}],
    )


def test_number_words_and_suffixes(check):
    check(
        "Musk said Colossus will reach a million GPUs.",
        "en",
        [{"type": CS, "subject": "Colossus", "quantity": 1e6, "status": "planned"}],
    )
    check(
        "CoreWeave runs 250K GPUs.",
        "en",
        [{"type": HOLD, "subject": "CoreWeave", "quantity": 250_000.0}],
    )


def test_a_cue_word_glued_before_a_model_number_is_part_of_the_name(check):
    # "GB" (gigabytes, a count of something else) is not read inside "GB200"
    check(
        "Stargate Abilene will house up to 400,000 GB200 chips by mid-2026.",
        "en",
        [
            {
                "type": CS,
                "subject": "Stargate Abilene",
                "chip_model": "GB200",
                "quantity": 400_000.0,
                "qualifier": "at_most",
                "status": "planned",
            }
        ],
    )
    check("Each server has 80GB of memory and 8 H100 GPUs.", "en", [])
