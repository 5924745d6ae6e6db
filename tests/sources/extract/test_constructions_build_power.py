"""Build durations and power capacity: constructions seen on real news (issue 11, section 2) that
say how long a site took to build and how much power it has, and the figures that are neither
(a machine's or a turbine's power, energy in watt-hours, sites in general). The sentences are
our own, in the language each construction came from."""

from __future__ import annotations

import pytest

from sources.extract.claims import drops as why
from tests.sources.extract.conftest import drop_reasons, figures_and_statuses

POWER, BUILD = "power_capacity", "build_duration"


# --- build durations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        # going live, being up and running, from idea to operation
        ("xAI said Colossus went live after 19 weeks.", "en", 133.0),
        ("The Colossus cluster was up and running within four months.", "en", 120.0),
        ("From start to finish, the Colossus job was done in 122 days.", "en", 122.0),
        ("Colossus went from concept to reality in 90 days.", "en", 90.0),
        ("Installation of Colossus took two weeks.", "en", 14.0),
        ("Colossus was deployed in half a year.", "en", 182.5),
        ("Colossus wurde nach sechs Monaten in Betrieb genommen.", "de", 180.0),
        ("Von der Idee bis zum Betrieb von Colossus vergingen nur fünf Monate.", "de", 150.0),
        ("Il a fallu 122 jours pour rendre Colossus opérationnel.", "fr", 122.0),
        ("Colossus entró en funcionamiento en cuatro meses.", "es", 120.0),
        ("xAI è riuscita a mettere in funzione Colossus in sei mesi.", "it", 180.0),
        ("A xAI levou apenas 19 dias para tornar o Colossus operacional.", "pt", 19.0),
        ("xAI menghabiskan 122 hari untuk merakitnya, dan Colossus kini beroperasi.", "id", 122.0),
        ("Сборка Colossus заняла 122 дня.", "ru", 122.0),
        ("Colossus从开始到结束一共花了122天。", "zh", 122.0),
        ("コロッサスは122日で稼働した。", "ja", 122.0),
        # deploying the chips, bringing the machine online, carrying out the installation
        ("コロッサスは4カ月で5,448基のGPUを導入した。", "ja", 120.0),
        ("コロッサスはわずか24ヶ月でオンライン化された。", "ja", 730.0),
        (
            "L'installation de Colossus, qui s'étend sur plus de 2300 mètres carrés, a été "
            "réalisée en moins de deux ans.",
            "fr",
            730.0,
        ),
    ],
)
def test_build_duration_without_a_building_verb(check, text, lang, days):
    check(text, lang, [{"type": BUILD, "subject": "Colossus", "quantity": days}], exact=False)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a duration near no building word, or a horizon far from one
        ("xAI will spend the next six months training Grok on Colossus.", "en"),
        ("Colossus: xAI plant Investitionen über drei Jahre.", "de"),
        ("Colossus consumirá 150 MW durante los próximos dos años.", "es"),
        # deploying is a plan over years, not a build time, when not done
        ("コロッサスは3年間で10万基のGPUを導入する計画だ。", "ja"),
        ("Colossus a été installé en France en 2024.", "fr"),
    ],
)
def test_durations_that_are_no_build_time(run, text, lang):
    assert not [c for c in run(text, lang) if c.type == BUILD]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the cost in the clause is the project's; the build word completes the duration
        ("xAI brought its $225 million Colossus online in 24 months.", "en"),
        ("xAIは2億ドルを投じたコロッサスをわずか24ヶ月でオンライン化した。", "ja"),
    ],
)
def test_a_build_word_next_to_the_duration_beats_the_cost_in_its_clause(run, text, lang):
    assert [c.quantity for c in run(text, lang) if c.type == BUILD] == [730.0]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("xAIは今後3年で800億ドルを投じてコロッサスを建設する。", "ja"),
        ("xAI will spend $80 billion over three years to build Colossus.", "en"),
    ],
)
def test_a_spending_horizon_stays_no_build_time(run, text, lang):
    assert not [c for c in run(text, lang) if c.type == BUILD]


