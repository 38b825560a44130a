# Sourced by the entry scripts: makes `uv` (pinned) available using nothing but python3, then syncs the
# project's locked environment. Never downloads a Python: uv uses the machine's python3.
set -euo pipefail
UV_VERSION="0.13.9"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export UV_PYTHON_DOWNLOADS=never
export UV_PROJECT_ENVIRONMENT="${UV_PROJECT_ENVIRONMENT:-$ROOT/.venv}"

if command -v uv >/dev/null 2>&1 && [ "$(uv --version | awk '{print $2}')" = "$UV_VERSION" ]; then
  UV=uv
else
  TOOLS="$ROOT/.tools"
  if [ ! -x "$TOOLS/bin/uv" ]; then
    echo "bootstrap: installing uv $UV_VERSION into $TOOLS" >&2
    if python3 -m venv "$TOOLS" >/dev/null 2>&1 && "$TOOLS/bin/python" -m pip --version >/dev/null 2>&1; then
      "$TOOLS/bin/python" -m pip install --quiet --disable-pip-version-check "uv==$UV_VERSION"
    else
      rm -rf "$TOOLS"
      python3 -m pip install --quiet --disable-pip-version-check --target "$TOOLS/lib" "uv==$UV_VERSION"
      mkdir -p "$TOOLS/bin" && ln -sf "$TOOLS/lib/bin/uv" "$TOOLS/bin/uv"
    fi
  fi
  UV="$TOOLS/bin/uv"
fi
cd "$ROOT"
"$UV" sync --locked --quiet
