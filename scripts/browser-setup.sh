#!/usr/bin/env bash
# The headless browser the tests of rapport.html run in (tests/report/test_rapport_browser.py): Debian's Chromium
# and its chromedriver, driven by selenium (pinned in uv.lock). Installs them with apt-get when they are missing
# and this runs as root on a Debian-like system; otherwise says what to install. Idempotent: nothing is done
# when both are there. YDELSESTJEK_CHROMIUM / YDELSESTJEK_CHROMEDRIVER point the tests at other binaries.
set -euo pipefail
CHROMIUM="${YDELSESTJEK_CHROMIUM:-/usr/bin/chromium}"
DRIVER="${YDELSESTJEK_CHROMEDRIVER:-/usr/bin/chromedriver}"
if [ -x "$CHROMIUM" ] && [ -x "$DRIVER" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "browser-setup: installing chromium and chromium-driver with apt-get (for the rapport.html tests)" >&2
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y --no-install-recommends chromium chromium-driver >/dev/null 2>&1; then
    apt-get update -qq >/dev/null
    apt-get install -y --no-install-recommends chromium chromium-driver >/dev/null
  fi
  exit 0
fi
echo "browser-setup: $CHROMIUM or $DRIVER is missing; install Debian's chromium and chromium-driver" \
     "(sudo apt-get install chromium chromium-driver) for the rapport.html browser tests" >&2
exit 0
