#!/usr/bin/env bash
# The test suite: the guardrails (lint, the import contract between the layers, types), then the harness's own tests,
# the Danish scenarios against the reference and the golden checks.
source "$(dirname "$0")/bootstrap.sh"
mkdir -p reports
bash "$ROOT/scripts/browser-setup.sh"   # Chromium and chromedriver for the rapport.html browser tests
echo "ruff:" >&2
"$UV" run --frozen ruff check --quiet .   # a finding fails the script (not inside an && list)
echo "  clean" >&2
echo "import contract:" >&2 && "$UV" run --frozen lint-imports --no-cache | grep -E "KEPT|BROKEN|broken" >&2
echo "mypy (harness/ and adapters/, strict on the kernel and the verdict):" >&2 && "$UV" run --frozen mypy >&2
# Two worker processes, whole test files to each (--dist loadfile keeps a file's module fixtures in one process):
# 19 min serial on this 2-core machine, 11 min so. YDELSESTJEK_TEST_WORKERS=0 runs them in this process.
"$UV" run pytest -n "${YDELSESTJEK_TEST_WORKERS:-2}" --dist loadfile --junitxml=reports/tests-junit.xml "$@"
