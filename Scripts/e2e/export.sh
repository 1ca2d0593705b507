#!/usr/bin/env bash
# End-to-end check of the shareable bundle journey (issue 7) with the real binary: demo wallet →
# `cairn key` → `cairn export` (challenge, domain, expiry, stacking progress) → `cairn verify-bundle`,
# then every tampering code, the bare presentation format, age interoperability both ways with
# Debian's `age`, passphrase encryption, no overwrite, bad input (exit 2, nothing written), and the
# transcript rendered by headless Chromium with every exported title found in the PDF text.
# Titles and counts are read from `cairn list --json`, never hard-coded.
# Needs (Debian): age, chromium, poppler-utils, python3. Prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/../.."

BIN=${BIN:-.build/debug/cairn}
case "$BIN" in /*) ;; *) BIN="$PWD/$BIN" ;; esac
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
passed=0
failed=0

pass() { passed=$((passed + 1)); echo "ok   - $1"; }
fail() { failed=$((failed + 1)); echo "FAIL - $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | head -20 | sed 's/^/     | /'; }
check() {  # check NAME COMMAND...: one step decided by a command's exit status
    local name=$1; shift
    if "$@" >"$W/check.out" 2>&1; then pass "$name"; else fail "$name" "$(cat "$W/check.out")"; fi
}
member() {  # member ZIP NAME: prints one member of a zip (python3's zipfile; unzip may be absent)
    python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' "$1" "$2"
}
json() {  # json FILE PYTHON-EXPR: evaluates EXPR with `d` = the parsed file; prints the result
    python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); r=eval(sys.argv[2]); print(r if isinstance(r,str) else json.dumps(r))' "$1" "$2"
}

export XDG_DATA_HOME="$W/data" XDG_CONFIG_HOME="$W/config" CAIRN_PASSPHRASE=demo LANG=C.UTF-8 LC_ALL=C.UTF-8
unset CAIRN_BUNDLE_PASSPHRASE CAIRN_BUNDLE_PASSPHRASE_FILE

# --- The demo wallet and the holder identity ------------------------------------------------
"$BIN" demo --no-tui >"$W/demo.out" 2>&1
wallet=$(sed -n 's/^Demo wallet: //p' "$W/demo.out")
check "cairn demo --no-tui creates the demo wallet" test -s "$wallet"
cairn() { "$BIN" "$@" --wallet "$wallet"; }
holder=$(cairn key 2>"$W/key.err")
check "cairn key prints a did:key ($holder)" grep -Eq '^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+$' <<<"$holder"

cairn list --json >"$W/list.json" 2>"$W/list.err"
# The demo also holds an expired and a deliberately tampered credential: a bundle carrying them is
# (rightly) not valid, so the round trip uses the others and the failed ones are checked below.
ids=$(json "$W/list.json" '" ".join(c["id"] for c in d if c["verification"]["status"] != "failed")')
failed_ids=$(json "$W/list.json" '" ".join(c["id"] for c in d if c["verification"]["status"] == "failed")')
count=$(json "$W/list.json" 'len([c for c in d if c["verification"]["status"] != "failed"])')
json "$W/list.json" '"\n".join(c["title"] for c in d if c.get("title") and c["verification"]["status"] != "failed")' >"$W/titles.txt"
check "cairn list --json lists the demo credentials ($count not failed)" test "${count:-0}" -gt 0
"$BIN" pathways --json >"$W/pathways.json" 2>/dev/null
pathway=$(json "$W/pathways.json" '[p["id"] for p in d if p["kind"] == "microdegree"][0]')
pathway_title=$(json "$W/pathways.json" '[p["title"] for p in d if p["kind"] == "microdegree"][0]')
check "cairn pathways --json names a microdegree pathway ($pathway)" test -n "$pathway"
# --with-progress takes the id's last part when it is unique (e.g. microdegree for cairn:ladder:microdegree).
suffix=${pathway##*:}

# --- Export and verify ----------------------------------------------------------------------
bundle="$W/bundle.zip"
expires=$(date -u -d '+400 days' +%Y-%m-%dT00:00:00Z)
after_expiry=$(date -u -d '+401 days' +%Y-%m-%dT00:00:00Z)
# shellcheck disable=SC2086 # ids is a space-separated list of credential ids
cairn export $ids --output "$bundle" --challenge nonce-123 --domain verifier.example \
    --expires "$expires" --with-progress "$suffix" >"$W/export.out" 2>&1
check "cairn export writes the bundle" test -s "$bundle"
check "the bundle is private (0600)" test "$(stat -c %a "$bundle")" = 600
check "export names the holder who signed" grep -qF "$holder" "$W/export.out"

verify() {  # verify FILE ARGS...: runs verify-bundle --json into $W/v.json, sets $rc
    "$BIN" verify-bundle "$@" --json >"$W/v.json" 2>"$W/v.err"; rc=$?
}
has_code() { json "$W/v.json" '[c.get("code") for c in d["checks"] if c["result"] == "fail"]' | grep -qF "\"$1\""; }

"$BIN" verify-bundle "$bundle" --challenge nonce-123 --domain verifier.example >"$W/v.txt" 2>&1
check "verify-bundle accepts the fresh bundle (exit 0)" test $? -eq 0
if [ -n "$failed_ids" ]; then
    # shellcheck disable=SC2086 # a space-separated list of credential ids
    cairn export $failed_ids --output "$W/failed.zip" >/dev/null 2>&1
    "$BIN" verify-bundle "$W/failed.zip" --json >"$W/failed.json" 2>/dev/null; frc=$?
    check "a bundle carrying a tampered or expired credential is not valid (exit 1)" test "$frc" -eq 1
    check "verify-bundle names the credential's own failure codes" \
        grep -qE '"code":"(signature-invalid|expired)"' "$W/failed.json"
fi
verify "$bundle" --challenge nonce-123 --domain verifier.example
check "--json says valid: true" test "$(json "$W/v.json" 'd["valid"]')" = true
check "--json names the holder key" test "$(json "$W/v.json" 'd["holder"]')" = "$holder"
check "--json lists the holder-proof, challenge, domain, expiry and manifest checks, all passed" \
    test "$(json "$W/v.json" '" ".join(c["check"] + ":" + c["result"] for c in d["checks"])')" = \
    "holder-proof:pass challenge:pass domain:pass expiry:pass manifest:pass"
check "--json lists every exported credential ($count)" test "$(json "$W/v.json" 'len(d["credentials"])')" = "$count"
check "--json credentials carry the titles from the wallet" \
    test "$(json "$W/v.json" 'sorted(c["title"] for c in d["credentials"])')" = "$(json "$W/list.json" 'sorted(c["title"] for c in d if c["verification"]["status"] != "failed")')"
check "--json credentials carry a verification status" \
    test "$(json "$W/v.json" 'all(c["verification"]["status"] for c in d["credentials"])')" = true
member "$bundle" transcript.html >"$W/transcript.html"
check "the transcript shows the stacking progress toward $suffix" grep -qF "$(sed 's/&/\&amp;/g; s/</\&lt;/g' <<<"$pathway_title")" "$W/transcript.html"

learner_line=$(grep -o 'Learner: <strong>[^<]*' "$W/transcript.html")
check "the transcript names the learner (${learner_line#*<strong>}), not the holder key" \
    env LINE="$learner_line" bash -c '[ -n "$LINE" ] && ! grep -q did:key <<<"$LINE"'
check "the transcript shows the holder key separately" grep -qF "Holder: $holder" "$W/transcript.html"

# --- Tampering and replay -------------------------------------------------------------------
expect_code() {  # expect_code NAME CODE FILE ARGS...: exit 1 and CODE among the failed checks
    local name=$1 code=$2; shift 2
    verify "$@"
    if [ "$rc" -eq 1 ] && has_code "$code"; then pass "$name"; else fail "$name (exit $rc)" "$(cat "$W/v.json" "$W/v.err")"; fi
}
expect_code "a replay with another challenge: exit 1, challenge-mismatch" challenge-mismatch \
    "$bundle" --challenge other-nonce --domain verifier.example
expect_code "another domain: exit 1, domain-mismatch" domain-mismatch \
    "$bundle" --challenge nonce-123 --domain evil.example
verify "$bundle" --challenge nonce-123 --domain verifier.example --at "$(date -u -d '+399 days' +%Y-%m-%dT00:00:00Z)"
check "checked a day before expiry: the expiry check passes" \
    test "$(json "$W/v.json" '[c["result"] for c in d["checks"] if c["check"] == "expiry"][0]')" = pass
expect_code "checked after expiry: exit 1, bundle-expired" bundle-expired \
    "$bundle" --challenge nonce-123 --domain verifier.example --at "$after_expiry"

rezip() {  # rezip IN OUT MEMBER SOURCE-FILE: copy of the zip with MEMBER's bytes replaced
    python3 - "$@" <<'EOF'
import sys, zipfile
src, dst, member, replacement = sys.argv[1:5]
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        data = open(replacement, "rb").read() if info.filename == member else zin.read(info.filename)
        zout.writestr(info, data)
EOF
}
sed 's/<\/body>/<p>Also: a PhD in everything.<\/p><\/body>/' "$W/transcript.html" >"$W/edited.html"
rezip "$bundle" "$W/edited.zip" transcript.html "$W/edited.html"
expect_code "an edited transcript.html: exit 1, manifest-mismatch" manifest-mismatch \
    "$W/edited.zip" --challenge nonce-123 --domain verifier.example

# A second wallet (another holder key) exports the same way; its holder and proof are put on our presentation.
mkdir -p "$W/other"
XDG_DATA_HOME="$W/other/data" XDG_CONFIG_HOME="$W/other/config" "$BIN" demo --no-tui >"$W/other.out" 2>&1
other_wallet=$(sed -n 's/^Demo wallet: //p' "$W/other.out")
other_id=$(XDG_DATA_HOME="$W/other/data" "$BIN" list --json --wallet "$other_wallet" 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
XDG_DATA_HOME="$W/other/data" "$BIN" export "$other_id" --wallet "$other_wallet" --output "$W/other.zip" \
    --challenge nonce-123 --domain verifier.example >/dev/null 2>&1
other_holder=$(XDG_DATA_HOME="$W/other/data" "$BIN" key --wallet "$other_wallet" 2>/dev/null)
check "a second wallet has another holder key" test -n "$other_holder" -a "$other_holder" != "$holder"
member "$bundle" presentation.json >"$W/ours.json"
member "$W/other.zip" presentation.json >"$W/theirs.json"
python3 - "$W/ours.json" "$W/theirs.json" "$W/swapped.json" <<'EOF'
import json, sys
ours, theirs = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
ours["holder"], ours["proof"] = theirs["holder"], theirs["proof"]
json.dump(ours, open(sys.argv[3], "w"))
EOF
rezip "$bundle" "$W/swapped.zip" presentation.json "$W/swapped.json"
expect_code "another holder's proof swapped in: exit 1, holder-signature-invalid" holder-signature-invalid \
    "$W/swapped.zip" --challenge nonce-123 --domain verifier.example
check "the swapped bundle names the other holder" test "$(json "$W/v.json" 'd["holder"]')" = "$other_holder"
rezip "$bundle" "$W/whole.zip" presentation.json "$W/theirs.json"
verify "$W/whole.zip" --challenge nonce-123 --domain verifier.example
check "another wallet's whole presentation swapped in: exit 1 (manifest-mismatch)" \
    bash -c "[ $rc -eq 1 ] && grep -q manifest-mismatch '$W/v.json'"

# --- Every format cairn imports: a fresh wallet with the bundle fixtures -----------------------
F="$W/formats"
mkdir -p "$F"
fw() { XDG_DATA_HOME="$F/data" XDG_CONFIG_HOME="$F/config" CAIRN_PASSPHRASE=formats "$BIN" "$@"; }
fw init >/dev/null 2>&1
fw import Tests/WalletBundleTests/Fixtures/formats/* >"$F/import.out" 2>&1
fw list --json >"$F/list.json" 2>/dev/null
fcount=$(json "$F/list.json" 'len(d)')
fformats=$(json "$F/list.json" '" ".join(sorted(set(c["format"] for c in d)))')
check "a fresh wallet imports the format fixtures ($fcount: $fformats)" test "${fcount:-0}" -ge 5
fids=$(json "$F/list.json" '" ".join(c["id"] for c in d)')
# shellcheck disable=SC2086
fw export $fids --output "$F/all.zip" --challenge c-2 >/dev/null 2>&1
verify "$F/all.zip" --challenge c-2
check "every format round-trips through a zip bundle (valid, $fcount credentials)" \
    test "$rc:$(json "$W/v.json" 'd["valid"]'):$(json "$W/v.json" 'len(d["credentials"])')" = "0:true:$fcount"
check "verify-bundle reports each credential's format" \
    test "$(json "$W/v.json" '" ".join(sorted(set(c.get("format", "?") for c in d["credentials"])))')" = "$fformats"

# --- Bare presentation ----------------------------------------------------------------------
# Only credentials with a standard envelope (JSON-LD or JWT VCs) fit a bare presentation: drop the
# ones export names as lacking one (its message says to use --format zip) and try again.
vp_ids=" $fids "
for _ in 1 2 3 4 5 6 7 8; do
    # shellcheck disable=SC2086
    if fw export $vp_ids --format vp --output "$F/vp.json" >"$F/vp.out" 2>&1; then break; fi
    short=$(sed -n 's/.*credential \([0-9a-f]\{8\}\) has no standard presentation envelope; export it with --format zip.*/\1/p' "$F/vp.out")
    [ -n "$short" ] || break
    vp_ids=$(sed "s/ $short[0-9a-f]* / /" <<<"$vp_ids")
