#!/usr/bin/env bash
# Installs what building the book needs, skipping what is already there:
#   mdBook 0.5, mdbook-katex (math rendered at build time), mdbook-linkcheck2 (link checks),
#   and KaTeX's stylesheet and fonts from npm into book/katex/ (not committed), so that the
#   built site shows math with no network.
# Usage: bash scripts/setup-book.sh   (then: mdbook serve --open)
set -euo pipefail
cd "$(dirname "$0")/.."

# mdbook-katex 0.10.0 is built against mdBook 0.5.3 (it warns under any other version).
MDBOOK_VERSION=0.5.3
KATEX_PLUGIN_VERSION=0.10.0
LINKCHECK_VERSION=0.13.0
# The KaTeX release that mdbook-katex $KATEX_PLUGIN_VERSION renders with (its katex crate
# bundles this version); stylesheet and renderer must match.
KATEX_VERSION=0.16.4

install_crate() { # crate version executable
  if "$3" --version 2>/dev/null | grep -qF "$2"; then
    echo "$3 $2: already installed"
  else
    echo "installing $1 $2 (a few minutes)"
    cargo install --locked --quiet "$1" --version "$2"
  fi
}

install_crate mdbook "$MDBOOK_VERSION" mdbook
install_crate mdbook-katex "$KATEX_PLUGIN_VERSION" mdbook-katex
install_crate mdbook-linkcheck2 "$LINKCHECK_VERSION" mdbook-linkcheck2

if [ "$(cat book/katex/VERSION 2>/dev/null)" = "$KATEX_VERSION" ]; then
  echo "KaTeX $KATEX_VERSION stylesheet and fonts: already in book/katex/"
else
  if ! command -v npm >/dev/null; then
    apt-get update -qq && apt-get install -y -qq npm >/dev/null
  fi
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "katex@$KATEX_VERSION" >/dev/null && tar xzf "katex-$KATEX_VERSION.tgz")
  rm -rf book/katex
  mkdir -p book/katex
  cp "$tmp/package/dist/katex.min.css" "$tmp/package/LICENSE" book/katex/
  cp -r "$tmp/package/dist/fonts" book/katex/
  echo "$KATEX_VERSION" > book/katex/VERSION
  echo "KaTeX $KATEX_VERSION stylesheet and fonts: copied to book/katex/"
fi
