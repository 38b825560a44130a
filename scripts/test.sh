#!/usr/bin/env bash
# The test suite: the harness's own tests, the Danish scenarios against the reference, the golden checks.
source "$(dirname "$0")/bootstrap.sh"
mkdir -p reports
"$UV" run pytest --junitxml=reports/tests-junit.xml "$@"