def test_a_calendar_year_before_a_year_word_is_no_duration(run):
    claims = run("Colossus was built in the 2024 year-end rush.", "en")
    assert not [c for c in claims if c.type == BUILD]


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        # years in the head-final languages: a particle of elapsed time or the construction
        # noun marks the length (a bare 년, 年 is a date)
        ("Colossus 2는 xAI가 1년 만에 건설했다.", "ko", 365.0),
        ("Colossus 2는 2년간의 공사 끝에 완공됐다.", "ko", 730.0),
        ("xAIはColossus 2を1年で構築した。", "ja", 365.0),
        ("xAI用1年时间建成Colossus 2。", "zh", 365.0),
        # turning an old plant into the site is building it
        ("Elon Musk a transformé une usine en Colossus en 140 jours.", "fr", 140.0),
        ("xAIは旧工場を140日でColossusに転用した。", "ja", 140.0),
    ],
)
def test_a_build_time_in_years_or_by_conversion(check, text, lang, days):
    check(text, lang, [{"type": BUILD, "quantity": days}])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # money in the duration's clause makes it a spending horizon, not a build time
        ("ソフトバンクは今後3年でデータセンター建設に700億ドルを投じる。", "ja"),
        ("ソフトバンクはデータセンター建設に今後36か月で700億ドルを投じる。", "ja"),
        ("Colossus 2는 5년간 위탁 운영된다.", "ko"),
        ("xAI는 2025년 Colossus 2를 건설했다.", "ko"),
    ],
)
def test_a_horizon_a_term_or_a_date_is_no_build_time(run, text, lang):
    assert not [c for c in run(text, lang) if c.type == BUILD]


def test_transforming_something_that_is_no_site_builds_nothing(check):
    check("Microsoft a transformé son offre logicielle en 18 mois.", "fr", [])


# --- the power of a site --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("xAI alimenta Colossus com 20 turbinas a gás de 2,5 MW cada.", "pt", []),
        ("Colossus usa 20 turbinas de gas de 2,5 MW cada una.", "es", []),
        ("Für Colossus stehen 20 Gasturbinen mit je 2,5 MW bereit.", "de", []),
        ("Colossus runs 20 gas turbines of 2.5 MW each.", "en", []),
        ("Colossus dispose de 20 turbines à gaz de 2,5 MW chacune.", "fr", []),
        ("Colossus는 최대 300MW 전력과 랙당 40kW를 지원한다.", "ko", [300.0]),
        ("Colossus delivers 300 MW in total and 130 kW per rack.", "en", [300.0]),
        (
            "xAIはColossus向けに5基の 400MW ガスタービンを導入し、合計 2,000MW を確保した。",
            "ja",
            [2000.0],
        ),
    ],
)
def test_the_power_of_one_item_is_no_site_capacity(run, text, lang, kept):
    """A turbine's, a rack's or each machine's power is not the power of the site."""
    claims = run(text, lang)
    assert sorted(c.quantity for c in claims if c.type == POWER) == kept


def test_sites_of_a_power_each_keep_their_figure(run):
    """ "N campuses of X each" is one fact of size X, unlike a turbine's power."""
    claims = run("OpenAI plans five data centers of 1 GW each.", "en")
    assert [c.quantity for c in claims if c.type == POWER] == [1000.0]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a sum over several sites: the company's total, or nobody's when no company is named
        (
            "Junto con Abilene, los nuevos emplazamientos de OpenAI sumarán una capacidad "
            "total de 5 gigavatios.",
            "es",
            [("OpenAI", 5000.0)],
        ),
        ("Stargate в Абилине растёт. Совокупная мощность объектов достигнет 6 ГВт.", "ru", []),
        ("Together, Microsoft's new sites will draw 2 GW.", "en", [("Microsoft", 2000.0)]),
        # buildings of one site, with a plural compared far after: the site's figure
        (
            "Le campus Stargate Abilene comptera huit bâtiments d'une capacité totale de 1,2 GW, "
            "ce qui en fera l'un des plus grands parmi tous les centres de données.",
            "fr",
            [("Stargate Abilene", 1200.0)],
        ),
    ],
)
def test_a_power_figure_summed_over_several_sites_is_no_sites(run, text, lang, expected):
    claims = run(text, lang)
    assert sorted((c.subject, c.quantity) for c in claims if c.type == POWER) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a module's power density is no site's power
        ("O campus da Oracle suporta densidades superiores a 130 kW por módulo.", "pt"),
        ("Oracle's campus supports densities above 130 kW per module.", "en"),
        ("Le campus d'Oracle accepte des densités de 130 kW par module.", "fr"),
    ],
)
def test_power_per_module_is_no_site_power(run, text, lang):
    assert not [c for c in run(text, lang) if c.type == "power_capacity"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Um servidor comum da CoreWeave consome 12 kW, contra 132 kW do sistema da Nvidia.", "pt"),
        (
            "A standard CoreWeave server draws 10 kW, while a rack of the new system uses 120 kW.",
            "en",
        ),
    ],
)
def test_a_machines_kilowatts_are_no_site_power(check, text, lang):
    check(text, lang, [])


