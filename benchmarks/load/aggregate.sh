#!/usr/bin/env bash
# Load test of the researchers' endpoints over a store of many disclosures: the first GET /v1/aggregate (reads every
# current revision into memory), the one after a further publication (reads only that disclosure), repeated aggregates
# (served from the per-version cache), the first GET /v1/bulk (writes four files per year) and downloads of a bulk
# Parquet file.
# The disclosures are the sample under other department names, regions and years (2023 to 2026).
# Usage: benchmarks/load/aggregate.sh [disclosures, default 400] [duration, default 10s] [connections, default 32]
set -euo pipefail
cd "$(dirname "$0")/../.."
count="${1:-400}"
duration="${2:-10s}"
connections="${3:-32}"
threads=2
port=5182
key="load-test-key-0123456789abcdef"
work="$(mktemp -d /tmp/openbudget-aggregate-load.XXXXXX)"

command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

api_pid=""
cleanup() {
  [ -n "$api_pid" ] && kill "$api_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building the API (Release)"
dotnet build src/OpenBudget.Api -c Release -o "$work/api" -v quiet -nologo >/dev/null

OpenBudget__Store__Path="$work/store.db" OpenBudget__ApiKeys__0="$key" OpenBudget__Limits__WritesPerMinute=1000000 \
  Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production \
  dotnet "$work/api/OpenBudget.Api.dll" --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1 &
api_pid=$!
for _ in $(seq 1 100); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.2
done

echo "Publishing $count disclosures"
python3 - "$count" "$work" <<'PY'
import json, sys
count, work = int(sys.argv[1]), sys.argv[2]
sample = json.load(open("tests/fixtures/sample/urumqi-science-2026.json", encoding="utf-8"))
for i in range(count + 1):
    d = dict(sample)
    d["department"] = f"合成部门{i // 4:05d}"
    d["fiscalYear"] = 2023 + i % 4
    code = str(650100 + (i // 4 % 120) * 100)
    d["region"] = {"code": code, "name": f"地区{code}"}
    d["title"] = f"{d['fiscalYear']}年{d['department']}部门预算公开"
    with open(f"{work}/d{i}.json", "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False)
PY
start=$(date +%s.%N)
for i in $(seq 0 $((count - 1))); do
  curl -fsS -o /dev/null -X POST "http://127.0.0.1:$port/v1/disclosures" -H 'Content-Type: application/json' -H "X-Api-Key: $key" --data-binary "@$work/d$i.json"
done
end=$(date +%s.%N)
echo "Published in $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') s"

aggregate="http://127.0.0.1:$port/v1/aggregate?drilldown=functional.class%7Cyear&cut=region:6501"
first="$(curl -fsS -o /dev/null -w '%{time_total}' "$aggregate")"
echo "First aggregate after publishing (reads every current revision): ${first} s"
rss="$(awk '/VmRSS/{print $2 / 1024 " MiB"}' "/proc/$api_pid/status")"
echo "Service memory after the first aggregate: $rss"

curl -fsS -o /dev/null -X POST "http://127.0.0.1:$port/v1/disclosures" -H 'Content-Type: application/json' -H "X-Api-Key: $key" --data-binary "@$work/d$count.json"
after_one="$(curl -fsS -o /dev/null -w '%{time_total}' "$aggregate")"
echo "Aggregate after one more publication (reads only that disclosure): ${after_one} s"

bulk_first="$(curl -fsS -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/v1/bulk")"
echo "First bulk index (writes 4 years x 4 files): ${bulk_first} s"
curl -fsS "http://127.0.0.1:$port/v1/bulk" | python3 -c '
import json, sys
for f in json.load(sys.stdin)["files"]:
    print("  %s: %d bytes, %d rows" % (f["name"], f["size"], f["rows"]))'

measure() { # name url
  local out rps p99
  wrk -t"$threads" -c"$connections" -d3s "$2" >/dev/null
  out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$2")"
  if grep -q "Non-2xx or 3xx" <<<"$out"; then echo "$1: errors in the run:"; echo "$out"; exit 1; fi
  rps="$(awk '/^Requests\/sec:/{print $2}' <<<"$out")"
  p99="$(awk '$1=="99%"{print $2}' <<<"$out")"
  printf '%-28s %12s %10s\n' "$1" "$rps" "$p99"
}

echo
echo "wrk -t$threads -c$connections -d$duration on $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), $count disclosures"
printf '%-28s %12s %10s\n' "case" "requests/s" "p99"
measure "aggregate (cached)" "$aggregate"
measure "bulk index" "http://127.0.0.1:$port/v1/bulk"
measure "bulk 2026 amounts.parquet" "http://127.0.0.1:$port/v1/bulk/openbudget-2026-amounts.parquet"
