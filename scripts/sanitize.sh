#!/usr/bin/env bash
# Builds the whole project with clang under AddressSanitizer, UndefinedBehaviorSanitizer and
# LeakSanitizer (part of ASan on Linux) in build-asan, then runs the ctest suite with options
# that turn any report into a failing test.
#   scripts/sanitize.sh            build and run every test
#   scripts/sanitize.sh -R core    extra arguments go to ctest (here: only the core suite)
#   BATON_TARGETS="baton_core_tests baton_cli_tests batonctl" scripts/sanitize.sh -R 'Test\.'
#                                  builds only those targets (the two suites, quicker)
#   BATON_SANITIZER=thread scripts/sanitize.sh [--gtest_filter=...]
#                                  ThreadSanitizer instead, in build-tsan, over the core suite:
#                                  the work done on a second thread (the owner look-ups beside
#                                  routing, the review's and re-evaluation's readers, the demo's
#                                  producer). Not the UI and CLI suites: Qt is not built with
#                                  ThreadSanitizer, so its own threads give false reports, and
#                                  clang 14's runtime aborts in the child processes they start.
# Reports inside Qt or system libraries that are not ours are suppressed by the files in
# tests/sanitize/, each entry with the reason beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

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

supp="$root/tests/sanitize"
if [[ "${BATON_SANITIZER:-address}" == thread ]]; then
  dir=build-tsan
  flags="-fsanitize=thread -fno-omit-frame-pointer"
  link="-fsanitize=thread"
  export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$supp/tsan.supp"
else
  dir=build-asan
  flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
  link="-fsanitize=address,undefined"
  export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
  export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:suppressions=$supp/ubsan.supp"
fi
# -O1 and line tables only: quicker to build, and reports still name the line.
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_C_FLAGS="$flags" \
  -DCMAKE_EXE_LINKER_FLAGS="$link" \
  -DCMAKE_SHARED_LINKER_FLAGS="$link" \
  -DBATON_BUILD_BENCHMARKS=OFF
export QT_QPA_PLATFORM=offscreen
if [[ "$dir" == build-tsan ]]; then
  cmake --build "$dir" --parallel "${BATON_JOBS:-$(nproc)}" --target baton_core_tests
  exec "$dir/tests/core/baton_core_tests" "$@"
fi
cmake --build "$dir" --parallel "${BATON_JOBS:-$(nproc)}" ${BATON_TARGETS:+--target $BATON_TARGETS}
ctest --test-dir "$dir" --output-on-failure --parallel "${BATON_JOBS:-$(nproc)}" --timeout 900 "$@"
