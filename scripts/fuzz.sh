#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (AddressSanitizer and
# UndefinedBehaviorSanitizer on, in build-fuzz) and runs each for a bounded time on a copy of
# its seed corpus and of the inputs that once crashed it.
#   scripts/fuzz.sh [SECONDS]      seconds per target, 60 by default
#   FUZZ_TARGETS="csv_reader" scripts/fuzz.sh 30     only some targets
# Exits non-zero when a target crashes, hangs, leaks or breaks a check, and names the input
# that did it: keep it under tests/fuzz/regressions/<target>/ once the bug is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
targets=(${FUZZ_TARGETS:-csv_reader column_mapping definition_json routing_config})

packages=(clang libclang-rt-14-dev)
missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
if ((${#missing[@]} > 0)); then
  sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || { echo "Installing ${missing[*]} needs root: run this as root." >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "Installing: ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# -O1 and line tables only: quick to build, and stack traces still name the line.
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DBATON_FUZZ=ON -DBATON_BUILD_GUI=OFF -DBATON_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-fuzz --target baton_fuzz --parallel "${BATON_JOBS:-$(nproc)}"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
failed=()
for target in "${targets[@]}"; do
  work=build-fuzz/fuzz-run/$target
  rm -rf "$work"
  mkdir -p "$work/corpus" "$work/artifacts"
  cp tests/fuzz/corpus/"$target"/* "$work/corpus/"
  if compgen -G "tests/fuzz/regressions/$target/*" >/dev/null; then
    cp tests/fuzz/regressions/"$target"/* "$work/corpus/"
  fi
  # The words of its format (JSON keys, field names, CSV quotes) help the fuzzer past the parser.
  dict=()
  [[ -f tests/fuzz/dict/$target.dict ]] && dict=(-dict="tests/fuzz/dict/$target.dict")
  echo "== $target: ${seconds} s"
  if ! build-fuzz/tests/fuzz/fuzz_"$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -max_len=65536 -print_final_stats=1 "${dict[@]}" -artifact_prefix="$work/artifacts/" "$work/corpus" \
      >"$work/log.txt" 2>&1; then
    failed+=("$target")
    echo "!! $target failed; its log: $work/log.txt; the input that did it:"
    ls -1 "$work"/artifacts/* 2>/dev/null | sed 's/^/   /' || echo "   (none kept)"
  fi
  grep -E '^stat::number_of_executed_units|^stat::new_units_added' "$work/log.txt" | sed 's/^/   /' || true
done

if ((${#failed[@]} > 0)); then
  echo "Fuzzing found problems in: ${failed[*]}" >&2
  exit 1
fi
echo "No crash, hang, leak or broken check in ${targets[*]} (${seconds} s each)."
