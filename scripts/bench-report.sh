#!/bin/sh
# The report as users run it: `chosa demo --institutions N` builds a database, then `chosa report --db` on it is timed
# (wall and CPU seconds, peak memory; best of BENCH_RUNS runs, default 3). N = 370 always; N = 100,000 with
# BENCH_LARGE=1 (the demo alone takes minutes). Demo databases are kept under BENCH_DIR (default .build/bench-report)
# and built only when missing or with BENCH_FRESH=1. Prints figures and never fails on them. Needs GNU time
# (/usr/bin/time, Debian package `time`).
set -eu
CHOSA=${CHOSA:-.build/release/chosa}
SURVEY=${SURVEY:-surveys/cao-research-integrity-2023}
WORK=${BENCH_DIR:-.build/bench-report}
RUNS=${BENCH_RUNS:-3}
SIZES=370
if [ "${BENCH_LARGE:-0}" = 1 ]; then SIZES="370 100000"; fi
if [ ! -x /usr/bin/time ]; then
    echo "bench-report: /usr/bin/time is missing (apt-get install time); skipped"
    exit 0
fi
mkdir -p "$WORK"
echo "report command — $CHOSA report --db on chosa demo databases (best of $RUNS; wall s, CPU s, peak MiB)"
for n in $SIZES; do
    folder="$WORK/demo-$n"
    db="$folder/chosa.sqlite"
    if [ ! -f "$db" ] || [ "${BENCH_FRESH:-0}" = 1 ]; then
        rm -rf "$folder"
        /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" \
            "$CHOSA" demo --survey "$SURVEY" --institutions "$n" --out "$folder" --lang en > /dev/null
        read -r wall user system memory < "$WORK/time"
        printf 'demo    %7d institutions built in %s s (%s CPU s, %d MiB)\n' "$n" "$wall" \
            "$(awk "BEGIN { printf \"%.2f\", $user + $system }")" "$((memory / 1024))"
    fi
    best=""
    for run in $(seq "$RUNS"); do
        SOURCE_DATE_EPOCH=1710460800 /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" \
            "$CHOSA" report --db "$db" --out "$folder/report" --lang both > /dev/null
        read -r wall user system memory < "$WORK/time"
        if [ -z "$best" ] || awk "BEGIN { exit !($wall < $best) }"; then
            best=$wall
            cpu=$(awk "BEGIN { printf \"%.2f\", $user + $system }")
            peak=$((memory / 1024))
        fi
    done
    printf 'report  %7d institutions in %s s wall, %s CPU s, %d MiB peak (both languages, every file)\n' "$n" "$best" "$cpu" "$peak"
done
