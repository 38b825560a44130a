# Sourced by the entry scripts: makes `uv` (pinned) available using nothing but python3, then syncs the
# project's locked environment. Never downloads a Python: uv uses one the machine has.
set -euo pipefail
UV_VERSION="0.13.9"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export UV_PYTHON_DOWNLOADS=never
export UV_PROJECT_ENVIRONMENT="${UV_PROJECT_ENVIRONMENT:-$ROOT/.venv}"

# The project's interpreter: YDELSESTJEK_PYTHON if set; else the distribution's CPython (/usr/bin/python3) when it
# is new enough, because distributions build it for speed (Debian's is statically linked and optimised) and the
# reference measured about a quarter faster on it than on this machine's default pyenv build (shared libpython);
# benchmarks/reference_throughput.py prints which one it ran on. Else the first python3 on PATH. uv recreates
# .venv when the interpreter changes.
if [ -n "${YDELSESTJEK_PYTHON:-}" ]; then
  export UV_PYTHON="$YDELSESTJEK_PYTHON"
elif [ -z "${UV_PYTHON:-}" ] && [ -x /usr/bin/python3 ] \
     && /usr/bin/python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then
  export UV_PYTHON=/usr/bin/python3
fi

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

# Bytecode, compiled once. This environment sets PYTHONDONTWRITEBYTECODE, so without this every process compiles
# every module it imports from source (measured: ~0.5 s per command). The environment's packages are compiled when
# the lock changes (a stamp in .venv), the project's own modules on every call (cheap: only changed files are
# recompiled). Python checks each .pyc against its source, so a stale one is never used.
_bytecode_want="$(cat uv.lock pyproject.toml 2>/dev/null | cksum)"
_bytecode_stamp="$UV_PROJECT_ENVIRONMENT/.bytecode-stamp"
if [ "$(cat "$_bytecode_stamp" 2>/dev/null)" != "$_bytecode_want" ]; then
  "$UV_PROJECT_ENVIRONMENT/bin/python" -m compileall -q -j0 "$UV_PROJECT_ENVIRONMENT/lib" >/dev/null 2>&1 || true
  echo "$_bytecode_want" > "$_bytecode_stamp"
fi
"$UV_PROJECT_ENVIRONMENT/bin/python" -m compileall -q -j0 harness adapters >/dev/null 2>&1 || true
