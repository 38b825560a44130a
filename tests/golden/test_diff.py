"""The Danish per-field diff names weeks, money and missing items the way a caseworker reads them."""
from harness.golden.diff import danish_diff

OLD = {"ydelse": "sygedagpenge",
       "decision": {"udbetalinger": [{"uge": "2024-W14", "beloeb": "3267.84"}, {"uge": "2024-W15", "beloeb": "4084.80"}],
                    "varighed": {"forlaengelse": None, "sidste_betalingsdag": "2024-07-31"},
                    "ret_kommune": {"ret": True}},
       "approval": {"by": "a"}}


def test_changed_week_amount_date_and_flag():
    new = {"ydelse": "sygedagpenge", "decision": {"udbetalinger": [{"uge": "2024-W14", "beloeb": "3300.00"}],
                        "varighed": {"forlaengelse": "nr3_laegebehandling", "sidste_betalingsdag": "2024-12-31"},
                        "ret_kommune": {"ret": False}},
           "approval": {"by": "b"}}
    assert danish_diff(OLD, new) == [
        "afgørelsen ret over for kommunen: ret ja → nej",
        "afgørelsen udbetaling uge 2024-W14: beløb 3.267,84 kr. → 3.300,00 kr.",
        "afgørelsen varighed: forlængelse intet → nr3_laegebehandling",
        "afgørelsen varighed: sidste betalingsdag 2024-07-31 → 2024-12-31",
        'afgørelsen: udbetaling uge 2024-W15 {"beloeb": "4084.80", "uge": "2024-W15"} → (intet)',
    ]


def test_only_approval_differs_means_no_diff():
    assert danish_diff(OLD, OLD | {"approval": {"by": "someone else"}}) == []
