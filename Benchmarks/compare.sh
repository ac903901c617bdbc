#!/usr/bin/env bash
# Runs the benchmark workloads with this package and with the official Python client 1.5.0 and CLI 1.5.1,
# against the same emulator in the same run, and prints one table of ratios (below 1 means ours is faster).
#
#   Benchmarks/compare.sh                      10,000 connections and runs, 2,000 calls, 1 GiB transfers, best of 3
#   CONNECTIONS=500 RUNS=500 CALLS=200 REPEAT=1 UPLOAD_MIB=8 DOWNLOAD_MIB=8 Benchmarks/compare.sh
#
# It builds `dm-bench` and `dm` in release mode and installs the official packages in a venv under .build/.
set -euo pipefail
cd "$(dirname "$0")"

CONNECTIONS=${CONNECTIONS:-10000}
CALLS=${CALLS:-2000}
REPEAT=${REPEAT:-3}
RUNS=${RUNS:-10000}
UPLOAD_MIB=${UPLOAD_MIB:-1024}
DOWNLOAD_MIB=${DOWNLOAD_MIB:-1024}
VENV=${VENV:-.build/official-venv}
WORK=.build/compare
mkdir -p "$WORK"

if [[ ! -x "$VENV/bin/dm" ]]; then
    python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "datamasque-python==1.5.0" "datamasque-cli==1.5.1"
fi
swift build -c release --product dm-bench >&2
swift build -c release --product dm >&2
BIN="$(swift build -c release --show-bin-path)"
PY="$VENV/bin/python"

