"""Japanese sentences: 万/億/兆 numbers, ドル/円, counters (基, 個) after the number, bounds after
the number (以上, 約), 関係者によると, 数十万個, 日間/日で."""

FR, CS, HOLD = "funding_round", "cluster_size", "chip_holding"


def test_round_with_yen_conversion_and_valuation(check):
    check(
        "xAIは60億ドル（約9400億円）を調達し、評価額は240億ドルとなった。",
        "ja",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount": 6e9,
                "currency": "USD",
                "valuation_usd": 24e9,
                "status": "closed",
            }
        ],
    )


def test_count_after_the_chip_name(check):
    check(
        "コロッサスはエヌビディアのH100を10万基搭載する。",
        "ja",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "chip_model": "H100-SXM",
                "quantity": 100_000.0,
                "status": "operational",
            }
        ],
    )


def test_vague_and_plan(check):
    check(
        "Rainierには数十万個のTrainium2が使われる予定だ。",
        "ja",
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


def test_reported_by_people_involved(check):
    check(
        "関係者によると、オープンAIは最大400億ドルの調達を協議している。",
        "ja",
        [
            {
                "type": FR,
                "subject": "OpenAI",
                "amount": 40e9,
                "qualifier": "at_most",
                "status": "reported",
            }
        ],
    )


def test_bound_after_the_counter(check):
    check(
        "Metaは年末までにH100を35万個以上確保する計画だ。",
        "ja",
        [
            {
                "type": HOLD,
                "subject": "Meta",
                "chip_model": "H100-SXM",
                "quantity": 350_000.0,
                "qualifier": "at_least",
                "status": "planned",
                "as_of": "2024-12",
            }
        ],
    )


def test_build_days_not_dates(check):
    check(
        "コロッサスは122日で完成した。",
        "ja",
        [{"type": "build_duration", "subject": "Colossus", "quantity": 122.0}],
    )
    check("コロッサスは9月2日に稼働を始めた。", "ja", [])


def test_increment_is_not_a_size(check):
    check("xAIはコロッサスに追加で5万基のGPUを導入する。", "ja", [])


def test_trillion_yen(check):
    check(
        "アンソロピックは1.5兆円を調達した。",
        "ja",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount": 1.5e12,
                "currency": "JPY",
                "amount_usd": None,
            }
        ],
    )


def test_myriads_with_remainder(check):
    check(
        "マイクロソフトのクラスターはGPUを12万8000基備える。",
        "ja",
        [{"type": CS, "subject": "Microsoft", "quantity": 128_000.0}],
    )


def test_yen_glosses_stay_with_their_amounts(check):
    # the amount restated in brackets neither cuts the clause (the talks cover the round) nor
    # parts the first amount from the value noun after it
    check(
        "Crusoeは80億ドル(約1.2兆円)の評価額で7億ドル(約1000億円)の調達交渉を進めている。",
        "ja",
        [
            {
                "type": FR,
                "subject": "Crusoe",
                "amount": 7e8,
                "valuation_usd": 8e9,
                "status": "reported",
            }
        ],
    )


def test_a_clause_that_modifies_the_name_after_it(check):
    # "…を調達したCrusoe": the clause before the name describes it, whatever particle follows
    # the name, over a name listed earlier in the sentence
    check(
        "上場済みのCoreWeaveと、80億ドルの評価額で7億ドルを調達したCrusoeを比べると、規模の差は大きい。",
        "ja",
        [
            {
                "type": FR,
                "subject": "Crusoe",
                "amount": 7e8,
                "valuation_usd": 8e9,
                "status": "closed",
            }
        ],
    )
