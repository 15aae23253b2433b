#!/usr/bin/env bash
# Benchmarks hoist against skopeo (and curl) on local registries, in one run.
# Usage: scripts/bench.sh [--runs N] [read|verify|pull|copy|extract|audit|change|sync|archive|serve ...]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -q
exec python3 scripts/bench.py "$@"
