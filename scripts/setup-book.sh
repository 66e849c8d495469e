#!/usr/bin/env bash
# Installs what building the book needs, with cargo only, skipping what is already there:
#   mdBook 0.5, mdbook-katex (math rendered at build time) and mdbook-linkcheck2 (link checks).
# KaTeX's stylesheet and fonts come with the repository (book/katex/), so nothing else is
# fetched. Works wherever bash and cargo do (Linux, macOS, Git Bash on Windows); the same
# three `cargo install` lines can also be typed by hand.
# Usage: bash scripts/setup-book.sh   (then: mdbook serve --open)
set -euo pipefail
cd "$(dirname "$0")/.."

# mdbook-katex 0.10.0 is built against mdBook 0.5.3 (it warns under any other version), and
# renders with KaTeX 0.16.4, the version of the stylesheet in book/katex/.
MDBOOK_VERSION=0.5.3
KATEX_PLUGIN_VERSION=0.10.0
LINKCHECK_VERSION=0.13.0

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