done
vp_count=$(wc -w <<<"$vp_ids")
check "--format vp refuses a credential without an envelope, naming it and --format zip" \
    test "$vp_count" -lt "$fcount"
check "--format vp writes JSON only: a VerifiablePresentation of $vp_count credentials" \
    test "$(json "$F/vp.json" '"VerifiablePresentation" in d["type"] and len(d["verifiableCredential"])' 2>/dev/null)" = "$vp_count"
check "--format vp wrote no zip" bash -c "! head -c 2 '$F/vp.json' | grep -q PK"
verify "$F/vp.json"
check "verify-bundle accepts the bare presentation (container presentation)" \
    test "$rc:$(json "$W/v.json" 'd["container"]')" = "0:presentation"
first_id=${ids%% *}

# --- age: our file opened by Debian's age, and age's file opened by cairn ----------------------
age-keygen -o "$W/age.key" 2>/dev/null
recipient=$(sed -n 's/^# public key: //p' "$W/age.key")
cairn export $ids --encrypt-to "$recipient" --output "$W/bundle.age" --challenge nonce-123 >/dev/null 2>&1
check "--encrypt-to writes an age v1 file" bash -c "head -c 21 '$W/bundle.age' | grep -qx 'age-encryption.org/v1'"
age -d -i "$W/age.key" -o "$W/decrypted.zip" "$W/bundle.age" 2>"$W/age.err"
check "Debian's age -d decrypts it" test -s "$W/decrypted.zip"
verify "$W/decrypted.zip" --challenge nonce-123
check "the decrypted bundle verifies" test "$rc:$(json "$W/v.json" 'd["valid"]')" = "0:true"
verify "$W/bundle.age" --identity "$W/age.key" --challenge nonce-123
check "verify-bundle --identity opens our age file directly" test "$rc:$(json "$W/v.json" 'd["encrypted"]')" = "0:true"
verify "$W/bundle.age"
check "an age file without a key: exit 2 naming --identity" bash -c "[ $rc -eq 2 ] && grep -q -- '--identity' '$W/v.err'"
age -e -r "$recipient" -o "$W/by-age.age" "$bundle"
verify "$W/by-age.age" --identity "$W/age.key" --challenge nonce-123 --domain verifier.example
check "a bundle encrypted by age -e opens with verify-bundle --identity" test "$rc:$(json "$W/v.json" 'd["valid"]')" = "0:true"
age -e -a -r "$recipient" -o "$W/armored.age" "$bundle"
verify "$W/armored.age" --identity "$W/age.key" --challenge nonce-123 --domain verifier.example
check "an ASCII-armored file from age -e -a opens too" test "$rc:$(json "$W/v.json" 'd["valid"]')" = "0:true"
setsid -w "$BIN" verify-bundle "$W/armored.age" </dev/null >/dev/null 2>"$W/v.err"; rc=$?
check "an armored key-encrypted file without --identity asks for the key file, not a passphrase" \
    bash -c "[ $rc -eq 2 ] && grep -q -- '--identity FILE' '$W/v.err'"
