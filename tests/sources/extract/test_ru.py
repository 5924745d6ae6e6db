"""Russian sentences: "млрд"/"тыс.", no-break space groups, case endings of scale words and
names, "по данным Bloomberg", "почти", "сотнях тысяч", "за 122 дня", "опроверг"."""

FR, CS, HOLD = "funding_round", "cluster_size", "chip_holding"


def test_round_with_valuation(check):
    check(
        "Компания xAI привлекла 6 млрд долларов при оценке в 24 млрд долларов.",
        "ru",
        [{"type": FR, "subject": "xAI", "amount": 6e9, "valuation_usd": 24e9, "status": "closed"}],
    )


def test_thousands_abbreviated(check):
    check(
        "Суперкомпьютер Colossus объединяет 100 тыс. ускорителей H100.",
        "ru",
        [{"type": CS, "subject": "Colossus", "chip_model": "H100-SXM", "quantity": 100_000.0}],
    )


def test_no_break_space_and_deadline(check):
    check(
        "Meta планирует к концу года иметь 350\u00a0000 ускорителей H100.",
        "ru",
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
        "По данным Bloomberg, Anthropic ведет переговоры о привлечении 5 млрд долларов.",
        "ru",
        [{"type": FR, "subject": "Anthropic", "amount": 5e9, "status": "reported"}],
    )


def test_vague_in_prepositional_case(check):
    check(
        "Amazon строит Rainier на сотнях тысяч чипов Trainium2.",
        "ru",
        [
            {
                "type": CS,
                "subject": "Project Rainier",
                "chip_model": "Trainium2",
                "quantity": None,
                "qualifier": "approx",
                "status": "planned",
            }
        ],
    )


def test_nearly(check):
    check(
        "Кластер xAI насчитывает почти 200 тыс. GPU.",
        "ru",
        [{"type": CS, "subject": "xAI", "quantity": 200_000.0, "qualifier": "at_most"}],
    )


def test_build_days_and_power(check):
    check(
        "Colossus был построен за 122 дня.",
        "ru",
        [{"type": "build_duration", "subject": "Colossus", "quantity": 122.0}],
    )
    check(
        "Мощность Colossus составит 150 МВт.",
        "ru",
        [{"type": "power_capacity", "subject": "Colossus", "quantity": 150.0, "status": "planned"}],
    )


def test_denial_and_name_with_case_ending(check):
    check(
        "Маск опроверг сообщения о том, что xAI привлекает 10 млрд долларов.",
        "ru",
        [{"type": FR, "subject": "xAI", "amount": 10e9, "status": "denied"}],
    )
    check(
        "Кластер Майкрософта насчитывает 50 тыс. GPU.",
        "ru",
        [{"type": CS, "subject": "Microsoft", "quantity": 50_000.0}],
    )
