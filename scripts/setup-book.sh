#!/usr/bin/env bash
# Installs what building the book needs, with cargo and rustup, skipping what is already there:
#   mdBook 0.5, mdbook-katex (math rendered at build time), mdbook-linkcheck2 (link checks),
#   mdbook-i18n-helpers (the Japanese edition, from po/ja.po), Pagefind (search that
#   understands Japanese) and Rust's wasm32-wasip1 target (the Run boxes of the built site).
# KaTeX's stylesheet and fonts come with the repository (book/katex/), so nothing else is
# fetched. Works wherever bash and cargo do (Linux, macOS, Git Bash on Windows); the same
# `cargo install` lines can also be typed by hand.
# Usage: bash scripts/setup-book.sh   (then: mdbook serve --open)
set -euo pipefail
cd "$(dirname "$0")/.."

# mdbook-katex 0.10.0 is built against mdBook 0.5.3 (it warns under any other version), and
# renders with KaTeX 0.16.4, the version of the stylesheet in book/katex/.
MDBOOK_VERSION=0.5.3
KATEX_PLUGIN_VERSION=0.10.0
LINKCHECK_VERSION=0.13.0
I18N_VERSION=0.4.0
PAGEFIND_VERSION=1.6.0

install_crate() { # crate version executable [cargo install options]
  if "$3" --version 2>/dev/null | grep -qF "$2"; then
    echo "$3 $2: already installed"
  else
    echo "installing $1 $2 (a few minutes)"
    cargo install --locked --quiet "$1" --version "$2" "${@:4}"
  fi
}

install_crate mdbook "$MDBOOK_VERSION" mdbook
install_crate mdbook-katex "$KATEX_PLUGIN_VERSION" mdbook-katex
install_crate mdbook-linkcheck2 "$LINKCHECK_VERSION" mdbook-linkcheck2
# Its programs print no version; mdbook-gettext is there once the crate is.
if command -v mdbook-gettext >/dev/null && cargo install --list | grep -qF "mdbook-i18n-helpers v$I18N_VERSION"; then
  echo "mdbook-i18n-helpers $I18N_VERSION: already installed"
else
  echo "installing mdbook-i18n-helpers $I18N_VERSION (a few minutes)"
  cargo install --locked --quiet mdbook-i18n-helpers --version "$I18N_VERSION"
fi
# The "extended" build of Pagefind segments Japanese text into words.
install_crate pagefind "$PAGEFIND_VERSION" pagefind --features extended
# The chapters' programs for the Run boxes of the built site (`cargo xtask site`), which
# compiles them to WebAssembly for WASI.
if rustup target list --installed 2>/dev/null | grep -qx wasm32-wasip1; then
  echo "wasm32-wasip1: already installed"
else
  rustup target add wasm32-wasip1
fi
