"""How an organisation's name is taken, round 7 of the real-news work (issue 11, section 2): a
company the gazetteer lacks, named in a way the rules misread (an ordinary word opening the
sentence, a title-case headline, an abbreviation, a legal form, a person after a participle, a
bullet, a native-script name with a legal form or a Latin gloss); each construction in
sentences of our own in the language it came from."""

from __future__ import annotations

from sources.extract.claims.newco import drop_legal_form
from sources.extract.rules import load_rules
from sources.extract.segment import split_sentences

VAL, FR = "valuation", "funding_round"


def test_a_concessive_word_opening_the_sentence_is_no_company_it(check):
    """ "Nonostante l'interesse intorno all'azienda, che ... ha incassato ...": the concessive word
    (in the language's list of sentence openers) is no raiser; the company noun points back to
    the story's company."""
    check(
        "OpenAI ha presentato un nuovo modello. Nonostante l'interesse intorno all'azienda, "
        "che in primavera ha incassato 300 milioni di dollari, i concorrenti non si fermano.",
        "it",
        [{"type": FR, "subject": "OpenAI", "amount": 300e6}],
    )


def test_a_capitalised_word_before_an_elided_article_is_no_company_it(check):
    """ "Vista l'attenzione dei media sull'azienda, che ...": a capitalised word followed by an
    elided article and its noun opens a phrase; a company's name is followed by its verb. No
    list holds "Vista": the article after it is the test."""
    check(
        "OpenAI ha presentato un nuovo modello. Vista l'attenzione dei media sull'azienda, che "
        "in primavera ha incassato 300 milioni di dollari, i concorrenti non si fermano.",
        "it",
        [{"type": FR, "subject": "OpenAI", "amount": 300e6}],
    )


def test_a_concessive_word_opening_the_sentence_is_no_company_fr(check):
    """ "Malgré l'enthousiasme, elle a levé ...": the same in French; the pronoun is the
    story's company."""
    check(
        "OpenAI a présenté un modèle. Malgré l'enthousiasme, elle a levé 300 millions de "
        "dollars au printemps.",
        "fr",
        [{"type": FR, "subject": "OpenAI", "amount": 300e6}],
    )


def test_the_spaced_abbreviation_of_the_united_states_ends_no_sentence_es(check):
    """ "EE. UU." (the spelling with a space): the dot after "EE" ends no sentence, so "UU"
    opens none and is taken for no raiser."""
    rules = load_rules("es")
    text = "Su negocio en EE. UU. obtuvo una ronda de 30 millones de dólares. Otra frase."
    spans = split_sentences(text, rules.abbreviations, ordinal_dot=rules.ordinal_dot)
    assert [text[a:b] for a, b in spans] == [
        "Su negocio en EE. UU. obtuvo una ronda de 30 millones de dólares.",
        "Otra frase.",
    ]
    check(
        "La startup de IA Quillon anunció su expansión. Su negocio en EE. UU. obtuvo una ronda "
        "de 30 millones de dólares.",
        "es",
        [],
    )


def test_a_person_after_a_participle_and_its_agent_word_is_no_company_es(check):
    """ "OpenAI, la empresa encabezada por Sam Altman, negocia captar ...": the name after the
    company noun, its participle and the agent word "por" is the person who runs it, not a
    company the noun introduces; the round is OpenAI's."""
    check(
        "OpenAI, la empresa encabezada por Sam Altman, negocia captar 32.000 millones de "
        "dólares de varios fondos.",
        "es",
        [{"type": FR, "subject": "OpenAI", "amount": 32e9}],
    )


def test_a_legal_form_is_no_part_of_an_unknown_name_ru(check):
    """ "производитель серверов Kestrel Ltd. ... Kestrel привлек": "Ltd." is dropped, so the company
    has one name, and the later bare mention is the same company."""
    check(
        "Шведский производитель серверов Kestrel Ltd. закрывает офис в Берлине. "
        "Три года назад Kestrel привлек $120 млн.",
        "ru",
        [{"type": FR, "subject": "Kestrel", "amount": 120e6}],
    )


def test_a_legal_form_is_no_part_of_an_unknown_name_en(check):
    """ "start-up Kestrel Labs Ltd. ... Kestrel Labs raised": the same in English."""
    check(
        "British start-up Kestrel Labs Ltd. opened an AI chip office in Lisbon. In 2021, "
        "Kestrel Labs raised $120 million.",
        "en",
        [{"type": FR, "subject": "Kestrel Labs", "amount": 120e6}],
    )


def test_a_legal_form_after_the_name_de_es_id(check):
    """ "Start-up Quellwerk GmbH", "startup Quillon S.A.", "PT Quillon Tbk": the name without
    the form before or after it."""
    check(
        "Das Münchner Start-up Quellwerk GmbH hat 30 Millionen Euro eingesammelt.",
        "de",
        [{"type": FR, "subject": "Quellwerk", "amount": 30e6}],
    )
    check(
        "La startup Quillon S.A. cerró una ronda de 20 millones de euros.",
        "es",
        [{"type": FR, "subject": "Quillon", "amount": 20e6}],
    )
    check(
        "Perusahaan rintisan PT Quillon Tbk meraih pendanaan Rp 50 miliar.",
        "id",
        [{"type": FR, "subject": "Quillon", "amount": 50e9}],
    )