PIDS=()
cleanup() {
    local pid
    # A reset drops the uploaded files, which the emulator keeps on disk, before its process is killed.
    if [[ -n "${EMULATOR:-}" ]]; then
        "$PY" -c 'import sys, urllib.request; urllib.request.urlopen(urllib.request.Request(sys.argv[1] + "/_emulator/reset", method="POST"))' \
            "$EMULATOR" 2>/dev/null || true
    fi
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

# serve NAME VARIABLE ARGS...: starts `dm-bench ARGS` in the background and sets VARIABLE to the URL it reports.
# (Not called in a subshell, so that the cleanup knows its process.)
serve() {
    local name=$1 variable=$2
    shift 2
    rm -f "$WORK/$name.url"
    "$BIN/dm-bench" "$@" >"$WORK/$name.url" 2>"$WORK/$name.log" &
    PIDS+=("$!")
    local attempt
    for attempt in $(seq 1 600); do
        if [[ -s "$WORK/$name.url" ]]; then
            printf -v "$variable" '%s' "$(head -n 1 "$WORK/$name.url")"
            return
        fi
        sleep 0.1
    done
    echo "$name did not start; its log:" >&2
    cat "$WORK/$name.log" >&2
    exit 1
}

serve emulator EMULATOR serve --connections "$CONNECTIONS" --runs "$RUNS" \
    --log-archive-bytes $((DOWNLOAD_MIB * 1048576))
"$BIN/dm-bench" capture --url "$EMULATOR" --out "$WORK/connections.json"
serve replay REPLAY replay --body "$WORK/connections.json"

# best COMMAND...: runs COMMAND (which prints `seconds peak-bytes`) REPEAT times; prints the least time and the largest peak.
best() {
    local i line seconds=0 peak=0
    for i in $(seq 1 "$REPEAT"); do
        line=$("$@")
        seconds=$(awk -v a="$seconds" -v b="${line% *}" -v i="$i" 'BEGIN { print (i == 1 || b < a) ? b : a }')
        peak=$(awk -v a="$peak" -v b="${line#* }" 'BEGIN { print (b > a) ? b : a }')
    done
    echo "$seconds $peak"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'; }
mib() { awk -v a="$1" 'BEGIN { printf "%.0f", a / 1048576 }'; }

ROWS=()
# row LABEL OURS THEIRS RAW: one line of the table; THEIRS or RAW may be "-".
row() {
    local label=$1 ours=$2 theirs=$3 raw=$4
    local vs_theirs="-" vs_raw="-" peaks
    [[ "$theirs" != "-" ]] && vs_theirs=$(ratio "${ours% *}" "${theirs% *}")
    [[ "$raw" != "-" ]] && vs_raw=$(ratio "${ours% *}" "${raw% *}")
    peaks="$(mib "${ours#* }")"
    [[ "$theirs" != "-" ]] && peaks+=" / $(mib "${theirs#* }")"
    ROWS+=("$(printf '| %-44s | %13s | %12s | %22s |' "$label" "$vs_theirs" "$vs_raw" "$peaks")")
    echo "measured: $label: ours $ours, official $theirs, raw $raw" >&2
}

OURS=("$BIN/dm-bench" run)
THEIRS=("$PY" compare.py)
CREDS=(--username bench --password bench-password)

row "$CALLS sequential license.info()" \
    "$(best "${OURS[@]}" sequential --url "$EMULATOR" --count "$CALLS")" \
    "$(best "${THEIRS[@]}" sequential --url "$EMULATOR" "${CREDS[@]}" --count "$CALLS")" \
    "$(best "${OURS[@]}" raw-sequential --url "$EMULATOR" --count "$CALLS")"
row "$CALLS license.info(), 64 concurrent" \
    "$(best "${OURS[@]}" concurrent --url "$EMULATOR" --count "$CALLS")" \
    "$(best "${THEIRS[@]}" concurrent --url "$EMULATOR" "${CREDS[@]}" --count "$CALLS")" \
    "$(best "${OURS[@]}" raw-concurrent --url "$EMULATOR" --count "$CALLS")"
row "list $CONNECTIONS connections, emulator" \
    "$(best "${OURS[@]}" list --url "$EMULATOR")" \
    "$(best "${THEIRS[@]}" list --url "$EMULATOR" "${CREDS[@]}")" \
    "$(best "${OURS[@]}" raw-list --url "$EMULATOR")"
row "list $CONNECTIONS connections, replay server" \
    "$(best "${OURS[@]}" list --url "$REPLAY")" \
    "$(best "${THEIRS[@]}" list --url "$REPLAY" "${CREDS[@]}")" \
    "$(best "${OURS[@]}" raw-list --url "$REPLAY")"
row "decode $CONNECTIONS connections, no network" \
    "$(best "${OURS[@]}" decode --body "$WORK/connections.json")" \
    "$(best "${THEIRS[@]}" decode --body "$WORK/connections.json")" \
    "-"
row "list $RUNS runs, emulator" \
    "$(best "${OURS[@]}" list-runs --url "$EMULATOR")" \
    "-" \
    "$(best "${OURS[@]}" raw-list-runs --url "$EMULATOR")"
row "emulator sends the list (raw: replay server)" \
    "$(best "${OURS[@]}" raw-list --url "$EMULATOR")" \
    "-" \
    "$(best "${OURS[@]}" raw-list --url "$REPLAY")"

# A seed file of UPLOAD_MIB MiB, written a MiB at a time (the emulator spools uploads to disk).
"$PY" -c '
import sys
line = b"city,country\nWellington,New Zealand\n"
block = line * (1048576 // len(line))
for _ in range(int(sys.argv[1])):
    sys.stdout.buffer.write(block)' "$UPLOAD_MIB" >"$WORK/seed.csv"
row "upload a $UPLOAD_MIB MiB seed file" \
    "$(best "${OURS[@]}" upload --url "$EMULATOR" --file "$WORK/seed.csv")" \
    "$(best "${THEIRS[@]}" upload --url "$EMULATOR" "${CREDS[@]}" --file "$WORK/seed.csv")" \
    "-"
rm -f "$WORK/seed.csv"
row "download a $DOWNLOAD_MIB MiB log archive" \
    "$(best "${OURS[@]}" download --url "$EMULATOR")" \
    "$(best "${THEIRS[@]}" download --url "$EMULATOR" "${CREDS[@]}")" \
    "-"

# The CLIs, whole process: credentials from the environment, an empty home so no profile is read.
export HOME="$PWD/$WORK/home" DATAMASQUE_URL="$EMULATOR" DATAMASQUE_USERNAME=bench DATAMASQUE_PASSWORD=bench-password
mkdir -p "$HOME"
row "dm version, whole process" \
    "$(best "$PY" compare.py exec "$BIN/dm" version)" \
    "$(best "$PY" compare.py exec "$VENV/bin/dm" version)" \
    "-"
row "dm connections list --json, whole process" \
    "$(best "$PY" compare.py exec "$BIN/dm" connections list --json)" \
    "$(best "$PY" compare.py exec "$VENV/bin/dm" connections list --json)" \
    "-"
"$BIN/dm" connections list --json >"$WORK/ours.json"
"$VENV/bin/dm" connections list --json >"$WORK/official.json"
if cmp -s "$WORK/ours.json" "$WORK/official.json"; then SAME="identical"; else SAME="DIFFERENT"; fi

echo
echo "$CONNECTIONS connections, $RUNS runs, $CALLS calls, $UPLOAD_MIB MiB up, $DOWNLOAD_MIB MiB down, best of $REPEAT;"
echo "ratios are ours / theirs (time), below 1 is faster."
printf '| %-44s | %13s | %12s | %22s |\n' "workload" "ours/official" "ours/raw AHC" "peak MiB ours/official"
printf '|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..46})" "$(printf -- '-%.0s' {1..15})" "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..24})"
printf '%s\n' "${ROWS[@]}"
echo "dm connections list --json output: $SAME bytes"
