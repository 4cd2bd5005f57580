#!/usr/bin/env bash
# Runs Scripts/install into a scratch PREFIX (and scratch XDG folders) and checks that the
# binary runs, the man page renders, Tab after "followup ne" gives "next" in bash, the zsh and
# fish completions are there, and --uninstall leaves nothing behind. Run by Scripts/test after
# `swift test`, not inside it: a build inside `swift test` would wait on its lock on .build.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" MANPAGER=cat MANWIDTH=80
prefix="$scratch/prefix"
failures=0
check() {
    local what="$1"; shift
    if "$@"; then echo "ok: $what"; else echo "FAILED: $what" >&2; failures=$((failures + 1)); fi
}

out="$(FOLLOWUP_INSTALL_CONFIGURATION=${FOLLOWUP_INSTALL_CONFIGURATION:-debug} bash "$repo/Scripts/install" "$prefix" 2>&1)" || {
    echo "$out" >&2; echo "FAILED: Scripts/install" >&2; exit 1; }
check "the install says how to put PREFIX/bin on PATH" grep -qF "Add $prefix/bin to your PATH" <<<"$out"
check "followup --help runs" bash -c '"$1" --help | grep -q "A coach for the days after a job interview."' _ "$prefix/bin/followup"
page="$prefix/share/man/man1/followup.1"
check "the man page is roff from the command definitions" grep -q '^\.Dt FOLLOWUP 1' "$page"
check "man -l renders it" bash -c 'man -l "$1" 2>/dev/null | grep -q "Show or set the region"' _ "$page"
check "man -l has no warnings" test -z "$(man -l "$page" 2>&1 >/dev/null)"
# Tab in an interactive bash with the completion sourced, as bash-completion would load it.
tab_in_bash() {
    python3 - "$prefix/bin" "$XDG_DATA_HOME/bash-completion/completions/followup" <<'PY'
import os, sys, pexpect
bin_dir, completion = sys.argv[1:]
env = dict(os.environ, PATH=bin_dir + ":" + os.environ["PATH"], PS1="$ ", TERM="dumb")
shell = pexpect.spawn("bash", ["--norc", "--noprofile", "-i"], env=env, encoding="utf-8", timeout=15)
shell.expect_exact("$ ")
shell.sendline(f"shopt -s extglob; source {completion}")
shell.expect_exact("$ ")
shell.send("followup ne\t")
shell.expect_exact("followup next")
shell.sendcontrol("c")
shell.sendline("exit")
shell.expect(pexpect.EOF)
PY
}
check "Tab after 'followup ne' in bash completes to next" tab_in_bash
check "zsh completion" grep -q '#compdef followup' "$XDG_DATA_HOME/zsh/site-functions/_followup"
check "fish completion" grep -q "complete -c 'followup'" "$XDG_CONFIG_HOME/fish/completions/followup.fish"

check "uninstall" bash "$repo/Scripts/install" --uninstall "$prefix" >/dev/null
# SwiftPM keeps its own folders under the XDG ones: they are not the install's.
left="$(find "$scratch" -mindepth 1 -not -path "$scratch/config/swiftpm*" -not -path "$scratch/data/bin" \
    -not -path "$scratch/config" -not -path "$scratch/data")"
check "nothing left behind${left:+: $left}" test -z "$left"

if [ "$failures" -gt 0 ]; then echo "install check: $failures failed" >&2; exit 1; fi
echo "install check: all checks passed"