def test_a_legal_form_between_the_company_noun_and_a_cjk_name_ja_ko_zh(check):
    """ "スタートアップの株式会社アクメは", "스타트업 주식회사 아크미는",
    "初创公司星河智能股份有限公司完成": the legal form before or after the name is neither the
    name nor its end."""
    check(
        "スタートアップの株式会社アクメは10億円を調達した。",
        "ja",
        [{"type": FR, "subject": "アクメ", "amount": 1e9}],
    )
    check(
        "스타트업 주식회사 아크미는 100억원 투자를 유치했다.",
        "ko",
        [{"type": FR, "subject": "아크미", "amount": 1e10}],
    )
    check(
        "初创公司星河智能股份有限公司完成5亿元融资。",
        "zh",
        [{"type": FR, "subject": "星河智能", "amount": 5e8}],
    )


def test_drop_legal_form_keeps_a_name_that_is_only_a_form():
    """The form goes only when a name is left: "SAP SE" -> "SAP", "AG" stays "AG"."""
    forms = load_rules("de").names.legal_forms
    assert drop_legal_form("SAP SE", forms) == "SAP"
    assert drop_legal_form("AG", forms) == "AG"
    assert drop_legal_form("有限公司", forms) == "有限公司"


def test_the_latin_gloss_after_a_company_noun_and_no_ja(check):
    """ "スタートアップのアクメ(Acme)は": the noun joined to the name by "の", and the Latin
    name in brackets is the name used."""
    check(
        "スタートアップのアクメ(Acme)は10億円を調達した。",
        "ja",
        [{"type": FR, "subject": "Acme", "amount": 1e9}],
    )


def test_a_title_case_headline_takes_the_name_the_body_writes_pt(check):
    """ "Kestrel AI Levanta US$ 2 Bilhões ...": every headline word is capitalised, so the
    name is the longest start of the run the body writes ("Kestrel AI"), and "US" before "$"
    is the currency's prefix."""
    check(
        "Kestrel AI Levanta US$ 2 Bilhões e Chega a Avaliação de US$ 20 Bilhões\n\nA startup "
        "de inteligência artificial Kestrel AI desenvolve robôs.",
        "pt",
        [{"type": VAL, "subject": "Kestrel AI", "valuation": 20e9}],
    )


def test_a_name_behind_an_article_after_a_comma_heads_its_clause_pt(check):
    """ "Depois de meses ..., a Kestrel AI confirmou que captou ...": the article before the
    name after a comma opens the clause the name is the subject of."""
    check(
        "A startup de inteligência artificial Kestrel AI desenvolve robôs. Depois de meses de "
        "negociação, a Kestrel AI confirmou que captou US$ 300 milhões numa rodada Série B.",
        "pt",
        [{"type": FR, "subject": "Kestrel AI", "amount": 300e6}],
    )


def test_a_name_opening_a_bullet_raises_its_own_round_en(check):
    """ "- Quillon raised $90m": a name after a list's bullet opens its sentence, and raises
    the round over the story's company."""
    check(
        "Finnish start-up Brisko closed a $40m round for its sensor chips.\n- Quillon raised "
        "$90m to design its inference chip.",
        "en",
        [
            {"type": FR, "subject": "Brisko", "amount": 40e6},
            {"type": FR, "subject": "Quillon", "amount": 90e6},
        ],
    )


def test_a_short_introduced_name_takes_the_full_name_the_text_writes_en_es(check):
    """ "AI chip startup Kestrel raised ... Kestrel Labs will ...": the company noun introduces
    the short form; the full name written elsewhere (ending like a company's) is its name."""
    check(
        "AI chip startup Kestrel raised $40 million in March. Kestrel Labs will use the money "
        "to hire engineers.",
        "en",
        [{"type": FR, "subject": "Kestrel Labs", "amount": 40e6}],
    )
    check(
        "La startup Brisko cerró una ronda de 15 millones de euros. Brisko Robotics usará el "
        "dinero para abrir una fábrica.",
        "es",
        [{"type": FR, "subject": "Brisko Robotics", "amount": 15e6}],
    )


def test_a_title_case_headline_gives_no_full_name_id(check):
    """ "Zuckerberg Beli Kestrel Startup AI" (a headline): its capitalised words after the name
    are no part of it, so "Kestrel Startup AI" is not the full name of "Kestrel"."""
    check(
        "Zuckerberg Beli Kestrel Startup AI\nPerusahaan rintisan Kestrel meraih pendanaan "
        "US$ 75 juta.",
        "id",
        [{"type": FR, "subject": "Kestrel", "amount": 75e6}],
    )


