#!/usr/bin/env bash
# Renders the fixture transcript with headless Chromium and checks that every credential title
# appears in the rendered text (DOM dump and PDF via pdftotext).
# Needs (Debian): chromium, poppler-utils. Run after `swift build --build-tests`.
set -uo pipefail
cd "$(dirname "$0")/../.."

passed=0
failed=0
check() { # name, command...
    local name=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "ok   $name"; else failed=$((failed + 1)); echo "FAIL $name"; fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
html="$work/transcript.html"

CAIRN_TRANSCRIPT_OUT="$html" swift test --skip-build --filter 'TranscriptRendererTests/e2eFixture' >"$work/test.log" 2>&1
check "fixture transcript written by the test" test -s "$html"

browser=$(command -v chromium || command -v chromium-browser || true)
check "chromium is installed (apt-get install -y chromium)" test -n "$browser"
check "pdftotext is installed (apt-get install -y poppler-utils)" test -n "$(command -v pdftotext)"

if [ -n "$browser" ] && [ -s "$html" ]; then
    flags=(--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --user-data-dir="$work/profile")
    timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$html" >"$work/dom.html" 2>"$work/chromium-dom.log"
    timeout 120 "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$work/transcript.pdf" "file://$html" \
        >/dev/null 2>"$work/chromium-pdf.log"
    check "chromium printed a PDF" test -s "$work/transcript.pdf"
    pdftotext -layout "$work/transcript.pdf" "$work/transcript.txt" 2>/dev/null
    for title in "Data Literacy <Basics>" "SQL" "Europass course" "OB2 badge"; do
        escaped=$(printf '%s' "$title" | sed -e 's/</\&lt;/g' -e 's/>/\&gt;/g')
        check "DOM shows \"$title\"" grep -qF "$escaped" "$work/dom.html"
        check "PDF text shows \"$title\"" grep -qF "$title" "$work/transcript.txt"
    done
    check "PDF text shows a not-stated element" grep -qF "not stated" "$work/transcript.txt"
    check "no script ran (DOM has no script element)" bash -c "! grep -qi '<script' '$work/dom.html'"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