def test_a_site_of_megawatts_is_still_read(check):
    check(
        "A CoreWeave vai construir um centro de dados com potência de 40 MW.",
        "pt",
        [{"type": POWER, "subject": "CoreWeave", "quantity": 40.0}],
    )


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "each" after a figure counts the plural of sites named earlier in the sentence
        (
            "CoreWeave dijo que las instalaciones, situadas en Dallas y en Austin, estarán listas "
            "el año próximo y tendrán una capacidad inicial de hasta 100 MW cada una.",
            "es",
        ),
        (
            "CoreWeave said the two data centers, located in Dallas and in Austin, will be ready "
            "next year with an initial capacity of up to 100 MW each.",
            "en",
        ),
    ],
)
def test_each_site_of_a_plural_has_the_figure(check, text, lang):
    check(text, lang, [{"type": POWER, "subject": "CoreWeave", "quantity": 100.0}], exact=False)


def test_each_turbine_is_still_no_site(check):
    check("CoreWeave instalará cinco turbinas de 40 MW cada una.", "es", [])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # verb-final: the requirement word closes the figure's noun phrase
        ("試算では、xAIの新しいクラスターには200メガワットの電力が必要になる。", "ja"),
        ("オラクルは合計約3ギガワットの電力容量が必要な計算資源を借りる。", "ja"),
        ("xAI의 새 클러스터에는 300MW의 전력이 필요하다.", "ko"),
    ],
)
def test_power_a_verb_final_clause_requires_is_no_capacity(check, text, lang):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("text", "lang", "quantity"),
    [
        ("xAIのクラスターは現在200メガワットの電力を使っている。", "ja", 200.0),
        ("xAI의 클러스터는 현재 300MW의 전력을 쓰고 있다.", "ko", 300.0),
    ],
)
def test_power_without_a_requirement_word_stays(check, text, lang, quantity):
    check(text, lang, [{"type": POWER, "subject": "xAI", "quantity": quantity}])


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an increment word right after the unit: the step is no size, the first phase stays
        (
            "El campus de Meta ofrecerá 300 MW al principio y después sumará 250 MW adicionales.",
            "es",
            [{"type": POWER, "subject": "Meta", "quantity": 300.0}],
        ),
        (
            "Le campus de Meta recevra ensuite 120 MW supplémentaires.",
            "fr",
            [],
        ),
    ],
)
def test_power_an_increment_after_the_unit_is_no_size(check, text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # verb-final: a unit opening the sentence as its topic, an equivalence word closing
        # its clause, says what the unit amounts to; the company's 1.5 GW stays
        (
            "xAIは1.5ギガワットのデータセンターを建設している。1ギガワットはおよそ原子炉1基分に相当する。",
            "ja",
        ),
        ("xAI는 1.5GW 규모의 데이터센터를 짓고 있다. 1GW는 원전 1기의 발전량에 해당한다.", "ko"),
    ],
)
def test_power_a_unit_defined_as_topic_is_no_capacity(check, text, lang):
    check(text, lang, [{"type": POWER, "subject": "xAI", "quantity": 1500.0}])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a row of racks is a container like a rack: its power is no site's
        ("В Fairwater стойки потребляют до 150 кВт, а каждый ряд — 1400 кВт на ряд.", "ru"),
        ("At Fairwater a rack draws up to 150 kW, or 1,500 kW per row.", "en"),
    ],
)
def test_power_per_row_is_no_site_power(check, text, lang):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a battery bank's power is no site's power
        ("O Colossus conta ainda com baterias Megapack de 80 MW para emergências.", "pt"),
        ("Colossus also draws on 80 MW of Megapack batteries as a reserve.", "en"),
        ("Colossus hat zusätzlich Batteriespeicher mit 80 MW als Reserve.", "de"),
    ],
)
def test_battery_power_is_no_site_power(check, text, lang):
    claims = check(text, lang, [], exact=False)
    assert not [c for c in claims if c.type == POWER]


def test_a_site_power_beside_no_battery_stays(check):
    check(
        "O Colossus consome 150 MW da rede elétrica.",
        "pt",
        [{"type": POWER, "subject": "Colossus", "quantity": 150.0}],
    )


