#!/usr/bin/env bash
# The main job: run every approved legal scenario against the bundled demo candidate (a simulated vendor
# release with known defects), and show the rollout report. Exit code: 0 GO, 1 NO-GO, 2 usage/configuration error.
source "$(dirname "$0")/bootstrap.sh"
set +e
"$UV" run ydelsestjek run --candidate demo "$@"
code=$?
echo
case $code in
  0) echo "exit 0: GO" ;;
  1) echo "exit 1: NO-GO (expected for the demo candidate: it carries the defects listed in adapters/demo/README.md)" ;;
  *) echo "exit $code: usage, configuration or golden-integrity error" ;;
esac
exit $code
