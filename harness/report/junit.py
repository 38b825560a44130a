"""junit.xml for CI: one testcase per golden id; a failure names the §, the failure class and the field diff.

Every attribute and text goes through `xml` (harness/report/escape.py): characters XML 1.0 forbids (an ESC
byte in a candidate's error message) and terminal controls become visible escapes, so the file always parses
and a CI log showing it cannot be rewritten by the candidate.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from typing import Any

from .escape import xml
from .labels import value_text


def failure_text(case: dict[str, Any]) -> tuple[str, str]:
    """(one-line message, multi-line detail) for a case with unwaived deviations."""
    devs = [d for d in case["deviations"] if not d.get("undtagelse")]
    message = "; ".join(f"{d['klasse_tekst']} (alvor {d['alvor']})" for d in devs) + \
        f" — {'; '.join(case['hjemmel']) or 'uden hjemmel'}"
    lines = []
    for d in devs:
        lines.append(f"{d['id']}: {d['klasse_tekst']}, alvor {d['alvor']} — {d['besked']}")
        if d.get("rod"):
            rod = d["rod"]
            lines.append(f"  rodårsag {rod['trin']} {rod['regel']} ({rod['hjemmel']})")
        if d.get("kroner") is not None:
            lines.append(f"  kroner {d['kroner']} (kandidaten minus referencen)")
        for f in d["felter"]:
            lines.append(f"  {f['felt']}: forventet {value_text(f['forventet'])}, fik {value_text(f['faktisk'])} ({f['art']})")
        for s in d["forklaring"]:
            lines.append(f"  begrundelse {s['trin']} {s['regel']} ({s['hjemmel']})")
    return message, "\n".join(lines)


def _clean(element: ET.Element) -> None:
    """Every attribute and text of the tree, made safe for XML and terminals."""
    for node in element.iter():
        for key, value in list(node.attrib.items()):
            node.set(key, xml(value))
        if node.text:
            node.text = xml(node.text, multiline=True)


def junit_xml(results: dict[str, Any]) -> str:
    per_area: defaultdict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for case in results["cases"]:
        per_area[(case["ydelse"], case["omraade"])].append(case)
    root = ET.Element("testsuites", name=f"ydelsestjek {results['run_id']}")
    for (ydelse, area), cases in sorted(per_area.items()):
        suite = ET.SubElement(root, "testsuite", name=f"{ydelse}.{area}", tests=str(len(cases)))
        n_fail = n_err = n_skip = 0
        for case in cases:
            tc = ET.SubElement(suite, "testcase", classname=f"{ydelse}.{area}", name=case["id"],
                               time=f"{case['seconds']:.6f}")
            if case["status"] == "skipped":
                n_skip += 1
                ET.SubElement(tc, "skipped", message=case["reason"])
            elif case["status"] == "errored":
                n_err += 1
                err = ET.SubElement(tc, "error", message=f"fejl/timeout — {'; '.join(case['hjemmel'])}")
                err.text = case["reason"]
            elif case["deviations"] and any(not d.get("undtagelse") for d in case["deviations"]):
                n_fail += 1
                message, detail = failure_text(case)
                fail = ET.SubElement(tc, "failure", message=message, type=case["deviations"][0]["klasse"])
                fail.text = detail
            elif case["deviations"]:
                out = ET.SubElement(tc, "system-out")
                out.text = "afvigelser dækket af undtagelse: " + ", ".join(
                    f"{d['id']} ({d['undtagelse']})" for d in case["deviations"])
        suite.set("failures", str(n_fail))
        suite.set("errors", str(n_err))
        suite.set("skipped", str(n_skip))
    _clean(root)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
