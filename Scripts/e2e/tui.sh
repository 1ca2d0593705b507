#!/usr/bin/env bash
# tmux end-to-end check of the terminal UI: drives the real binary with keys and reads the screen.
#
#   BIN=.build/debug/cairn Scripts/e2e/tui.sh            # default: `cairn tui-preview` (passphrase demo)
#   TUI_ARGS="demo" TUI_PASS=... Scripts/e2e/tui.sh       # point it at another entry point
#
# Private tmux server (-L cairn-e2e-$$), polling with a timeout (no fixed sleeps), and a final
# "N passed, N failed" line; exits non-zero when any step failed.
set -uo pipefail
cd "$(dirname "$0")/../.."

BIN=${BIN:-.build/debug/cairn}
W=$(mktemp -d)
TUI_ARGS=${TUI_ARGS:-tui-preview --export-dir $W}
TUI_PASS=${TUI_PASS:-demo}
TIMEOUT=${TIMEOUT:-10}
T="tmux -L cairn-e2e-$$"
passed=0
failed=0
trap '$T kill-server 2>/dev/null || true; rm -rf "$W"' EXIT

S=e2e0
start() {  # start the app in a fresh 80x24 session (one private server, a new session per scenario)
    S="e2e$((${S#e2e} + 1))"
    $T -f /dev/null new-session -d -s "$S" -x 80 -y 24 \
        "env TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_CONFIG_HOME=$W/config $BIN $TUI_ARGS; echo EXIT=\$?; sleep 600"
}

screen() { $T capture-pane -p -t "$S" 2>/dev/null; }

wait_for() {  # poll the pane until it contains $1 (fixed string) or the timeout passes
    local deadline=$((SECONDS + TIMEOUT))
    while ((SECONDS < deadline)); do
        screen | grep -qF -- "$1" && return 0
        sleep 0.1
    done
    return 1
}

check() {  # check NAME PATTERN: one step; prints the screen on failure
    if wait_for "$2"; then
        passed=$((passed + 1)); echo "ok   - $1"
    else
        failed=$((failed + 1)); echo "FAIL - $1 (waited ${TIMEOUT}s for: $2)"; screen | sed 's/^/     | /'
    fi
}

check_cmd() {  # check_cmd NAME COMMAND...: a step decided by a shell command (polled)
    local name=$1; shift
    local deadline=$((SECONDS + TIMEOUT))
    while ((SECONDS < deadline)); do
        if "$@"; then passed=$((passed + 1)); echo "ok   - $name"; return; fi
        sleep 0.1
    done
    failed=$((failed + 1)); echo "FAIL - $name"; screen | sed 's/^/     | /'
}

keys() { $T send-keys -t "$S" "$@"; }

in_alternate_screen() { [ "$($T display -p -t "$S" '#{alternate_on}')" = 1 ]; }
left_alternate_screen() { [ "$($T display -p -t "$S" '#{alternate_on}')" = 0 ]; }

small_screen_ok() {  # at most 12 rows, at most 40 display columns, the list title and an ellipsis
    local out
    out=$(screen)
    [ "$(printf '%s\n' "$out" | wc -l)" -le 12 ] || return 1
    [ "$(printf '%s\n' "$out" | LC_ALL=C.UTF-8 wc -L)" -le 40 ] || return 1
    printf '%s\n' "$out" | grep -q 'Credentials' && printf '%s\n' "$out" | grep -qF '…'
}

# --- Scenario 1: the whole tour --------------------------------------------------------------
start
check "unlock screen asks for the passphrase" "Passphrase:"
keys -l "not-the-passphrase"; keys Enter
check "a wrong passphrase is reported and the prompt stays" "Wrong passphrase"
keys -l "$TUI_PASS"; keys Enter
check "unlocking shows the credential list" "Credentials ("
check "wide (CJK) and accented titles are listed" "データサイエンス入門"
keys "/"; keys -l "machine"
check "incremental search filters the list" "(1 of "
keys Enter Enter
check "enter opens the credential detail" "mandatory elements"
keys r
check "r shows the raw source" "@context"
keys Escape x
check "esc returns to the full list" "Credentials (9)"
keys p
check "p shows stacking progress" "Microdegree in Data Science"
keys j Enter
check "enter drills into a pathway's requirements" "Core courses"
keys Escape Space e
check "space marks a credential and e opens share" "Share 1 credential"
keys Enter
check "enter exports and shows where the file went" "Saved to"
check_cmd "the exported file exists" bash -c "ls $W/cairn-share-*.json >/dev/null 2>&1"
keys Escape "?"
check "? shows the help overlay generated from the key map" "Keys (j/k scroll"
keys Escape
$T resize-window -t "$S" -x 40 -y 12
check_cmd "resizing to 40x12 redraws within 40 columns, truncating with …" small_screen_ok
keys q
check "q quits with exit status 0" "EXIT=0"
check_cmd "the terminal left the alternate screen" left_alternate_screen

# --- Scenario 2: ctrl-c at the passphrase prompt leaves cleanly ------------------------------
start
check "second run shows the prompt" "Passphrase:"
keys C-c
check "ctrl-c at the prompt exits" "EXIT=0"
check_cmd "ctrl-c restored the terminal" left_alternate_screen

# --- Scenario 3: SIGTERM restores the terminal -----------------------------------------------
start
check "third run shows the prompt" "Passphrase:"
pane=$($T display -p -t "$S" '#{pane_pid}')
app=$(pgrep -P "$pane" | head -1)
[ -n "$app" ] && kill -TERM "$app"
check "SIGTERM ends the app" "EXIT=143"
check_cmd "SIGTERM restored the terminal" left_alternate_screen

# --- Scenario 4: ctrl-z suspends (terminal handed back), SIGCONT resumes and repaints ---------
start
check "fourth run shows the prompt" "Passphrase:"
keys -l "$TUI_PASS"; keys Enter
check "fourth run unlocks" "Credentials ("
keys C-z
check_cmd "ctrl-z gives the terminal back" left_alternate_screen
pane=$($T display -p -t "$S" '#{pane_pid}')
app=$(pgrep -P "$pane" | head -1)
[ -n "$app" ] && kill -CONT "$app"
check_cmd "SIGCONT resumes in the alternate screen" in_alternate_screen
check "resume repaints the list" "Credentials ("
keys q
check "quits after resume" "EXIT=0"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
