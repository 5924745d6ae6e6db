"""Indonesian sentences: dot-grouped and comma-grouped numbers side by side, scale words,
rupiah conversions, "akan"/"berencana", "dikabarkan", "hingga", "ratusan ribu"."""

FR, CS, HOLD = "funding_round", "cluster_size", "chip_holding"


def test_round_with_rupiah_conversion_in_brackets(check):
    check(
        "xAI berhasil menghimpun dana US$6 miliar (Rp93 triliun) dengan valuasi US$24 miliar.",
        "id",
        [
            {
                "type": FR,
                "subject": "xAI",
                "amount": 6e9,
                "currency": "USD",
                "amount_usd": 6e9,
                "valuation_usd": 24e9,
                "status": "closed",
            }
        ],
    )


def test_both_number_styles_in_one_text(check):
    check(
        "Colossus kini memiliki 100.000 GPU H100. Meta menargetkan 350,000 unit H100 pada akhir "
        "tahun ini.",
        "id",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "chip_model": "H100-SXM",
                "quantity": 100_000.0,
                "status": "operational",
            },
            {
                "type": HOLD,
                "subject": "Meta",
                "chip_model": "H100-SXM",
                "quantity": 350_000.0,
                "status": "planned",
                "as_of": "2024-12",
            },
        ],
    )


def test_founding_story(check):
    text = (
        "Superkomputer Colossus milik xAI di Memphis, yang dibangun dalam 122 hari, menjalankan "
        "100.000 GPU Nvidia H100 dan akan berlipat ganda menjadi 200.000 dalam beberapa bulan "
        "mendatang. Pada bulan Mei, xAI meraih pendanaan US$6 miliar dengan valuasi US$24 miliar."
    )
    check(
        text,
        "id",
        [
            {
                "type": CS,
                "subject": "Colossus",
                "chip_model": "H100-SXM",
                "quantity": 100_000.0,
                "status": "operational",
            },
            {"type": CS, "subject": "Colossus", "quantity": 200_000.0, "status": "planned"},
            {"type": "build_duration", "subject": "Colossus", "quantity": 122.0},
            {
                "type": FR,
                "subject": "xAI",
                "amount_usd": 6e9,
                "valuation_usd": 24e9,
                "status": "closed",
                "as_of": "2024-05",
            },
        ],
    )


def test_vague_hundreds_of_thousands(check):
    check(
        "Amazon tengah membangun Project Rainier dengan ratusan ribu chip Trainium2.",
        "id",
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


def test_reported_round_up_to(check):
    check(
        "OpenAI dikabarkan sedang menggalang dana hingga US$40 miliar.",
        "id",
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


def test_increment_is_not_a_size(check):
    check("xAI akan menambah 100.000 GPU lagi ke Colossus.", "id", [])
    check("Tesla membeli 20.000 chip H100 tambahan.", "id", [])


def test_range_with_hingga_between_numbers(check):
    check(
        "Anthropic sedang dalam pembicaraan untuk menghimpun 3 hingga 5 miliar dolar AS.",
        "id",
        [
            {
                "type": FR,
                "subject": "Anthropic",
                "amount": 3e9,
                "amount_high": 5e9,
                "qualifier": "range",
                "status": "reported",  # talks are reported (annotation guidelines)
            }
        ],
    )


def test_build_time_and_power(check):
    check(
        "Superkomputer Colossus dibangun dalam 122 hari.",
        "id",
        [{"type": "build_duration", "subject": "Colossus", "quantity": 122.0}],
    )
    check(
        "Pusat data Stargate Abilene akan berkapasitas 1,2 gigawatt.",
        "id",
        [
            {
                "type": "power_capacity",
                "subject": "Stargate Abilene",
                "quantity": 1200.0,
                "status": "planned",
            }
        ],
    )


def test_denial(check):
    check(
        "xAI membantah kabar bahwa perusahaan sedang menggalang dana US$10 miliar.",
        "id",
        [{"type": FR, "subject": "xAI", "amount": 10e9, "status": "denied"}],
    )


def test_rupiah_amount_stays_in_rupiah(check):
    check(
        "Startup Moonshot AI memperoleh pendanaan Rp15,6 triliun.",
        "id",
        [
            {
                "type": FR,
                "subject": "Moonshot AI",
                "amount": 15.6e12,
                "currency": "IDR",
                "amount_usd": None,
            }
        ],
    )


def test_relative_month(check):
    check(
        "Bulan lalu, Anthropic meraup 3,5 miliar dolar AS.",
        "id",
        [{"type": FR, "subject": "Anthropic", "amount": 3.5e9, "as_of": "2024-05"}],
    )
