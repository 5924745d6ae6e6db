"""Which entity each figure belongs to, round 7 of the real-news work (issue 11, section 2):
roundups listing several companies' rounds, comparisons, a site and its owner; each
construction in sentences of our own in the language it came from."""

from __future__ import annotations

from sources.extract import extract
from sources.extract.gazetteer import default_gazetteer
from tests.sources.extract.conftest import PUBLISHED, assert_claims

VAL, FR = "valuation", "funding_round"


def test_a_site_introduced_then_named_in_the_next_sentence_is_that_cluster_en(check):
    """ "Microsoft switched on an AI cluster of 36,000 GB200 GPUs. ... the Fairwater cluster
    ...": the indefinite site the first sentence introduces is the owner's cluster the next one
    names, with the owner as owner, not the owner alone."""
    check(
        "Microsoft switched on an AI cluster of 36,000 GB200 GPUs in the spring. The "
        "company said the Fairwater cluster trains its next models in Wisconsin.",
        "en",
        [{"type": "cluster_size", "subject": "Fairwater", "owner": "Microsoft", "quantity": 36000}],
    )


def test_an_indefinite_site_named_by_no_later_sentence_stays_its_owner_en(check):
    """The guard: with no cluster of the owner named in the next sentence, the indefinite site
    is a new one, its owner's."""
    check(
        "Microsoft switched on an AI cluster of 36,000 GB200 GPUs in the spring. The "
        "company did not say where it stands.",
        "en",
        [{"type": "cluster_size", "subject": "Microsoft", "quantity": 36000}],
    )


def test_the_russian_name_of_abilene_in_any_case_names_the_stargate_site_ru():
    """ "проект на 300 МВт в Абилине": the town's Russian name, with a case ending, is the
    Stargate Abilene site (its English alias "Abilene" already is), not its tenant OpenAI."""
    claims = extract(
        "OpenAI расширяет площадку. Первый проект на 300 МВт в Абилине вырос в крупный кампус.",
        language="ru",
        published=PUBLISHED,
        gazetteer=default_gazetteer(),
    )
    assert_claims(
        claims,
        [{"type": "power_capacity", "subject": "Stargate Abilene", "quantity": 300}],
    )


def test_a_count_of_startups_raising_states_their_sum_en(check):
    """ "13 AI startups raised $47 billion", "funding went to AI chip startups": a count or a
    class of companies as the subject states a quarter's or a sector's sum, no round of the
    story's company."""
    check(
        "Mistral AI raised $800m in June. In the first quarter, 13 AI startups raised $47 "
        "billion. About $900m in venture funding went to robotics startups this week.",
        "en",
        [{"type": FR, "subject": "Mistral AI", "amount": 800e6}],
    )


def test_a_count_of_companies_raising_states_their_sum_ko(check):
    """ "12개 AI 기업이 300억 달러를 유치했다", "스타트업들은 ... 조달했다": the same with a Korean
    counter or plural marker on the company noun."""
    check(
        "OpenAI는 290억 달러를 유치했다. 올해 12개 AI 기업이 300억 달러를 유치했다. "
        "미국 스타트업들은 1분기에 500억 달러를 조달했다.",
        "ko",
        [{"type": FR, "subject": "OpenAI", "amount": 29e9}],
    )


def test_a_count_of_companies_raising_states_their_sum_de_es(check):
    """ "haben 23 KI-Firmen ... eingesammelt", "40 startups recaudaron": German and Spanish."""
    check(
        "Mistral AI sammelte 800 Millionen Euro ein. Bis Ende März haben 23 KI-Firmen "
        "zusammen 11 Milliarden Dollar eingesammelt.",
        "de",
        [{"type": FR, "subject": "Mistral AI", "amount": 800e6}],
    )
    check(
        "Anthropic recaudó 2.600 millones de dólares. En el primer trimestre, 40 startups "
        "recaudaron 9.000 millones de dólares.",
        "es",
        [{"type": FR, "subject": "Anthropic", "amount": 2.6e9}],
    )


def test_a_count_of_companies_raising_states_their_sum_ja_zh(check):
    """ "12社が...調達した", "15家AI初创公司获得...融资": Japanese and Chinese counters."""
    check(
        "OpenAIは290億ドルを調達した。今年は12社が300億ドルを調達した。",
        "ja",
        [{"type": FR, "subject": "OpenAI", "amount": 29e9}],
    )
    check(
        "月之暗面完成12亿美元融资。今年已有15家AI初创公司获得200亿美元融资。",
        "zh",
        [{"type": FR, "subject": "Moonshot AI", "amount": 1.2e9}],
    )


def test_a_bare_class_of_startups_raising_states_their_sum_en_ko(check):
    """ "AI-related startups raised $19 billion", "investments in robotics startups reached",
    "AI 스타트업이 모금한 자금이", "levés par des start-up européennes": a class with no count
    states a sector's sum as well."""
    check(
        "Mistral AI raised $800m in June. In the third quarter, AI-related startups raised $19 "
        "billion, and investments in robotics startups reached $3 billion.",
        "en",
        [{"type": FR, "subject": "Mistral AI", "amount": 800e6}],
    )
    check(
        "OpenAI는 290억 달러를 유치했다. 올해 AI 스타트업이 모금한 자금이 1000억 달러에 달했다.",
        "ko",
        [{"type": FR, "subject": "OpenAI", "amount": 29e9}],
    )
    check(
        "Mistral AI a levé 800 millions d'euros. En 2024, 3 milliards de dollars ont été levés "
        "par des start-up européennes.",
        "fr",
        [{"type": FR, "subject": "Mistral AI", "amount": 800e6}],
    )


