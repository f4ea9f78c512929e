#!/usr/bin/env bash
# Installs the spec-validating mock server (Prism) used by the wazo-auth contract tests into .tools/prism
# at the repository root (git-ignored), and Node.js with npm (Debian packages) when they are missing. Safe to run
# again: it does nothing when the pinned version is present.
set -euo pipefail

PRISM_VERSION="5.14.2"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PREFIX="$ROOT/.tools/prism"
PACKAGE_JSON="$PREFIX/node_modules/@stoplight/prism-cli/package.json"

installed_version() {
  [ -f "$PACKAGE_JSON" ] && node -p "require(process.argv[1]).version" "$PACKAGE_JSON" 2>/dev/null || true
}

if [ "$(installed_version)" = "$PRISM_VERSION" ] && [ -x "$PREFIX/node_modules/.bin/prism" ]; then
  echo "Prism $PRISM_VERSION already installed in $PREFIX"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  source "$(dirname "${BASH_SOURCE[0]}")/lib/apt.sh"
  apt_install nodejs npm
fi
mkdir -p "$PREFIX"
npm install --prefix "$PREFIX" --no-audit --no-fund "@stoplight/prism-cli@$PRISM_VERSION"
echo "Prism $(installed_version) installed in $PREFIX"
