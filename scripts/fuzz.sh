#!/usr/bin/env bash
# make fuzz: coverage-guided fuzzing (libFuzzer, `swiftc -sanitize=fuzzer` with AddressSanitizer) of the parsers an
# outsider reaches: the YAML survey loader, the expression parser, the JSON parser, the multipart parser and the
# CSV roster reader. SurveyCore (and Yams) are built instrumented into .build-fuzz; each target then runs for
# FUZZ_SECONDS (default 60) from the seeds in Fuzz/corpus. A crash leaves its input in .build-fuzz/crashes and
# fails the run: add the input to a regression test, fix, and run again.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
SECONDS_EACH=${FUZZ_SECONDS:-60}
TARGETS=${FUZZ_TARGETS:-"json multipart roster expression yaml"}
BUILD=.build-fuzz
SANITIZE=(-Xswiftc -sanitize=fuzzer -Xswiftc -sanitize=address -Xcc -fsanitize=fuzzer-no-link -Xcc -fsanitize=address)

mkdir -p "$BUILD"
$SWIFT build --build-path "$BUILD" --target SurveyCore "${SANITIZE[@]}" >"$BUILD/build.log" 2>&1 || { cat "$BUILD/build.log" >&2; exit 1; }
OBJECTS=$(find "$BUILD/debug/SurveyCore.build" "$BUILD/debug/Yams.build" "$BUILD/debug/CYaml.build" -name '*.o')
mkdir -p "$BUILD/crashes"
failed=0
printf '%-12s %10s %8s %s\n' target runs seconds result
for target in $TARGETS; do
  case $target in
    json) source=Fuzz/FuzzJSON.swift ;;
    multipart) source=Fuzz/FuzzMultipart.swift ;;
    roster) source=Fuzz/FuzzRoster.swift ;;
    expression) source=Fuzz/FuzzExpression.swift ;;
    yaml) source=Fuzz/FuzzYAML.swift ;;
    *) echo "unknown fuzz target $target" >&2; exit 2 ;;
  esac
  binary="$BUILD/fuzz-$target"
  swiftc -sanitize=fuzzer,address -parse-as-library -I "$BUILD/debug/Modules" -I "$BUILD/checkouts/Yams/Sources/CYaml/include" \
    "$source" $OBJECTS -o "$binary" >"$BUILD/link-$target.log" 2>&1 || { cat "$BUILD/link-$target.log" >&2; exit 1; }
  corpus="$BUILD/corpus-$target"
  mkdir -p "$corpus"
  log="$BUILD/fuzz-$target.log"
  if "$binary" -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -timeout=10 -max_len=65536 \
      -artifact_prefix="$BUILD/crashes/$target-" "$corpus" "Fuzz/corpus/$target" >"$log" 2>&1; then
    result=ok
  else
    result="CRASH (see $log and $BUILD/crashes)"
    failed=1
  fi
  runs=$(grep -o 'Done [0-9]* runs' "$log" | grep -o '[0-9]*' | tail -1 || true)
  printf '%-12s %10s %8s %s\n' "$target" "${runs:-?}" "$SECONDS_EACH" "$result"
done
exit $failed
