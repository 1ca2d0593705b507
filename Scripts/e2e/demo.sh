#!/usr/bin/env bash
# tmux end-to-end check of the README's run command: `cairn demo` on a fresh data directory opens
# the real encrypted demo wallet in the terminal UI. Wrong passphrase first, then the demo one;
# list, detail, back, quit. Prints "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/../.."

BIN=${BIN:-.build/debug/cairn}
W=$(mktemp -d)
TIMEOUT=${TIMEOUT:-20}
T="tmux -L cairn-demo-$$"
passed=0
failed=0
trap '$T kill-server 2>/dev/null || true; rm -rf "$W"' EXIT

screen() { $T capture-pane -p -t demo 2>/dev/null; }
check() {  # check NAME TEXT: polls the screen for TEXT
    local deadline=$((SECONDS + TIMEOUT))
    while ((SECONDS < deadline)); do
        if screen | grep -qF -- "$2"; then passed=$((passed + 1)); echo "ok   - $1"; return; fi
        sleep 0.1
    done
    failed=$((failed + 1)); echo "FAIL - $1 (waited ${TIMEOUT}s for: $2)"; screen | sed 's/^/     | /'
}
keys() { $T send-keys -t demo "$@"; }

$T -f /dev/null new-session -d -s demo -x 100 -y 30 \
    "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_DATA_HOME=$W/data XDG_CONFIG_HOME=$W/config $BIN demo; echo EXIT=\$?; sleep 600"

check "the unlock screen shows the demo passphrase" "passphrase: demo"
keys 'not the passphrase' Enter
check "a wrong passphrase is refused and the user may retry" "wrong passphrase"
keys 'demo' Enter
check "the demo credentials are listed" "Credentials (15)"
check "the status bar totals the ECTS" "27 ECTS"
check "the status bar counts the credentials that really verified" "10 verified"
check "the signed credentials carry the verified mark" "✓ Data Ethics and Governance"
check "the tampered sample carries the failed mark" "✗ Web Accessibility Basics (tampered demo sample)"
check "the paper certificate carries the self-asserted mark" "· Occupational First Aid"
check "the VC-JWT whose key cannot be resolved is unverifiable" "? Example University Degree"
keys Enter
check "the detail shows the completeness line" "mandatory elements"
check "the detail names the signing did:key issuer" "did:key:z6Mk"
keys Escape
check "escape returns to the list" "Credentials (15)"
keys j j j j j j Enter  # the 7th row (newest first): the tampered sample
check "the tampered sample's detail explains the deliberate change" "Deliberately tampered demo sample"
keys G  # to the bottom of the detail: the verification checks
check "the tampered sample's proof check fails" "does not match the credential"
keys Escape
check "escape returns to the list again" "Credentials (15)"
keys q
check "q quits cleanly with exit code 0" "EXIT=0"
if ls -l "$W/data/cairn/" | grep -q -- '-rw-------'; then
    passed=$((passed + 1)); echo "ok   - the demo wallet file is private (0600)"
else
    failed=$((failed + 1)); echo "FAIL - the demo wallet file is not 0600"; ls -l "$W/data/cairn/"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
