"""Chinese sentences (simplified and traditional): 万/萬 and 亿/億 numbers, 美元/元 currencies,
约合 conversions, 据报道, 数十万, 以上/左右 after the number, 累计 totals."""

FR, CS, HOLD = "funding_round", "cluster_size", "chip_holding"


def test_round_with_post_money_valuation(check):
    check(
        "马斯克的xAI完成60亿美元B轮融资，投后估值240亿美元。",
        "zh",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount": 6e9,
                "currency": "USD",
                "valuation_usd": 24e9,
                "valuation_basis": "post",
                "status": "closed",
            }
        ],
    )


def test_unnamed_cluster_refers_to_the_named_one(check):
    check(
        "巨像超级计算机位于孟菲斯。该集群搭载10万块英伟达H100芯片。",
        "zh",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "owner": "xAI",
                "chip_model": "H100-SXM",
                "quantity": 100_000.0,
                "status": "operational",
            }
        ],
    )


def test_traditional_script_plan(check):
    check(
        "臉書目標在今年年底前擁有約35萬塊輝達H100圖像處理器。",
        "zh",
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


def test_vague_tens_of_myriads(check):
    check(
        "亚马逊正在建设的Rainier集群将使用数十万颗Trainium2芯片。",
        "zh",
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


def test_reported_range(check):
    check(
        "据报道，Anthropic正洽谈融资30亿至50亿美元。",
        "zh",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount": 3e9,
                "amount_high": 5e9,
                "qualifier": "range",
                "status": "reported",
            }
        ],
    )


def test_conversion_is_not_a_second_round(check):
    check(
        "月之暗面完成10亿美元融资（约合72亿元人民币），由阿里巴巴领投。",
        "zh",
        [{"type": FR, "subject": "Moonshot AI", "amount": 1e9, "currency": "USD"}],
    )


def test_cumulative_total_and_increment_are_not_claims(check):
    check("OpenAI累计融资超过200亿美元。", "zh", [])
    check("xAI计划为巨像再增加10万块GPU。", "zh", [])


def test_build_days_and_megawatts(check):
    check(
        "巨像超级计算机从动工到上线仅用了122天。",
        "zh",
        [{"type": "build_duration", "subject": "Colossus", "quantity": 122.0}],
    )
    check(
        "巨像数据中心的供电能力为150兆瓦。",
        "zh",
        [{"type": "power_capacity", "subject": "Colossus", "quantity": 150.0}],
    )


def test_bound_after_the_number(check):
    check(
        "微软的集群拥有10万块H100以上。",
        "zh",
        [{"type": CS, "subject": "Microsoft", "quantity": 100_000.0, "qualifier": "at_least"}],
    )


def test_full_width_digits(check):
    check(
        "ＤｅｅｐＳｅｅｋ使用了２０４８块Ｈ８００芯片组成的集群。",
        "zh",
        [{"type": CS, "subject": "DeepSeek", "chip_model": "H800", "quantity": 2048.0}],
    )
