"""Danish words for the machinery's codes, used by every report."""
STATUS = {"pass": "bestået", "deviation": "afvigelse", "skipped": "sprunget over", "errored": "fejl"}
VERDICT = {"GO": "GO — godkendt til udrulning", "NO-GO": "NO-GO — ikke godkendt til udrulning"}


def value_text(value: object) -> str:
    """A field value as one short line (tables must not break on nested values)."""
    import json
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= 160 else text[:157] + "…"
