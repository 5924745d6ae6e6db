"""French sentences: space and narrow no-break space groups, milliards/Md€, "dont" parts,
"selon Bloomberg", conditional hearsay ("aurait"), "de 10 à 12", "supplémentaires"."""

FR, CS, HOLD = "funding_round", "cluster_size", "chip_holding"


def test_round_with_valuation(check):
    check(
        "Mistral AI a levé 600 millions d'euros, ce qui la valorise à 5,8 milliards d'euros.",
        "fr",
        [
            {
                "type": FR,
                "subject": "Mistral AI",
                "amount": 600e6,
                "currency": "EUR",
                "valuation": 5.8e9,
                "valuation_currency": "EUR",
                "valuation_usd": None,
                "status": "closed",
            }
        ],
    )


def test_space_groups_total_and_part(check):
    check(
        "Colossus compte désormais 230 000 GPU, dont 30 000 puces GB200.",
        "fr",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "chip_model": None,
                "quantity": 230_000.0,
                "scope": "total",
                "status": "operational",
            },
            {
                "type": CS,
                "subject": "Colossus",
                "chip_model": "GB200",
                "quantity": 30_000.0,
                "scope": "part",
            },
        ],
    )


def test_narrow_no_break_space_and_plan(check):
    check(
        "Meta prévoit de disposer de 350\u202f000 GPU H100 d'ici la fin de l'année.",
        "fr",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "quantity": 350_000.0,
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    )


def test_report_by_an_outlet(check):
    check(
        "Selon Bloomberg, Mistral AI négocie une levée de 2 milliards d'euros.",
        "fr",
        [{"type": FR, "subject": "Mistral AI", "amount": 2e9, "status": "reported"}],
    )


def test_conditional_hearsay(check):
    check(
        "xAI aurait levé 6 milliards de dollars.",
        "fr",
        [{"type": FR, "subject": "xAI", "amount": 6e9, "status": "reported"}],
    )


def test_range_de_a(check):
    check(
        "OpenAI cherche à lever de 10 à 12 milliards de dollars.",
        "fr",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount": 10e9,
                "amount_high": 12e9,
                "qualifier": "range",
                "status": "planned",
            }
        ],
    )


def test_increment_is_not_a_size(check):
    check("xAI ajoutera 100 000 GPU supplémentaires à Colossus.", "fr", [])


def test_power_and_build(check):
    check(
        "Le campus Stargate Abilene atteindra 1,2 GW.",
        "fr",
        [
            {
                "type": "power_capacity",
                "subject": "Stargate Abilene",
                "quantity": 1200.0,
                "status": "planned",
            }
        ],
    )
    check(
        "Colossus a été construit en 122 jours.",
        "fr",
        [{"type": "build_duration", "subject": "Colossus", "quantity": 122.0}],
    )


def test_md_euro_abbreviation(check):
    check(
        "Mistral AI a levé 1,7 Md€.",
        "fr",
        [{"type": FR, "subject": "Mistral AI", "amount": 1.7e9, "currency": "EUR"}],
    )
