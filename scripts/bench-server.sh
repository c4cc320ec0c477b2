#!/usr/bin/env bash
# make bench-server: starts `chosa serve` (release build) on a scratch database over loopback and drives it with
# wrk (Debian package `wrk`): draft saves (PUT /api/v1/response) and submissions (POST /api/v1/submissions) at
# 32 connections, one institution per connection, with synchronous=FULL. Prints throughput and latency.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
SURVEY=${SURVEY:-surveys/cao-research-integrity-2023}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-10s}

if ! command -v wrk >/dev/null; then
  echo "bench-server needs wrk: apt-get install wrk" >&2
  exit 2
fi
$SWIFT build -c release --product chosa >/dev/null
CHOSA=.build/release/chosa
WORK=$(mktemp -d)
SERVER=""
cleanup() {
  if [ -n "$SERVER" ]; then kill -TERM "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

export CHOSA_DB="$WORK/chosa.sqlite"
{
  echo "id,name_ja,name_en,category,contact"
  for i in $(seq 1 "$CONNECTIONS"); do printf 'BN-%03d,ベンチ%03d,Bench %03d,national_university,\n' "$i" "$i" "$i"; done
} > "$WORK/roster.csv"
$CHOSA db init >/dev/null
$CHOSA survey load --survey "$SURVEY" >/dev/null
$CHOSA institutions import "$WORK/roster.csv" >/dev/null
$CHOSA invite --all --out "$WORK/tokens.csv" --expires 2099-12-31 >/dev/null
tail -n +2 "$WORK/tokens.csv" | cut -d, -f5 > "$WORK/tokens.txt"
python3 -c 'import json,sys; print(json.dumps(json.load(open(sys.argv[1]))["answers"], ensure_ascii=False))' \
  "$SURVEY/examples/NU-001.json" > "$WORK/answers.json"

# The survey's deadline is in 2023; --now keeps it open for the run.
$CHOSA serve --port 0 --analyst-port 0 --now 2023-10-20T10:00:00+09:00 --log-level warning > "$WORK/serve.out" 2> "$WORK/serve.err" &
SERVER=$!
for _ in $(seq 1 100); do grep -q listening "$WORK/serve.out" 2>/dev/null && break; sleep 0.1; done
PORT=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\)\/.*/\1/p' "$WORK/serve.out")
[ -n "$PORT" ] || { echo "the server did not start:" >&2; cat "$WORK/serve.err" >&2; exit 1; }
URL="http://127.0.0.1:$PORT"

# Every institution starts from a complete draft at revision 1, so each submission is valid.
# A refused seed stops the run: otherwise wrk would time 401s and print meaningless figures.
while read -r token; do
  printf '{"base_revision":0,"answers":%s}' "$(cat "$WORK/answers.json")" |
    curl -sS --fail-with-body -o "$WORK/seed.out" -X PUT -H "Authorization: Bearer $token" -H 'Content-Type: application/json' --data-binary @- "$URL/api/v1/response" ||
    { echo "seeding a draft failed:" >&2; cat "$WORK/seed.out" >&2; exit 1; }
done < "$WORK/tokens.txt"

# CPU seconds the server process has used so far (user + system, from /proc): printed per phase beside the
# figures, because wrk shares this machine's cores with the server and the machine with other work.
server_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$SERVER/stat"; }
phase() {
  local before after
  before=$(server_cpu)
  "$@"
  after=$(server_cpu)
  awk -v a="$before" -v b="$after" 'BEGIN { printf "  server CPU %.2f s in this phase\n", b - a }'
}

echo "chosa serve on $URL, $CONNECTIONS connections, $DURATION each, synchronous=FULL"
phase bash -c 'wrk -t"$0" -c"$0" -d"$1" --latency -s scripts/bench/save.lua "$2" -- "$3/tokens.txt" "$3/answers.json" |
  grep -E "draft saves|Latency|99%|Requests/sec|Non-2xx"' "$CONNECTIONS" "$DURATION" "$URL" "$WORK"
phase bash -c 'wrk -t"$0" -c"$0" -d"$1" --latency -s scripts/bench/submit.lua "$2" -- "$3/tokens.txt" |
  grep -E "submissions|Latency|99%|Requests/sec|Non-2xx"' "$CONNECTIONS" "$DURATION" "$URL" "$WORK"
echo "targets: ≥ 2000 draft saves/s and ≥ 500 submissions/s, p99 < 100 ms"
