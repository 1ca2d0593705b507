#!/usr/bin/env bash
# tmux end-to-end check of the share flow in the terminal UI (issues 3 and 7) with the real
# `cairn demo` binary and its encrypted wallet: unlock, mark two credentials with space, open the
# share screen with e, shorten the validity, export with enter; the screen says where the file went,
# the file exists, and `cairn verify-bundle` accepts it with exactly the marked credentials.
# Titles are read from the share screen, not hard-coded. Prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."

BIN=${BIN:-.build/debug/cairn}
case "$BIN" in /*) ;; *) BIN="$PWD/$BIN" ;; esac
W=$(mktemp -d)
TIMEOUT=${TIMEOUT:-20}
T="tmux -L cairn-share-$$"
passed=0
failed=0
trap '$T kill-server 2>/dev/null || true; rm -rf "$W"' EXIT
mkdir -p "$W/downloads" "$W/cwd"

screen() { $T capture-pane -p -t share 2>/dev/null; }
pass() { passed=$((passed + 1)); echo "ok   - $1"; }
fail() { failed=$((failed + 1)); echo "FAIL - $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | sed 's/^/     | /'; }
check() {  # check NAME TEXT: polls the screen for TEXT
    local deadline=$((SECONDS + TIMEOUT))
    while ((SECONDS < deadline)); do
        if screen | grep -qF -- "$2"; then pass "$1"; return; fi
        sleep 0.1
    done
    fail "$1 (waited ${TIMEOUT}s for: $2)" "$(screen)"
}
keys() { $T send-keys -t share "$@"; }

# The share flow writes into $XDG_DOWNLOAD_DIR when it is a directory (else the working directory).
$T -f /dev/null new-session -d -s share -x 100 -y 30 \
    "cd $W/cwd && env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_DATA_HOME=$W/data XDG_CONFIG_HOME=$W/config XDG_DOWNLOAD_DIR=$W/downloads $BIN demo; echo EXIT=\$?; sleep 600"

check "the demo unlock screen appears" "passphrase: demo"
keys -l demo; keys Enter
check "unlocking lists the demo credentials" "Credentials ("
keys Space j Space
keys e
check "space marks two credentials and e opens the share screen" "Share 2 credentials"
check "the share screen lists the options" "valid for 30 days"
marked=$(screen | sed -n 's/^.*● \(.*[^ ]\) *│\{0,1\} *$/\1/p' | sed 's/ *│$//')
check "the share screen lists the marked credentials" "Marked:"
keys j j Space
check "space on the validity line cycles it to 90 days" "valid for 90 days"
keys Enter
check "enter exports and the screen shows where the file went" "Saved to $W/downloads/cairn-bundle-"
file=$(screen | tr -d '\n' | grep -o "$W/downloads/cairn-bundle-[0-9-]*\.zip" | head -1)
files=("$W"/downloads/cairn-bundle-*.zip)
if [ -n "$file" ] && [ -s "$file" ]; then pass "the file on the screen exists ($(basename "$file"))"; else fail "the file on the screen exists" "$(ls -l "$W/downloads")"; fi
if [ "${#files[@]}" -eq 1 ] && [ -z "$(ls -A "$W/cwd")" ]; then pass "exactly one file was written, in the download folder"; else fail "exactly one file was written" "$(ls -lR "$W")"; fi
if [ -n "$file" ] && [ "$(stat -c %a "$file")" = 600 ]; then pass "the exported file is private (0600)"; else fail "the exported file is private (0600)"; fi

"$BIN" verify-bundle "${file:-/nonexistent}" --json >"$W/v.json" 2>"$W/v.err"; rc=$?
if [ "$rc" -eq 0 ] && grep -q '"valid" *: *true' "$W/v.json"; then pass "verify-bundle accepts the exported file"; else fail "verify-bundle accepts the exported file (exit $rc)" "$(cat "$W/v.json" "$W/v.err")"; fi
# The screen may shorten a long title with "…": each marked line must start one bundle title, one to one.
if python3 - "$W/v.json" "$marked" <<'EOF'
import json, sys
titles = sorted(c["title"] or "" for c in json.load(open(sys.argv[1]))["credentials"])
shown = sorted(line.rstrip("…").strip() for line in sys.argv[2].splitlines() if line.strip())
sys.exit(not (len(shown) == len(titles) == 2 and all(t.startswith(s) for s, t in zip(shown, titles))))
EOF
then pass "the bundle holds exactly the two marked credentials"
else fail "the bundle holds exactly the two marked credentials" "marked: $marked"$'\n'"bundle: $(cat "$W/v.json")"; fi
expiry=$(python3 -c 'import json,sys; print([c["message"] for c in json.load(open(sys.argv[1]))["checks"] if c["check"] == "expiry"][0])' "$W/v.json" 2>/dev/null)
expected=$(date -u -d '+90 days' +%Y-%m-%d)
if grep -qF "$expected" <<<"$expiry"; then pass "the bundle expires after the chosen 90 days ($expected)"; else fail "the bundle expires after the chosen 90 days" "$expiry"; fi
"$BIN" verify-bundle "${file:-/nonexistent}" --at "$(date -u -d '+91 days' +%Y-%m-%dT%H:%M:%SZ)" >/dev/null 2>&1; rc=$?
if [ "$rc" -eq 1 ]; then pass "the bundle is expired a day after that (exit 1)"; else fail "the bundle is expired a day after that (exit $rc)"; fi

if python3 - "${file:-/nonexistent}" <<'EOF'
import sys, zipfile
text = zipfile.ZipFile(sys.argv[1]).read("transcript.html").decode()
sys.exit(not ("Progress" in text and "ECTS counted" in text))
EOF
then pass "the transcript carries the stacking progress (option on by default)"
else fail "the transcript carries the stacking progress"; fi

keys Enter
check "a second export does not overwrite the first" "cairn-bundle-$(date -u +%Y-%m-%d)-2.zip"
keys k k Space
check "space on the first option turns originals off" "[ ] Include the originals"
keys Enter
# Without originals the file is the bare presentation: written as .json when every marked credential
# has a standard envelope, otherwise refused naming the one that has none.
deadline=$((SECONDS + TIMEOUT)); outcome=""
while ((SECONDS < deadline)) && [ -z "$outcome" ]; do
    text=$(screen | tr -d '\n')
    if grep -q "Saved to .*cairn-bundle-[0-9-]*\.json" <<<"$text"; then outcome=saved
    elif grep -q "Export failed: .*include the originals" <<<"$text"; then outcome=refused
    else sleep 0.1; fi
done
case "$outcome" in
saved)
    vp=$(ls "$W"/downloads/cairn-bundle-*.json 2>/dev/null | head -1)
    if "$BIN" verify-bundle "$vp" >/dev/null 2>&1; then pass "without originals the bare presentation is written and verifies"
    else fail "without originals the bare presentation is written and verifies" "$("$BIN" verify-bundle "$vp" 2>&1)"; fi ;;
refused)
    if ! ls "$W"/downloads/*.json >/dev/null 2>&1; then pass "without originals a credential lacking an envelope is refused by name, nothing written"
    else fail "without originals: refused but a file was written"; fi ;;
*) fail "without originals: neither saved nor refused" "$(screen)" ;;
esac
keys Escape
check "esc returns to the list" "Credentials ("
keys q
check "q quits with exit status 0" "EXIT=0"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
