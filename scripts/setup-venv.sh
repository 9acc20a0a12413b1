#!/usr/bin/env bash
# Create .venv if it is missing (or broken) and install Lotse with its dev extras into it; install again
# whenever pyproject.toml changed. Used by scripts/test and .ci/run. PYTHON=… picks the interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."

find_python() {
    local candidate
    for candidate in ${PYTHON:-} python3.11 python3.12 python3.13 python3 python; do
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "$candidate"
            return 0
        fi
    done
    echo "setup-venv: no Python 3.11 or newer found (set PYTHON=/path/to/python3.11)" >&2
    return 1
}

if ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    python=$(find_python)
    echo "setup-venv: creating .venv with $("$python" --version 2>&1) ($python)" >&2
    if ! "$python" -m venv --clear .venv; then
        echo "setup-venv: '$python -m venv' failed; on Debian/Ubuntu install python3-venv (or python3.11-venv)" >&2
        exit 1
    fi
    rm -f .venv/.lotse-setup
fi

stamp=.venv/.lotse-setup
wanted="$(.venv/bin/python -c 'import hashlib, sys; print(hashlib.sha256(open("pyproject.toml", "rb").read()).hexdigest())')"
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$wanted" ]; then
    echo "setup-venv: installing Lotse and its dev tools into .venv" >&2
    export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e '.[dev]'
    echo "$wanted" >"$stamp"
fi