def test_an_energy_in_gigawatt_hours_is_no_power_ko_zh_ja(check):
    """ "3000기가와트시", "3000吉瓦时", "3000ギガワット時": a power unit with an hour after it is
    energy (a year's use), not a power capacity; the power unit alone stays a power."""
    check("Microsoft는 연간 3000기가와트시 규모의 데이터센터를 짓는다.", "ko", [])
    check("微软的数据中心每年耗电3000吉瓦时。", "zh", [])
    check("マイクロソフトのデータセンターは年間3000ギガワット時を消費する。", "ja", [])
    check(
        "Microsoft는 300메가와트 규모의 데이터센터를 짓는다.",
        "ko",
        [{"type": "power_capacity", "subject": "Microsoft", "quantity": 300.0}],
    )


def test_an_energy_in_megawatt_hours_is_no_power_en_ru(check):
    """ "2,000 gigawatt-hours a year", "500 мегаватт-часов": the same, words joined by a hyphen."""
    check("Microsoft's Fairwater campus will use 2,000 gigawatt-hours a year.", "en", [])
    check("Дата-центр Microsoft будет потреблять 500 мегаватт-часов в год.", "ru", [])
    check(
        "Дата-центр Microsoft мощностью 500 МВт.",
        "ru",
        [{"type": "power_capacity", "subject": "Microsoft", "quantity": 500.0}],
    )


# --- which site or company the power is of --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a site noun with the figure, the family's name only after it, as the programme the
        # site belongs to: a new site, its company's
        (
            "xAI negocia un centro de datos de al menos 1 GW en Arabia Saudí bajo la marca "
            "Colossus.",
            "es",
            [{"type": POWER, "subject": "xAI", "quantity": 1000.0}],
        ),
        (
            "xAI tratta per un data center da 800 MW in Arabia Saudita sotto l'ombrello Colossus.",
            "it",
            [{"type": POWER, "subject": "xAI", "quantity": 800.0}],
        ),
        (
            "xAI与Meta宣布合作,要在得州建一座超过2吉瓦的园区,归入“Colossus”计划。",
            "zh",
            [{"type": POWER, "subject": "xAI", "quantity": 2000.0}],
        ),
    ],
)
def test_power_of_a_new_site_of_a_programme_is_its_company(check, text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the family's name before the figure, or no site noun: the site it stands for
        (
            "Colossus, el centro de datos de xAI en Memphis, consume 150 MW.",
            "es",
            [{"type": POWER, "subject": "Colossus", "quantity": 150.0}],
        ),
        (
            "xAI porterà la potenza a 300 MW, secondo i piani per Colossus.",
            "it",
            [{"type": POWER, "subject": "Colossus", "quantity": 300.0}],
        ),
    ],
)
def test_power_named_by_the_family_alone_stays_its_site(check, text, lang, expected):
    check(text, lang, expected)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a demonstrative before a site noun: the site the story named, though another
        # company than its owner is the sentence's subject
        (
            "Colossus, el centro de datos de xAI, sigue creciendo. Meta planea usar unos "
            "200 MW en estas instalaciones.",
            "es",
            [{"type": POWER, "subject": "Colossus", "quantity": 200.0}],
        ),
        (
            "Colossus, le centre de données de xAI, grandit. Meta compte utiliser 250 MW dans "
            "ce centre de données.",
            "fr",
            [{"type": POWER, "subject": "Colossus", "quantity": 250.0}],
        ),
    ],
)
def test_power_of_this_site_is_the_site_named_before(check, text, lang, expected):
    check(text, lang, expected)


def test_power_of_a_site_with_no_demonstrative_stays_its_company(check):
    check(
        "Colossus, el centro de datos de xAI, sigue creciendo. Meta planea usar unos 200 MW.",
        "es",
        [{"type": POWER, "subject": "Meta", "quantity": 200.0}],
    )


# --- sites in general state no fact ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a habitual word or a generic subject: what sites in general draw or take to build
        ("Meta grows. A typical hyperscale data centre might draw 40 to 80 megawatts.", "en"),
        ("Meta is growing fast. Such a campus usually needs about 300 MW.", "en"),
        ("Meta wächst. Rund 25 MW würde ein solches System an Leistung aufnehmen.", "de"),
        ("Meta tumbuh. Biasanya, membangun pusat data memakan waktu hingga tiga tahun.", "id"),
        ("Meta tumbuh. “Biasanya, membangun pusat data butuh hingga 4 tahun,” katanya.", "id"),
        ("Meta tumbuh pesat. Jika Anda membangun 10 gigawatt, biayanya sangat besar.", "id"),
        ("Meta crece. Por lo general, un centro de datos de IA consume unos 100 MW.", "es"),
        ("Meta grandit. En général, un tel centre de données consomme 60 MW.", "fr"),
        ("Meta растёт. Обычно такой дата-центр потребляет около 50 МВт.", "ru"),
        ("Metaは拡大している。通常、大規模なデータセンターは100メガワットを消費する。", "ja"),
    ],
)
def test_power_and_build_of_sites_in_general_are_no_facts(check, text, lang):
    check(text, lang, [])


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the story's own figure past the generic one keeps its claim
        (
            "Metaは通常3年かかるデータセンターを、わずか180日で建設した。",
            "ja",
            [{"type": BUILD, "subject": "Meta", "quantity": 180.0}],
        ),
        (
            "Meta will build a 500 MW campus in Ohio.",
            "en",
            [{"type": POWER, "subject": "Meta", "quantity": 500.0}],
        ),
        (
            "Meta errichtet ein Rechenzentrum mit 200 MW Leistung.",
            "de",
            [{"type": POWER, "subject": "Meta", "quantity": 200.0}],
        ),
    ],
)
def test_power_and_build_without_a_generic_word_stay(check, text, lang, expected):
    check(text, lang, expected, exact=False)