age-keygen -o "$W/wrong.key" 2>/dev/null
verify "$W/by-age.age" --identity "$W/wrong.key"
check "the wrong age key: exit 2" test "$rc" -eq 2

printf 'correct horse battery staple\n' >"$W/pass.txt"
CAIRN_BUNDLE_PASSPHRASE_FILE="$W/pass.txt" cairn export "$first_id" --encrypt-passphrase --output "$W/pass.age" >/dev/null 2>&1
check "--encrypt-passphrase writes an age scrypt file" bash -c "head -c 200 '$W/pass.age' | grep -q '^-> scrypt '"
CAIRN_BUNDLE_PASSPHRASE_FILE="$W/pass.txt" "$BIN" verify-bundle "$W/pass.age" --json >"$W/v.json" 2>"$W/v.err"
check "verify-bundle opens it with CAIRN_BUNDLE_PASSPHRASE_FILE" test "$(json "$W/v.json" 'd["valid"]')" = true
check "Debian's age decrypts it with the passphrase (via its TTY prompt)" bash -c \
    "command -v script >/dev/null && printf 'correct horse battery staple\n' | script -qec \"age -d -o '$W/pass.zip' '$W/pass.age'\" /dev/null >/dev/null 2>&1; python3 -c 'import sys, zipfile; sys.exit(zipfile.ZipFile(sys.argv[1]).testzip() is not None)' '$W/pass.zip'"

