#!/bin/sh
# The report as users run it: `chosa demo --institutions N` builds a database, then `chosa report --db` on it is timed
# (wall and CPU seconds, peak memory; best of BENCH_RUNS runs, default 3). N = 370 always; N = 100,000 with
# BENCH_LARGE=1 (the demo alone takes minutes). Demo databases are kept under BENCH_DIR (default .build/bench-report)
# and built only when missing or with BENCH_FRESH=1. Prints figures and never fails on them. Needs GNU time
# (/usr/bin/time, Debian package `time`).
# The baseline: scripts/bench/pandas_report.py computes the same tables with pandas from the stored cards and latest
# submissions of the same database, timed the same way, and the ratio is printed. It runs with the python of
# BENCH_PANDAS_VENV, else of .build/bench-venv, else python3, whichever has pandas and PyYAML; without them it is
# skipped with a line saying how to install them.
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

# Runs the command given BENCH_RUNS times under GNU time and sets best (wall s), cpu (CPU s) and peak (MiB) of the
# fastest run; returns 1 when a run fails.
best_of() {
    best=""
    for _ in $(seq "$RUNS"); do
        if ! SOURCE_DATE_EPOCH=1710460800 /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" > /dev/null; then
            return 1
        fi
        read -r wall user system memory < "$WORK/time"
        if [ -z "$best" ] || awk "BEGIN { exit !($wall < $best) }"; then
            best=$wall
            cpu=$(awk "BEGIN { printf \"%.2f\", $user + $system }")
            peak=$((memory / 1024))
        fi
    done
}

PANDAS_REPORT=$(dirname "$0")/bench/pandas_report.py
PYTHON=""
for candidate in ${BENCH_PANDAS_VENV:+"$BENCH_PANDAS_VENV/bin/python"} .build/bench-venv/bin/python python3; do
    if command -v "$candidate" > /dev/null 2>&1 && "$candidate" -c 'import pandas, yaml' 2> /dev/null; then
        PYTHON=$candidate
        break
    fi
done
echo "report command — $CHOSA report --db on chosa demo databases (best of $RUNS; wall s, CPU s, peak MiB)"
if [ -z "$PYTHON" ]; then
    echo "pandas baseline skipped: no python with pandas and PyYAML; to add it:" \
        "python3 -m venv .build/bench-venv && .build/bench-venv/bin/pip install pandas pyyaml"
fi
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
    best_of "$CHOSA" report --db "$db" --out "$folder/report" --lang both
    printf 'report  %7d institutions in %s s wall, %s CPU s, %d MiB peak (both languages, every file)\n' "$n" "$best" "$cpu" "$peak"
    [ -n "$PYTHON" ] || continue
    chosa_wall=$best
    chosa_cpu=$cpu
    if ! best_of "$PYTHON" "$PANDAS_REPORT" --db "$db" --out "$folder/pandas"; then
        echo "pandas  $n institutions: $PANDAS_REPORT failed (see above); skipped"
        continue
    fi
    printf 'pandas  %7d institutions in %s s wall, %s CPU s, %d MiB peak (the same tables as CSV, from the stored cards)\n' "$n" "$best" "$cpu" "$peak"
    awk -v chosa="$chosa_wall" -v pandas="$best" -v chosa_cpu="$chosa_cpu" -v pandas_cpu="$cpu" 'BEGIN {
        if (chosa < 0.01) chosa = 0.01
        if (chosa_cpu < 0.01) chosa_cpu = 0.01
        ratio = pandas / chosa
        if (ratio >= 1) printf "        chosa report is %.1f× faster than pandas", ratio
        else printf "        chosa report is %.1f× slower than pandas", 1 / ratio
        printf " (wall time; %.1f× in CPU time)\n", pandas_cpu / chosa_cpu
    }'
done