@pytest.mark.parametrize(
    ("text", "lang", "claim"),
    [
        # a generic word inside a clause that names the company or the site: the figure is theirs
        ("xAI built a modern 150 MW data center in Memphis.", "en", {"subject": "xAI"}),
        ("Meta opened a standard 300 MW campus in Ohio.", "en", {"subject": "Meta"}),
        ("xAI's next Colossus site might draw 1.2 GW.", "en", {"quantity": 1200.0}),
        ("Building Colossus could take 122 days.", "en", {"type": BUILD, "quantity": 122.0}),
        ("If you count Hyperion, Meta will have 5 GW.", "en", {"quantity": 5000.0}),
        (
            "Ein solches Rechenzentrum von xAI in Memphis hat 150 MW.",
            "de",
            {"subject": "xAI", "quantity": 150.0},
        ),
        (
            "Un tel campus de Mistral AI près de Paris consomme 40 MW.",
            "fr",
            {"subject": "Mistral AI", "quantity": 40.0},
        ),
    ],
)
def test_a_generic_word_in_a_clause_naming_the_company_keeps_the_figure(check, text, lang, claim):
    check(text, lang, [{"type": POWER, **claim}], exact=False)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # with the generic switched off these are claims: they test the generic rule itself
        ("Meta grows. A modern hyperscale data centre might draw 80 megawatts.", "en"),
        ("Meta grows. A standard hyperscale campus might need 300 MW.", "en"),
        ("Meta grows. Usually, building a data center could take 600 days.", "en"),
        ("Meta wächst. Ein solches Rechenzentrum hat 150 MW.", "de"),
        ("Meta grandit. Un tel campus consomme 40 MW.", "fr"),
    ],
)
def test_a_generic_figure_in_a_sentence_naming_no_one_is_no_claim(check, text, lang):
    check(text, lang, [])


def test_electric_megawatts_are_megawatts(run):
    claims = run("xAI's Memphis site will draw 300 MWe by 2026.", "en")
    assert [(c.type, c.quantity) for c in claims] == [("power_capacity", 300.0)]


def test_a_grid_connection_in_mva_is_no_site_power(run):
    # the rating of a grid connection may feed several sites
    assert not run("xAI's Memphis sites share a 300 MVA grid connection.", "en")


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        # the founding story's own sentence: a particle verb split by its object
        ("xAI brought its Colossus cluster online in 122 days.", "en", 122.0),
        ("xAI brought Colossus online in 122 days.", "en", 122.0),
        ("xAI merampungkan Colossus hanya dalam 122 hari.", "id", 122.0),
        # a numeral written in Han characters before a time unit
        ("Colossus的建设耗时四个月。", "zh", 120.0),
        ("xAI用两周建成了Colossus。", "zh", 14.0),
    ],
)
def test_build_times_said_in_more_ways(run, text, lang, days):
    claims = [c for c in run(text, lang) if c.type == "build_duration"]
    assert [(c.subject, c.quantity) for c in claims] == [("Colossus", days)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # how long a company took to become something is no build time
        ("xAI took only two years to become a leading lab.", "en"),
        ("xAI仅用两年时间就成为独角兽。", "zh"),
        ("xAI se convirtió en un fenómeno en solo dos años.", "es"),
        ("xAI est devenu un leader en seulement deux ans.", "fr"),
    ],
)
def test_the_time_to_become_something_is_no_build_time(run, text, lang):
    assert not [c for c in run(text, lang) if c.type == "build_duration"]
    assert why.BECOME in drop_reasons(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # becoming operational is being built
        ("Colossus took just 122 days to become operational.", "en"),
        ("Colossus est devenu opérationnel en seulement 122 jours.", "fr"),
        ("Colossusは122日で稼働可能な状態となった。", "ja"),
    ],
)
def test_the_time_to_become_operational_is_a_build_time(run, text, lang):
    claims = run(text, lang)
    assert [(c.type, c.quantity) for c in claims] == [("build_duration", 122.0)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a site that has run for a while: no build time
        ("The xAI cluster has been online for two years.", "en"),
        ("Das Rechenzentrum von xAI ist seit drei Jahren in Betrieb.", "de"),
        ("Pusat data xAI di Memphis telah beroperasi selama tiga tahun.", "id"),
    ],
)
def test_how_long_a_site_has_run_is_no_build_time(run, text, lang):
    assert not [c for c in run(text, lang) if c.type == "build_duration"]
    assert why.NO_BUILD_WORD in drop_reasons(text, lang)