printf 'correct horse battery staple\ncorrect horse battery staple\n' | script -qec "age -p -o '$W/by-age-p.age' '$bundle'" /dev/null >/dev/null 2>&1
CAIRN_BUNDLE_PASSPHRASE_FILE="$W/pass.txt" "$BIN" verify-bundle "$W/by-age-p.age" --json >"$W/v.json" 2>"$W/v.err"; rc=$?
check "a bundle encrypted by age -p opens with CAIRN_BUNDLE_PASSPHRASE_FILE" test "$rc:$(json "$W/v.json" 'd["encrypted"]' 2>/dev/null)" = "0:true"
"$BIN" verify-bundle "$W/by-age-p.age" --identity "$W/age.key" >/dev/null 2>"$W/v.err"; rc=$?
check "--identity on a passphrase-encrypted file: exit 2 saying to give the passphrase" \
    bash -c "[ $rc -eq 2 ] && grep -q 'encrypted with a passphrase, not to an age key' '$W/v.err'"
printf 'not it\n' >"$W/wrong-pass.txt"
CAIRN_BUNDLE_PASSPHRASE_FILE="$W/wrong-pass.txt" "$BIN" verify-bundle "$W/pass.age" >/dev/null 2>"$W/v.err"; rc=$?
check "a wrong bundle passphrase: exit 2, wrong key or passphrase" bash -c "[ $rc -eq 2 ] && grep -q 'wrong key or passphrase' '$W/v.err'"
setsid -w "$BIN" export "$first_id" --wallet "$wallet" --encrypt-passphrase --output "$W/notty.age" </dev/null >"$W/notty.out" 2>&1; rc=$?
check "--encrypt-passphrase without a terminal names CAIRN_BUNDLE_PASSPHRASE_FILE (exit 2, nothing written)" \
    bash -c "[ $rc -eq 2 ] && [ ! -e '$W/notty.age' ] && grep -q 'set CAIRN_BUNDLE_PASSPHRASE_FILE' '$W/notty.out'"