def test_a_value_set_off_after_a_compared_name_is_that_names_en_es_fr(check):
    """ "..., ahead of SpaceX, valued at around $400 billion": a value participle set off right
    after the name a comparison brings in describes that name, not the sentence's subject."""
    check(
        "Mistral AI would rank third in Europe, behind Anthropic, valued at about $70 billion.",
        "en",
        [{"type": VAL, "subject": "Anthropic", "amount": 70e9}],
    )
    check(
        "Mistral AI quedaría por detrás de Anthropic, valorada en unos 70.000 millones de dólares.",
        "es",
        [{"type": VAL, "subject": "Anthropic", "amount": 70e9}],
    )
    check(
        "Mistral AI se placerait derrière Anthropic d'Amodei, estimée autour de 70 milliards "
        "de dollars.",
        "fr",
        [{"type": VAL, "subject": "Anthropic", "amount": 70e9}],
    )


def test_a_value_set_off_after_the_subject_stays_its_own_en(check):
    """The guard: the set-off value of the sentence's own subject stays its own."""
    check(
        "Anthropic, valued at $48.5 billion, raised $2.5 billion.",
        "en",
        [{"type": FR, "subject": "Anthropic", "amount": 25e8, "valuation": 48.5e9}],
    )


def test_a_cluster_named_only_for_comparison_is_no_antecedent_en(check):
    """ "The supercomputer has about 18,000 H100 GPUs. For comparison, JUPITER has ...": the
    unnamed system before is the story company's, not the yardstick named after it, which
    keeps its own figure."""
    check(
        "Microsoft is building a new AI supercomputer. The supercomputer has about 18,000 H100 "
        "GPUs. For comparison, JUPITER has 21,000 GH200 chips.",
        "en",
        [
            {"type": "cluster_size", "subject": "Microsoft", "quantity": 18000},
            {"type": "cluster_size", "subject": "JUPITER", "quantity": 21000},
        ],
    )


def test_a_cluster_named_only_for_comparison_is_no_antecedent_de_ru(check):
    """ "Zum Vergleich:", "Для сравнения,": the same opener in German and Russian."""
    check(
        "Microsoft baut einen neuen KI-Supercomputer. Der Supercomputer hat rund 18.000 "
        "H100-GPUs. Zum Vergleich: JUPITER hat 21.000 GH200-Chips.",
        "de",
        [
            {"type": "cluster_size", "subject": "Microsoft", "quantity": 18000},
            {"type": "cluster_size", "subject": "JUPITER", "quantity": 21000},
        ],
    )
    check(
        "Microsoft строит новый ИИ-суперкомпьютер. Суперкомпьютер получит около 18 000 "
        "H100. Для сравнения, JUPITER имеет 21 000 чипов GH200.",
        "ru",
        [
            {"type": "cluster_size", "subject": "Microsoft", "quantity": 18000},
            {"type": "cluster_size", "subject": "JUPITER", "quantity": 21000},
        ],
    )


def test_a_relative_clause_behind_an_apposition_is_its_antecedents_it_es(check):
    """ "pure Anthropic, chiamata Foo da marzo, che ... valeva 2,4 miliardi": an
    apposition between a name and the relative clause holding the figure still leaves that
    name the antecedent, over the company the sentence opens with."""
    check(
        "Oltre a Mistral AI si espande pure Anthropic, chiamata Claude Inc da marzo, che "
        "secondo un calcolo di due anni fa valeva 2,4 miliardi di euro.",
        "it",
        [{"type": VAL, "subject": "Anthropic", "amount": 2.4e9}],
    )
    check(
        "Además de Mistral AI se expande Anthropic, llamada Claude Labs desde marzo, "
        "que hace dos años estaba valorada en 2.400 millones de euros.",
        "es",
        [{"type": VAL, "subject": "Anthropic", "amount": 2.4e9}],
    )


def test_a_name_before_a_head_final_comparison_word_is_a_yardstick_ko_ja(check):
    """ "이 클러스터의 GPU 7만 개는 xAI의 ... GPU 15만 개보다", "このGPU7万基は、xAIの...
    GPU15万基より": in head-final order the comparison word follows the compared name, so the
    story's figure before it is not copied to the compared company, which keeps only its own."""
    check(
        "Oracle은 2027년에 GPU 7만 개로 클러스터를 꾸린다. 이 클러스터의 GPU 7만 개는 xAI의 "
        "테네시 클러스터가 돌리는 GPU 15만 개보다 학습 속도가 빠르다.",
        "ko",
        [
            {"type": "cluster_size", "subject": "Oracle", "quantity": 70000},
            {"type": "cluster_size", "subject": "xAI", "quantity": 150000},
        ],
    )
    check(
        "Oracleは2027年にGPU7万基でクラスターを組む。このGPU7万基は、xAIのテネシーの拠点が"
        "動かすGPU15万基より学習が速い。",
        "ja",
        [
            {"subject": "Oracle", "quantity": 70000},
            {"subject": "xAI", "quantity": 150000},
        ],
    )