def test_a_build_time_stays_when_becoming_is_a_clause_of_its_own(run):
    claims = run("xAI built Colossus in 122 days and became a leader.", "en")
    assert [(c.type, c.quantity) for c in claims] == [("build_duration", 122.0)]


def test_an_ordinal_han_numeral_is_no_count(run):
    # "第二天" is "the next day", not two days; "两周" is two weeks
    claims = run("第二天,xAI宣布用两周建成了Colossus。", "zh")
    assert [(c.type, c.quantity) for c in claims] == [("build_duration", 14.0)]


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        # a length in two parts is one duration: years and months, or "and a half"
        ("xAI built Colossus in one year and seven months.", "en", 575.0),
        ("xAI built Colossus in a year and a half.", "en", 547.5),
        ("Der Bau von Colossus dauerte ein Jahr und sieben Monate.", "de", 575.0),
        ("Le supercalculateur Colossus a été construit en un an et demi.", "fr", 547.5),
        ("xAI construyó Colossus en un año y medio.", "es", 547.5),
        ("xAI ha costruito Colossus in due anni e tre mesi.", "it", 820.0),
        ("A xAI construiu o Colossus em um ano e meio.", "pt", 547.5),
        ("xAI построила Colossus за два года и три месяца.", "ru", 820.0),
        ("xAI的Colossus仅用一年零七个月建成。", "zh", 575.0),
        ("xAI的Colossus用1年7个月建成。", "zh", 575.0),
        ("xAI的Colossus仅用一年半时间建成。", "zh", 547.5),
        ("コロッサスは1年7カ月で完成した。", "ja", 575.0),
        ("コロッサスは1年半で完成した。", "ja", 547.5),
        ("xAI의 Colossus는 2년 3개월 만에 완공됐다.", "ko", 820.0),
        ("xAI의 Colossus는 1년 반 만에 완공됐다.", "ko", 547.5),
    ],
)
def test_a_length_in_two_parts_is_one_build_time(run, text, lang, days):
    claims = run(text, lang)
    assert [(c.type, c.quantity) for c in claims] == [("build_duration", days)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a year word that opens no length of two parts: a date, mid-year, a word
        ("Colossus didirikan satu tahun lalu.", "id"),
        ("2024年半ばにコロッサスは完成した。", "ja"),
        ("2025년 반도체 수요가 늘자 xAI는 Colossus를 완공했다.", "ko"),
        ("xAI从2023年9月创立到迈入百亿估值门槛,仅用不到两年半。", "zh"),
    ],
)
def test_a_year_word_alone_makes_no_two_part_length(run, text, lang):
    assert not [c for c in run(text, lang) if c.type == BUILD]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # an ordinal or a definite article is no count of years before "and"
        ("xAI built Colossus in the first year and then opened it in June.", "en"),
        ("xAI baute Colossus im ersten Jahr und nahm es im Dezember in Betrieb.", "de"),
        ("xAI construyó Colossus durante el año y lo inauguró en diciembre.", "es"),
        ("xAI ha costruito Colossus nel primo anno e lo ha inaugurato a dicembre.", "it"),
    ],
)
def test_an_ordinal_year_makes_no_length(run, text, lang):
    assert not [c for c in run(text, lang) if c.type == BUILD]


def test_a_short_calendar_year_is_no_count_of_years_ko(run):
    # "24년" is 2024 written short: the build time is the six months
    claims = run("xAI는 24년 6개월 동안 Colossus를 건설했다.", "ko")
    assert [(c.type, c.quantity) for c in claims] == [(BUILD, 180.0)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "in just twelve months it tripled its valuation": a value grew, no site was built (not
        # revenue words, which hold contracts too: see the next test)
        (
            "Mistral AI recaudó 600 millones de euros. En solo doce meses triplicó su valoración.",
            "es",
        ),
        (
            "Mistral AI recaudó 600 millones de euros. En solo doce meses duplicó su valor de "
            "mercado.",
            "es",
        ),
    ],
)
def test_the_time_a_value_took_to_grow_is_no_build_time(run, text, lang):
    assert [c.type for c in run(text, lang)] == ["funding_round"]
    assert why.VALUE_GROWTH in drop_reasons(text, lang)


