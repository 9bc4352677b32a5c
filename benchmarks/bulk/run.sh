#!/usr/bin/env bash
# End-to-end timing of the bulk commands on a generated corpus: generate N disclosures, validate the folder,
# export it to Parquet partitioned by year with findings. Wall time and peak resident memory (GNU time) per step.
# Usage: benchmarks/bulk/run.sh [disclosures, default 10000] [years, default 2]
# Target: validation of 10,000 disclosures under 60 s on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
disclosures="${1:-10000}"
years="${2:-2}"
departments=$(( (disclosures + years - 1) / years ))
work="$(mktemp -d /tmp/openbudget-bulk.XXXXXX)"
trap 'rm -rf "$work"' EXIT

if [ ! -x /usr/bin/time ]; then
  echo "Installing GNU time"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi

echo "Building the tool (Release)"
dotnet build src/OpenBudget.Cli -c Release -o "$work/cli" -v quiet -nologo >/dev/null
cli=(dotnet "$work/cli/OpenBudget.Cli.dll")

measure() {
  local name="$1"; shift
  local expected_exit="$1"; shift
  local exit=0
  /usr/bin/time -f "%e %M" -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" || exit=$?
  if [ "$exit" != "$expected_exit" ]; then
    echo "$name exited $exit, expected $expected_exit:"; cat "$work/$name.err"; exit 1
  fi
  # GNU time puts "Command exited with non-zero status N" first when the exit code is not 0.
  read -r seconds kib < <(tail -n 1 "$work/$name.time")
  printf '%-9s %8.1f s  peak RSS %6d MiB   %s\n' "$name" "$seconds" $(( kib / 1024 )) "$(head -n 1 "$work/$name.out")"
}

echo "Corpus: $departments departments x $years years, $(nproc) cores"
measure generate 0 "${cli[@]}" generate --departments "$departments" --years "$years" --seed 1 --inject-errors 10 -o "$work/corpus" --quiet
echo "          $(du -sh "$work/corpus" | cut -f1) on disk, $(find "$work/corpus" -name '*.json' ! -name '_*' | wc -l) files"
measure validate 1 "${cli[@]}" validate "$work/corpus" --quiet
measure export 0 "${cli[@]}" export "$work/corpus" --format parquet --partition-by year --findings -o "$work/parquet" --quiet
echo "          $(du -sh "$work/parquet" | cut -f1) of Parquet"
