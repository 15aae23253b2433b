#!/usr/bin/env bash
# Runs every cargo-fuzz target for SECONDS each (default 600), two at a time, starting from and
# adding to the committed corpus in fuzz/corpus/TARGET, then minimises each corpus and prints
# what each run did. Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`).
# Usage: scripts/fuzz.sh [SECONDS] [TARGET ...]
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs="${1:-600}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(reference manifest headers extract sync_file serve_request supply_chain)
cargo +nightly fuzz build
mkdir -p logs
run() {
  local t="$1"
  mkdir -p "corpus/$t"
  # -rss_limit_mb: hoist must stay flat; -timeout: no input may take a second.
  cargo +nightly fuzz run "$t" "corpus/$t" -- \
    -max_total_time="$secs" -rss_limit_mb=1024 -timeout=10 -print_final_stats=1 \
    >"logs/$t.log" 2>&1 && echo "$t: ok" || echo "$t: FAILED (see fuzz/logs/$t.log and fuzz/artifacts/$t)"
}
pids=()
for t in "${targets[@]}"; do
  run "$t" &
  pids+=($!)
  # Two at a time on two cores.
  if [ ${#pids[@]} -ge 2 ]; then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
done
wait
for t in "${targets[@]}"; do
  cargo +nightly fuzz cmin "$t" "corpus/$t" >/dev/null 2>&1 || true
  echo "== $t: $(grep -E '^stat::number_of_executed_units' "logs/$t.log" | awk '{print $2}') executions," \
    "$(ls "corpus/$t" | wc -l) corpus files after minimising," \
    "$(ls "artifacts/$t" 2>/dev/null | wc -l) crash artifacts"
done
