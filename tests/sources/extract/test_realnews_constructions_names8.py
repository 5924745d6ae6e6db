"""How a company the gazetteer lacks is recognised by its own name, round 8 of the real-news work
(issue 11, section 2): real news names start-ups and operators with no company noun around them
("Kestrel Technologies has raised ...", "Brisko AI ...", "Osprey Data Centers ..."); the ending
of the name says it is a company. Sentences of our own."""

from __future__ import annotations

from sources.extract.claims.newco import _named_by_ending, name_pattern
from sources.extract.rules import load_rules

VAL, FR, PW = "valuation", "funding_round", "power_capacity"


def _names(text: str, lang: str = "en") -> list[str]:
    rules = load_rules(lang)
    return sorted(_named_by_ending(text, name_pattern(rules), rules.names, []))


def test_a_name_ending_like_a_company_is_a_company_without_a_company_noun_en(check):
    """ "Kestrel Technologies has raised ...": no start-up, firm or company noun introduces it;
    its ending does, and the short form later in the story is the same company."""
    check(
        "Kestrel Technologies has raised $40 million to build GPU clusters in Tasmania. "
        "The round values Kestrel Technologies at $300 million, its chief executive said.",
        "en",
        [
            {"type": FR, "subject": "Kestrel Technologies", "amount": 40e6},
            {"type": VAL, "subject": "Kestrel Technologies", "amount": 300e6},
        ],
    )


def test_a_name_ending_in_ai_raises_the_round_in_cyrillic_text_ru(check):
    """A Latin name ending in "AI" inside Russian text is the raiser it opens the sentence of."""
    check(
        "Brisko AI привлекла $120 млн в новом раунде. Инвесторы оценили Brisko AI в $1 млрд.",
        "ru",
        [
            {"type": FR, "subject": "Brisko AI", "amount": 120e6},
            {"type": VAL, "subject": "Brisko AI", "amount": 1e9},
        ],
    )


def test_a_data_centre_operator_named_by_its_plural_ending_it(check):
    """ "Osprey Data Centers ... realizzerà un campus da 300 MW": the operator is named by its
    plural ending and named again; the campus's power is the operator's."""
    check(
        "Osprey Data Centers realizzerà un nuovo campus vicino a Pavia. "
        "Il campus di Osprey Data Centers avrà una potenza di 300 MW.",
        "it",
        [{"type": PW, "subject": "Osprey Data Centers", "quantity": 300}],
    )


def test_a_title_case_headline_keeps_one_word_before_the_ending():
    """In a headline every word is capitalised: "Meta Invests In Brisko AI" names Brisko AI,
    not "Invests In Brisko AI"."""
    text = (
        "Meta Invests In Brisko AI After Months Of Talks\n"
        "Meta has put money into Brisko AI, the labelling firm. Brisko AI said the deal closed."
    )
    assert _names(text) == ["Brisko AI"]


def test_a_field_before_an_ending_is_no_company():
    """ "Generative AI", "Quantum Computing": a field English capitalises, not a company, even
    when the text never writes it in lower case."""
    text = (
        "Generative AI start-ups raised $5 billion. Generative AI is the hottest field, and "
        "Quantum Computing follows. Quantum Computing funds grew too."
    )
    assert _names(text) == []


def test_a_name_the_story_names_once_is_aside():
    """A company named only once is an aside of the story (a lender, a customer): not a
    subject its figures could go to."""
    text = "Kestrel raised $40 million, with debt from Ellery Capital. Kestrel will build a site."
    assert _names(text) == []


def test_a_capital_opening_every_sentence_proves_nothing_id():
    """ "Teknologi AI ..." twice, each time opening the sentence: the capital is the sentence's,
    not a name's."""
    text = "Teknologi AI berkembang pesat. Teknologi AI juga mahal. Startup itu meraih dana."
    assert _names(text, "id") == []


def test_an_owner_before_the_name_is_no_part_of_it():
    """ "Ruiz's Kestrel Industries": the possessive names the owner, not the company."""
    text = "Ana Ruiz's Kestrel Industries will spend more. Kestrel Industries has 4,000 GPUs."
    assert _names(text) == ["Kestrel Industries"]


def test_a_facility_ending_in_center_is_no_company():
    """ "Kestrel Computing Center" (singular): a facility or an institute, not an operator."""
    text = "The Kestrel Computing Center has 4,000 GPUs. Kestrel Computing Center opened in May."
    assert _names(text) == []
