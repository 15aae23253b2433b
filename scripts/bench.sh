#!/usr/bin/env bash
# Benchmarks hoist against skopeo on a local distribution registry, in one run.
# Usage: scripts/bench.sh [RUNS]   (builds hoist in release mode first)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -q
exec python3 scripts/bench.py "${1:-15}"