def test_a_name_set_off_after_a_company_noun_and_its_possessor_es_fr(check):
    """ "La startup de chips de Ana Ruiz, Brisko, recaudó ...": the name between commas after a
    noun phrase headed by a company noun (with its complement and possessor) restates it and
    raises the round; a list after "como" does not."""
    check(
        "OpenAI presentó un modelo. La startup de chips de Ana Ruiz, Brisko, recaudó 30 "
        "millones de dólares.",
        "es",
        [{"type": FR, "subject": "Brisko", "amount": 30e6}],
    )
    check(
        "OpenAI a présenté un modèle. La start-up de puces de Ana Ruiz, Brisko, a levé 30 "
        "millions de dollars.",
        "fr",
        [{"type": FR, "subject": "Brisko", "amount": 30e6}],
    )


def test_a_camel_case_name_is_a_name_it_en(check):
    """ "iKestrel ha raccolto ...", "AI startup eKestrel raised ...": a name that opens with one
    or two small letters before a capital is a name like a capitalised one."""
    check(
        "OpenAI ha presentato un modello. iKestrel ha raccolto 65 milioni di euro.",
        "it",
        [{"type": FR, "subject": "iKestrel", "amount": 65e6}],
    )
    check(
        "OpenAI released a model. AI startup eKestrel raised $65 million.",
        "en",
        [{"type": FR, "subject": "eKestrel", "amount": 65e6}],
    )


def test_a_name_after_the_verb_in_second_place_heads_its_clause_de(check):
    """ "Bei dieser Runde werde Quellwerk ... bewertet": German puts the finite verb second,
    so a name the company noun introduced may follow it ("werde", reported speech) and still
    be the clause's subject; it counts as heading a clause as "Quellwerk hat" does."""
    check(
        "Ein Hamburger Fonds steigt beim Dresdner Startup Quellwerk ein. Bei dieser Runde "
        "werde Quellwerk mit vier Milliarden Euro bewertet, schreibt das Blatt.",
        "de",
        [{"type": VAL, "subject": "Quellwerk", "valuation": 4e9, "status": "reported"}],
    )


def test_an_article_after_a_company_noun_opens_another_noun_de(check):
    """ "könnte das Jungunternehmen eine Bewertung von ... vorweisen": the capitalised noun after
    the company noun and an article is no name the noun introduces ("Bewertung würde" later
    does not make it one)."""
    check(
        "Anthropic spricht mit Geldgebern. Nach dem Abschluss könnte das Jungunternehmen eine "
        "Bewertung von 11 Milliarden Euro vorweisen. Die alte Bewertung würde sich so fast "
        "verdreifachen.",
        "de",
        [{"type": VAL, "subject": "Anthropic", "valuation": 11e9}],
    )


def test_a_short_introduced_name_takes_the_full_name_de(check):
    """ "Das Münchner Startup Kestrel ... Kestrel Labs will ...": German counts each mention by
    the name it gives, the full form, so the rule that a German name be named again and head a
    clause holds for the company however the text writes it."""
    check(
        "Das Münchner Startup Kestrel hat im vergangenen Jahr rund 20 Millionen Euro "
        "eingesammelt.\nKestrel Labs will damit in den kommenden Monaten kräftig wachsen, und "
        "Kestrel Labs hat schon 40 Mitarbeiter.",
        "de",
        [{"type": FR, "subject": "Kestrel Labs", "amount": 20e6}],
    )


def test_a_latin_name_opening_a_clause_of_chinese_text_zh(check):
    """ "据外媒报道，Kestrel Robotics 计划以...估值", "美国的 Kestrel AI ...估值升至": a Latin
    name after a clause comma or after the attribute "的" opens the clause it is the subject
    of (over the story's company by default); a figure in a later comma clause is not its."""
    check(
        "OpenAI 发布了新模型。据外媒报道，Kestrel Robotics 计划以 35 亿美元估值引入新股东。",
        "zh",
        [{"type": VAL, "subject": "Kestrel Robotics", "valuation": 3.5e9}],
    )
    check(
        "做机器人的新公司不断涌现。美国的 Kestrel AI 去年估值升至 45 亿美元，欧洲的一个"
        "对手约为 20 亿欧元。",
        "zh",
        [{"type": VAL, "subject": "Kestrel AI", "valuation": 4.5e9}],
    )


def test_a_country_abbreviation_opening_a_sentence_is_no_company_en(run):
    """ "UAE raised $100 million for a national fund": a country's abbreviation ("UAE", "EAU",
    "EUA", "UE", "RU", "VAE": common.toml's not_names) is no company the figure belongs to.
    Which company, if any, the figure then goes to is another rule's, so only the absence of
    the country is asserted (without the not_names entry the round is the UAE's)."""
    claims = run(
        "OpenAI released a model. UAE raised $100 million for a national AI fund, officials said.",
        "en",
    )
    assert [c.subject for c in claims if c.subject in ("UAE", "EAU")] == []