def test_zh_a_duration_clause_after_the_values_clause_is_no_build_time(run):
    # the clause of the time has no subject of its own: it continues the value's clause
    text = "Mistral AI的估值从种子轮增长至B轮的150亿元,仅用约2.5年时间。"
    assert [c.type for c in run(text, "zh")] == ["valuation"]
    assert why.VALUE_GROWTH in drop_reasons(text, "zh")


def test_zh_a_site_named_beside_a_value_keeps_its_build_time(check):
    check(
        "xAI的估值为2000亿美元,仅用122天就建成了Colossus。",
        "zh",
        [
            {"type": "valuation", "subject": "xAI"},
            {"type": "build_duration", "subject": "Colossus", "quantity": 122.0},
        ],
    )


def test_a_markets_capacity_is_no_sites_power(run):
    # an industry's or a country's capacity, in a sentence naming no site or company
    text = (
        "xAI plans a 38-megawatt data centre in Lagos. Industry estimates project total "
        "capacity to nearly double from 136.7MW in 2025 to 279.4MW by 2030."
    )
    assert [(c.type, c.quantity) for c in run(text, "en")] == [("power_capacity", 38.0)]
    assert why.MARKET_POWER in drop_reasons(text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a site noun in the sentence: the market word ranks the site, the power is its own
        ("xAI is expanding. The campus, among the largest in the market, will draw 1.4 GW.", "en"),
        ("xAI在扩张。该数据中心是行业内规模最大的，功率达300兆瓦。", "zh"),
    ],
)
def test_a_sites_power_beside_a_market_word_stays(run, text, lang):
    assert [c.type for c in run(text, lang)] == ["power_capacity"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dell built the Colossus supercomputer for xAI in 122 days under a contract.", "en"),
        ("Dell construyó el superordenador Colossus en 122 días gracias a un contrato.", "es"),
    ],
)
def test_a_contract_beside_a_build_time_keeps_it(run, text, lang):
    assert [(c.type, c.quantity) for c in run(text, lang)] == [(BUILD, 122.0)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "two years ago", "since two years": the time since something happened (round 18: a
        # start-up "set up at a university and on its own feet for a year and a half")
        ("xAI built the cluster two years ago with 4,000 GPUs.", "en"),
        ("xAI baute den Cluster vor zwei Jahren mit 4.000 GPUs.", "de"),
        ("Mistral AI wurde in Paris aufgebaut und steht seit über zwei Jahren allein da.", "de"),
        ("xAI a construit il y a deux ans un cluster de 4 000 GPU.", "fr"),
        ("Mistral AI, construite depuis deux ans, exploite un cluster de 4 000 GPU.", "fr"),
        ("xAI construyó hace dos años un clúster de 4.000 GPU.", "es"),
        ("xAI ha costruito due anni fa un cluster di 4.000 GPU.", "it"),
        ("A xAI construiu há dois anos um cluster de 4.000 GPUs.", "pt"),
        ("xAI построила кластер из 4000 GPU 122 дня назад.", "ru"),
        ("xAI membangun klaster berisi 4.000 GPU dua tahun yang lalu.", "id"),
    ],
)
def test_a_time_since_or_ago_is_no_build_time(run, text, lang):
    assert not [c for c in run(text, lang) if c.type == BUILD]
    assert why.ELAPSED in drop_reasons(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        ("xAI baute Colossus in 122 Tagen.", "de", 122.0),
        ("xAI a construit Colossus en 122 jours.", "fr", 122.0),
        ("xAI ha costruito Colossus in 122 giorni.", "it", 122.0),
        ("Colossus went live 122 days later.", "en", 122.0),
        ("xAI построила кластер из 4000 GPU за 122 дня.", "ru", 122.0),
        # a time-since word on the other side of the duration, in another sense, leaves it
        (
            "Il supercomputer Colossus è stato costruito in 122 giorni da xAI a Memphis.",
            "it",
            122.0,
        ),
        ("Colossus wurde in nur 122 Tagen vor Ort in Memphis aufgebaut.", "de", 122.0),
        ("xAI a construit Colossus en 122 jours depuis le lancement du chantier.", "fr", 122.0),
        ("xAI membangun Colossus dalam 122 hari sejak peletakan batu pertama.", "id", 122.0),
        ("xAI membangun Colossus dalam 122 hari lalu langsung beroperasi.", "id", 122.0),
        ("xAI는 2년 전 122일 만에 콜로서스를 구축했다.", "ko", 122.0),
        ("xAIのColossusは着工以来4か月で完成した。", "ja", 120.0),
        ("xAI的Colossus自开工以来4个月内建成。", "zh", 120.0),
        ("xAI built Colossus in 122 days earlier this year.", "en", 122.0),
    ],
)
def test_a_build_time_beside_no_time_since_word_stays(run, text, lang, days):
    assert [(c.type, c.quantity) for c in run(text, lang) if c.type == BUILD] == [(BUILD, days)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "турбин по 35 мегаватт": 35 MW each; "1MW당": per megawatt, a rate
        ("Объект xAI в Мемфисе питают восемь газовых турбин по 35 мегаватт.", "ru"),
        ("xAI의 데이터센터는 전력 1MW당 매출이 채굴보다 높다.", "ko"),
    ],
)
def test_power_per_item_or_per_megawatt_is_no_site_power(text, lang):
    assert why.PER_ITEM in drop_reasons(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # "по 15-летнему контракту", "по 2 линиям": no count of items; "당진" is a town
        ("xAI закупит 300 МВт по 15-летнему контракту с TVA.", "ru"),
        ("xAI получит 300 МВт по 2 линиям электропередачи.", "ru"),
        ("xAI는 300MW당진 데이터센터를 짓는다.", "ko"),
    ],
)
def test_each_words_of_other_senses_keep_the_sites_power(text, lang):
    assert [(k, v) for k, v, _s in figures_and_statuses(text, lang)] == [("power_capacity", 300.0)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # how long a site has been running is no build time
        ("xAI的Colossus集群仅用122天建成,目前已经上线运行了约3个月。", "zh"),
        ("xAI的Colossus集群僅用122天建成,目前已經上線運行了約3個月。", "zh"),
        ("xAI built Colossus in 122 days, and it has been running for about three months.", "en"),
    ],
)
def test_time_in_operation_is_no_build_time(text, lang):
    assert [(k, v) for k, v, _s in figures_and_statuses(text, lang)] == [("build_duration", 122.0)]