# --- No overwrite ---------------------------------------------------------------------------
before=$(sha256sum "$bundle")
cairn export "$first_id" --output "$bundle" >"$W/over.out" 2>&1; rc=$?
check "export refuses to overwrite an existing file (exit 2, file unchanged)" \
    bash -c "[ $rc -eq 2 ] && [ \"\$(sha256sum '$bundle')\" = '$before' ] && grep -q 'refusing to overwrite' '$W/over.out'"

cairn export "$first_id" --output "$W/late.zip" --expires 2020-01-01 >"$W/late.out" 2>&1; rc=$?
check "an --expires in the past is refused (exit 2, nothing written)" \
    bash -c "[ $rc -eq 2 ] && [ ! -e '$W/late.zip' ] && grep -q 'is in the past' '$W/late.out'"
# shellcheck disable=SC2086
cairn export $ids --output "$W/ambiguous.zip" --with-progress microcred >"$W/amb.out" 2>&1; rc=$?
check "an unknown --with-progress pathway exits 2 suggesting ids" \
    bash -c "[ $rc -eq 2 ] && [ ! -e '$W/ambiguous.zip' ] && grep -q 'did you mean' '$W/amb.out'"

# --- Bad input: exit 2, a clear message, nothing written --------------------------------------
bad_input() {  # bad_input NAME FILE MESSAGE-PATTERN
    mkdir -p "$W/cwd"
    : >"$W/bad.out"; : >"$W/bad.err"
    local listing
    listing=$(ls -A "$W/cwd" "$W")
    (cd "$W/cwd" && timeout 20 "$BIN" verify-bundle "$2" >"$W/bad.out" 2>"$W/bad.err"); rc=$?
    if [ "$rc" -eq 2 ] && grep -Eq "$3" "$W/bad.err" && [ "$(ls -A "$W/cwd" "$W")" = "$listing" ] && [ ! -e "$W/evil" ]; then
        pass "$1: exit 2, \"$(head -1 "$W/bad.err" | cut -c1-90)\""
    else
        fail "$1 (exit $rc)" "$(cat "$W/bad.out" "$W/bad.err")"
    fi
}
python3 - "$bundle" "$W/evil.zip" <<'EOF'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as zin, zipfile.ZipFile(sys.argv[2], "w") as zout:
    for info in zin.infolist():
        zout.writestr(info, zin.read(info.filename))
    zout.writestr("../evil", b"owned")
