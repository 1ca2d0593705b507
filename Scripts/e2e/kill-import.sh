#!/usr/bin/env bash
# kill -9 at random moments during a 1,000-credential `cairn import`, repeated; after each kill the
# wallet must open, SQLite's integrity_check must say ok, every record must decrypt (`cairn check`),
# every credential reported "imported" before the kill must be in the wallet with its own title,
# and no title or issuer name may appear in the wallet file or its WAL.
# Prints "N passed, N failed". Usage: BIN=.build/debug/cairn bash Scripts/e2e/kill-import.sh
set -u
BIN=$(realpath "${BIN:-.build/debug/cairn}")
ROUNDS=${ROUNDS:-6}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_DATA_HOME="$work/data" CAIRN_PASSPHRASE="kill test passphrase"
unset CAIRN_PASSPHRASE_FILE CAIRN_WALLET

mkdir -p "$work/in"
for i in $(seq -w 1 1000); do
    printf '{"type": "CairnSelfAssertedCredential", "version": 1, "title": "Kill Test Credential %s", "awardingBody": {"name": "Crash Institute %s", "country": "IE"}, "workload": [{"value": 5, "unit": "ECTS"}], "eqfLevel": 6}\n' \
        "$i" "$i" > "$work/in/c$i.json"
done

passed=0
failed=0
fail() { echo "FAIL round $round: $*"; failed=$((failed + 1)); }

for round in $(seq 1 "$ROUNDS"); do
    wallet="$work/w$round.db"
    "$BIN" init --kdf-log-n 10 --wallet "$wallet" > /dev/null 2>&1 || { fail "init"; continue; }
    "$BIN" import --wallet "$wallet" "$work/in" > "$work/out$round" 2> /dev/null &
    pid=$!
    delay=$(awk -v seed="$RANDOM$round" 'BEGIN { srand(seed); printf "%.2f", 0.05 + rand() * 1.6 }')
    sleep "$delay"
    # A second process while the import holds the wallet: "wallet in use", exit 4.
    if kill -0 "$pid" 2> /dev/null; then
        "$BIN" list --wallet "$wallet" > /dev/null 2> "$work/inuse$round"
        status=$?
        if kill -0 "$pid" 2> /dev/null && [ "$status" -ne 4 ]; then
            fail "second process got exit $status, not 4 (wallet in use)"; kill -9 "$pid"; wait "$pid" 2> /dev/null; continue
        fi
    fi
    kill -9 "$pid" 2> /dev/null
    wait "$pid" 2> /dev/null
    committed=$(grep -c '^imported' "$work/out$round" || true)

    if ! "$BIN" check --wallet "$wallet" > "$work/check$round" 2>&1; then
        fail "cairn check: $(cat "$work/check$round")"; continue
    fi
    if command -v sqlite3 > /dev/null; then
        integrity=$(sqlite3 "$wallet" "PRAGMA integrity_check" 2>&1)
        [ "$integrity" = "ok" ] || { fail "integrity_check: $integrity"; continue; }
    fi
    "$BIN" list --json --wallet "$wallet" > "$work/list$round" 2> /dev/null || { fail "list"; continue; }
    stored=$(grep -c '^    "id": "' "$work/list$round" || true)
    missing=0
    while read -r _ short _ file; do
        number=$(basename "$file" .json | tr -dc 0-9)
        # The id must be listed, and the title next to it must be this file's title.
        grep -A1 "\"id\": \"$short" "$work/list$round" | grep -q "Kill Test Credential $number\"" || missing=$((missing + 1))
    done < <(grep '^imported' "$work/out$round")
    if [ "$missing" -ne 0 ]; then fail "$missing of $committed committed credentials missing or wrong"; continue; fi
    if [ "$stored" -lt "$committed" ]; then fail "$stored stored < $committed reported"; continue; fi
    if cat "$wallet" "$wallet-wal" 2> /dev/null | grep -aq -e "Kill Test" -e "Crash Institute"; then
        fail "plaintext found in the wallet file"; continue
    fi
    echo "round $round: killed after ${delay}s; $committed reported, $stored stored, wallet sound"
    passed=$((passed + 1))
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