@pytest.mark.parametrize(
    "text",
    [
        # the money invested is what is carried out over the years, not a site's build
        "L'investissement de 30 milliards d'euros de Mistral AI sera réalisé en quatre ans.",
        "Mistral AI a annoncé un investissement de 10 milliards d'euros, réalisé en trois ans.",
        "Mistral AI investira 5 milliards d'euros, déployés en cinq ans.",
    ],
)
def test_fr_an_investment_carried_out_over_years_is_no_build_time(run, text):
    assert not [c for c in run(text, "fr") if c.type == BUILD]


@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        # a site's cost beside its build word, and an investing verb with a verb of its own
        (
            "Le data center de xAI, d'un coût de 2 milliards d'euros, a été réalisé en 14 mois.",
            "fr",
            420.0,
        ),
        ("xAI invested $10 billion and brought Colossus online in 122 days.", "en", 122.0),
    ],
)
def test_a_build_word_of_the_site_itself_stays_a_build_time(run, text, lang, days):
    assert [c.quantity for c in run(text, lang) if c.type == BUILD] == [days]


@pytest.mark.parametrize(
    ("text", "days", "qualifier"),
    [
        # deploying or completing a site in a time, with the verb apart from "in" (a site
        # noun within three words of it: not "complete the acquisition")
        ("xAI deployed the Colossus cluster in 122 days.", 122.0, "exact"),
        ("xAI has committed to completing the Colossus site within 20 weeks.", 140.0, "at_most"),
        ("xAI expects to finish its data center within just four months.", 120.0, "at_most"),
        # a whole number of years said in months is those years
        ("xAI will complete the Colossus campus within 24 months.", 730.0, "at_most"),
        ("xAI built Colossus in 18 months.", 540.0, "exact"),
    ],
)
def test_en_deploying_or_completing_a_site_in_a_time(run, text, days, qualifier):
    builds = [c for c in run(text, "en") if c.type == BUILD]
    assert [(c.quantity, c.qualifier) for c in builds] == [(days, qualifier)]


def test_en_a_window_of_the_past_is_no_build_time():
    text = "xAI has set up 10,000 GPUs at Colossus in the past three months."
    assert why.ELAPSED in drop_reasons(text, "en")
