"""Subjects, round 4 of the real-news work (issue 11, section 2): the right figure given to the
wrong subject, mostly a company the reference data lacks while a known one stands nearby; each
construction in sentences of our own in the language it came from."""

from __future__ import annotations

from sources.extract import extract
from sources.extract.gazetteer import default_gazetteer

PC, VAL, FR = "power_capacity", "valuation", "funding_round"


def test_a_definite_company_noun_after_a_source_refers_back(check):
    """ "Come riporta Bloomberg, la startup ...": a definite company noun after a name and a
    comma refers to the story's company; the source is no company the text introduces."""
    check(
        "OpenAI punta a una valutazione di 150 miliardi di dollari. Come riporta Bloomberg, la "
        "startup sarebbe in trattativa per raccogliere 6,5 miliardi di dollari.",
        "it",
        [
            {"type": VAL, "subject": "OpenAI", "valuation": 150e9},
            {"type": FR, "subject": "OpenAI", "amount": 6.5e9},
        ],
    )


def test_a_money_sentence_naming_nobody_continues_the_figureless_sentence_before(check):
    """ "CoreWeave is among the leaders ... It said it had raised $1.1 billion": a sentence
    with no figure that a company heads makes that company the topic; the next money sentence
    naming nobody is about it, not about the story's last raiser (Crusoe)."""
    check(
        "Crusoe raised $320 million a few months ago. CoreWeave is among the leaders of the GPU "
        "cloud market. It said last week it had raised $1.1 billion.",
        "en",
        [
            {"type": FR, "subject": "Crusoe", "amount": 320e6},
            {"type": FR, "subject": "CoreWeave", "amount": 1.1e9},
        ],
    )


def test_modifiers_between_a_name_and_its_rivalry_noun_keep_it_the_possessor(check):
    """ "OpenAI's most credible rival Anthropic", "OpenAI最强的竞争对手Anthropic": a
    possessive and a modifier or two between the name and the rivalry noun still make the
    name whose rival the sentence speaks of; the round is the rival's."""
    check(
        "OpenAI's most credible rival Anthropic raised $3.5 billion in March.",
        "en",
        [{"type": FR, "subject": "Anthropic", "amount": 3.5e9}],
    )
    check(
        "OpenAI最强的竞争对手Anthropic完成35亿美元融资。",
        "zh",
        [{"type": FR, "subject": "Anthropic", "amount": 3.5e9}],
    )


def test_an_anaphor_takes_the_company_named_last_in_the_sentence_before(check):
    """ "... der Anthropic-Runde vor der Konkurrentin OpenAI. Im Herbst sammelte das Start-up
    ...": of the companies the sentence before named, the anaphor takes the one named last,
    not the story's raiser."""
    check(
        "Anthropic sammelt 3,5 Milliarden Dollar ein. Die Anthropic-Runde kommt kurz vor der "
        "nächsten Runde der Konkurrentin OpenAI. Im Herbst sammelte das Start-up 6,6 "
        "Milliarden Dollar ein.",
        "de",
        [
            {"type": FR, "subject": "Anthropic", "amount": 3.5e9},
            {"type": FR, "subject": "OpenAI", "amount": 6.6e9},
        ],
    )


def test_a_name_marked_as_the_subject_beats_an_earlier_name_of_its_clause(check):
    """ "Anthropicと競争するOpenAIは先月、...": in Japanese the particle after a name marks the
    subject; the rival named first inside the modifying clause is not the raiser."""
    check(
        "Anthropicと競争するOpenAIは先月、66億ドルを調達した。",
        "ja",
        [{"type": FR, "subject": "OpenAI", "amount": 6.6e9}],
    )


def test_a_source_before_its_report_word_is_no_raiser(check):
    """ "PitchBookのデータによると、このスタートアップは...": in Japanese a source stands before
    its report word; the Latin name there is no company the gazetteer lacks that raised money,
    the anaphor's company is."""
    check(
        "Mistral AIは欧州の主要なAI企業である。PitchBookのデータによると、このスタートアップは"
        "6億ユーロを調達した。",
        "ja",
        [{"type": FR, "subject": "Mistral AI", "amount": 6e8}],
    )


def test_a_family_name_in_apposition_to_a_programme_noun_is_the_programmes_company():
    """ "“Stargate”, un proyecto conjunto ...": a cluster family's name in apposition to a
    programme noun names the programme; its figure is the programme's company's (Stargate LLC
    in the reference data), not a partner's nor the one site the family name stands for."""
    gaz = default_gazetteer()
    assert gaz.programme_companies["stargate"].name == "Stargate LLC"
    claims = extract(
        "“Stargate”, un proyecto conjunto con Oracle, busca construir centros de datos con una "
        "capacidad total de 10 gigavatios.",
        language="es",
        gazetteer=gaz,
    )
    assert [(c.type, c.subject, c.quantity) for c in claims] == [(PC, "Stargate LLC", 10000.0)]


def test_a_family_name_behind_a_linking_word_after_a_non_site_noun_is_the_programme():
    """ "Les partenaires de Stargate prévoient ...": a family's name behind a linking word after
    a noun that is no site noun names the programme (its partners, its plans): the figure is
    the programme's company's; behind a site noun ("le campus de Stargate") it stays the
    site."""
    gaz = default_gazetteer()

    def read(text: str) -> list[tuple]:
        return [
            (c.type, c.subject, c.quantity) for c in extract(text, language="fr", gazetteer=gaz)
        ]

    assert read(
        "Les partenaires de Stargate prévoient d'en construire cinq autres d'une capacité d'au "
        "moins 1 GW."
    ) == [(PC, "Stargate LLC", 1000.0)]
    assert read("Le campus de Stargate au Texas atteindra 1,2 GW.") == [
        (PC, "Stargate Abilene", 1200.0)
    ]


def test_a_name_before_a_semicolon_is_not_the_subject_of_the_clause_after_it(check):
    """ "..., developed in partnership with OpenAI; a separate 1.8-gigawatt campus ...": a
    semicolon closes the clause whose partner OpenAI is; the clause after it, naming nobody,
    continues the story's company."""
    check(
        "Crusoe builds data centres for AI labs. Its flagship is a 1.2-gigawatt campus in "
        "Texas, developed in partnership with OpenAI; a separate 1.8-gigawatt campus in Wyoming "
        "is also in the works.",
        "en",
        [
            {"type": PC, "subject": "Crusoe", "quantity": 1800.0},
        ],
        exact=False,
    )


def test_a_site_introduced_with_an_indefinite_article_is_not_the_owners_known_cluster():
    """ "A Nscale revelou planos para um centro de dados em Loughton ... 50 MW": a site noun
    behind an indefinite article introduces a new site; its figure is the company's, not the
    cluster the company is known for (Stargate Norway, named the sentence before)."""
    claims = extract(
        "A Nscale opera o Stargate Norway, na Noruega. A Nscale revelou planos para um centro de "
        "dados em Loughton, com capacidade inicial de 50 MW.",
        language="pt",
        gazetteer=default_gazetteer(),
    )
    assert [(c.type, c.subject, c.quantity) for c in claims] == [(PC, "Nscale", 50.0)]