EOF
bad_input "a zip with a ../evil member" "$W/evil.zip" 'unsafe file name.*\.\./evil'
# Each hostile archive is the real bundle plus one bad member (python3's zipfile writes them).
python3 - "$bundle" "$W" <<'EOF'
import struct, sys, warnings, zipfile
warnings.simplefilter("ignore")  # zipfile warns about the duplicate names written on purpose
source, out = sys.argv[1], sys.argv[2]
def hostile(name, add):
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(f"{out}/{name}.zip", "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info.filename))
        add(zout)
def symlink(z):
    info = zipfile.ZipInfo("credentials/link.json")
    info.create_system, info.external_attr = 3, 0o120777 << 16
    z.writestr(info, "/etc/passwd")
hostile("duplicate", lambda z: z.writestr("transcript.html", b"<p>a second transcript</p>"))
hostile("duplicate-case", lambda z: z.writestr("Transcript.html", b"<p>differs only in case</p>"))
hostile("symlink", symlink)
hostile("absolute", lambda z: z.writestr("/tmp/evil", b"x"))
hostile("bomb", lambda z: z.writestr("credentials/bomb.json", b"\0" * (300 << 20)))
hostile("many", lambda z: [z.writestr(f"credentials/{n}.json", b"{}") for n in range(5000)])
# The bomb again, its headers claiming 1000 bytes: the reader must stop inflating at the declared size.
data = bytearray(open(f"{out}/bomb.zip", "rb").read())
declared = struct.pack("<I", 300 << 20)
while (at := data.find(declared)) != -1:
    data[at:at + 4] = struct.pack("<I", 1000)
open(f"{out}/liar.zip", "wb").write(data)
EOF
bad_input "duplicate members" "$W/duplicate.zip" 'duplicate file in bundle: transcript.html'
bad_input "members differing only in case" "$W/duplicate-case.zip" 'duplicate file in bundle'
bad_input "a symbolic link member" "$W/symlink.zip" 'is a symbolic link'
bad_input "an absolute member path" "$W/absolute.zip" 'is an absolute path'
bad_input "a zip bomb (300 MB of zeros)" "$W/bomb.zip" 'over a safety limit.*uncompressed'
bad_input "a zip bomb whose headers lie about its size" "$W/liar.zip" 'inflates past its declared size'
bad_input "5,000 members" "$W/many.zip" 'over a safety limit.*entries'
printf 'just some text, not a bundle\n' >"$W/notes.txt"
bad_input "a text file" "$W/notes.txt" 'not a cairn bundle'
head -c "$(($(stat -c %s "$bundle") / 2))" "$bundle" >"$W/truncated.zip"
bad_input "a truncated zip" "$W/truncated.zip" 'damaged zip archive'
"$BIN" verify-bundle "$W/truncated.zip" --json >"$W/bad.json" 2>/dev/null; rc=$?
check "verify-bundle --json answers unreadable input on stdout: valid false and the error" \
    test "$rc:$(json "$W/bad.json" 'd["valid"] is False and d["error"].startswith("damaged zip archive")' 2>/dev/null)" = "2:true"
bad_input "a missing file" "$W/no-such-file.zip" 'cannot read'

# --- The transcript in headless Chromium ------------------------------------------------------
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ] || ! command -v pdftotext >/dev/null; then
    fail "chromium and pdftotext are installed (apt-get install -y chromium poppler-utils)"
else
    flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --user-data-dir="$W/profile")
    timeout 120 "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$W/transcript.pdf" \
        "file://$W/transcript.html" >/dev/null 2>"$W/chromium.log"
    check "chromium prints the exported transcript to PDF" test -s "$W/transcript.pdf"
    pdftotext -layout "$W/transcript.pdf" "$W/transcript.txt" 2>/dev/null
    # Layout may wrap a long title: compare with whitespace collapsed.
    tr -s ' \n' ' ' <"$W/transcript.txt" >"$W/transcript.flat"
    missing=$(while IFS= read -r title; do grep -qF -- "$title" "$W/transcript.flat" || echo "$title"; done <"$W/titles.txt")
    check "the PDF text shows all $(wc -l <"$W/titles.txt") exported titles" test -z "$missing"
    [ -n "$missing" ] && printf '     | missing: %s\n' "$missing"
    check "the PDF text shows the holder" grep -qF "$holder" "$W/transcript.flat"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
