#!/usr/bin/env bash
# The authority's co-production dashboard at scale, in the packaged jar: loads 20,000 generated cases
# with two years of what the dashboards count (AuthorityLoad --measures 1: school phases, primary needs,
# a parent on each case, contributions and their answers, agreement marks, meetings, views, decisions,
# actions, disagreements, and 30,000 confidence survey answers over six terms) into the embedded
# PostgreSQL the jar will use, starts `java -Xmx512m -jar`, signs in as the demo SEN manager (password
# and authenticator code) and times, one request after another, the whole dashboard page
# /measures/authority/{laId} unfiltered and with each filter, and each panel's CSV.
#
# Usage: bench/measures-dashboard.sh [options]
#   --no-build           use the jar already in target/ (and the compiled test classes)
#   --data DIR           keep the database in DIR (default /tmp/b20k-measures). A DIR that already holds a
#                        database loaded by this script is used as it is; one loaded by authority-scale.sh
#                        (without the measures) gets them added first (AuthorityLoad --measures-only 1)
#   --cases N            cases to load (default 20000)
#   --answers N          confidence survey answers to load (default 30000)
#   --provision          also load provision at scale (10 million sessions; slow), so the fidelity panel has figures
#   --runs N             timed requests per address, one after another, after 5 not counted (default 50)
#   --combinations       also every panel's CSV with each filter and the two-filter combination (42 more addresses)
#   --paced D            also run wrk for D per address (e.g. 15s): 20 connections each pausing 0.5 to 2 s
#   --port P             port for the application (default 18296)
#   --try PATH           time PATH (a page that exists, e.g. /authority) instead of the dashboards: checks the
#                        sign-in and the timing loop before the dashboards are there
# Needs: a JDK 21+ (JAVA_HOME or java on the PATH), curl, python3 (the authenticator code, the table),
# and wrk for --paced. Prints one table: for each address its answer, size, p50, p95 and the slowest.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1; data=/tmp/b20k-measures; cases=20000; answers=30000; provision=0; runs=50; combinations=0; paced=""; port=18296; try=""
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0; shift ;;
    --data) data="$2"; shift 2 ;;
    --cases) cases="$2"; shift 2 ;;
    --answers) answers="$2"; shift 2 ;;
    --provision) provision=1; shift ;;
    --runs) runs="$2"; shift 2 ;;
    --combinations) combinations=1; shift ;;
    --paced) paced="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --try) try="$2"; shift 2 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=target/coplan-0.1.0-SNAPSHOT.jar
base="http://localhost:$port"
for tool in curl python3; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done
[ -z "$paced" ] || command -v wrk >/dev/null || { echo "wrk is needed for --paced (apt-get install -y wrk)" >&2; exit 2; }
if [ "$build" = 1 ] || [ ! -f "$jar" ]; then
  echo "== building the jar"
  ./mvnw -B -q package -DskipTests
fi

mkdir -p "$data"
work=$(mktemp -d)
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# --- load: Coplan started from the same jar with the generators on its class path (PropertiesLauncher)
load() {
  mkdir -p "$work/loader/org/coplan/bench"
  cp target/test-classes/org/coplan/bench/AuthorityGenerator*.class target/test-classes/org/coplan/bench/AuthorityLoad*.class \
     target/test-classes/org/coplan/bench/ProvisionGenerator*.class target/test-classes/org/coplan/bench/MeasuresGenerator*.class \
     "$work/loader/org/coplan/bench/"
  local started=$SECONDS
  COPLAN_DATA_DIRECTORY="$data/pg" nice "$java" -Xmx1g -cp "$jar" -Dloader.path="$work/loader" \
    -Dloader.main=org.coplan.bench.AuthorityLoad org.springframework.boot.loader.launch.PropertiesLauncher "$@" 2>&1 \
    | tee "$work/load.log" | grep '^BENCH-' || true
  grep -q '^BENCH-LA ' "$work/load.log" || { echo "Loading failed:" >&2; tail -40 "$work/load.log" >&2; exit 1; }
  echo "-- loaded in $((SECONDS - started)) s (start-up of the loader included)"
}
if [ ! -f "$data/targets" ]; then
  echo "== loading $cases cases with $answers survey answers into $data/pg"
  load --cases "$cases" --provision "$provision" --measures 1 --survey-answers "$answers"
  grep '^BENCH-' "$work/load.log" > "$data/targets"
elif ! grep -q '^BENCH-LOAD measures' "$data/targets"; then
  echo "== adding what the dashboards count ($answers survey answers) to the cases in $data/pg"
  load --measures-only 1 --survey-answers "$answers"
  grep '^BENCH-' "$work/load.log" >> "$data/targets"
fi
la=$(awk '/^BENCH-LA /{print $2; exit}' "$data/targets")

# --- the application, as deployed but for the heap cap
COPLAN_DATA_DIRECTORY="$data/pg" PORT=$port COPLAN_BASE_URL="$base" "$java" -Xmx512m -jar "$jar" >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 480); do
  grep -q "Started CoplanApplication" "$work/app.log" && break
  kill -0 "$pid" 2>/dev/null || { echo "The application stopped:" >&2; tail -40 "$work/app.log" >&2; exit 1; }
  sleep 0.5
done
grep -q "Started CoplanApplication" "$work/app.log" || { echo "The application did not start" >&2; exit 1; }
echo "== $jar on port $port, authority $la"

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
totp() { # RFC 6238, 30-second steps, 6 digits, SHA-1: what an authenticator app shows
  python3 -c 'import base64,hashlib,hmac,struct,sys,time
k=base64.b32decode(sys.argv[1]); h=hmac.new(k,struct.pack(">Q",int(time.time())//30),hashlib.sha1).digest(); o=h[-1]&15
print("%06d"%((struct.unpack(">I",h[o:o+4])[0]&0x7fffffff)%1000000))' "$1"
}
# Signs in (password, then the authenticator code) and prints the session cookie.
sign_in() {
  local jar_file="$work/cookies" token
  token=$(curl -s -c "$jar_file" -b "$jar_file" "$base/sign-in" | csrf)
  curl -s -o /dev/null -c "$jar_file" -b "$jar_file" --data-urlencode "email=$1" \
    --data-urlencode "password=coplan-demo-2026" --data-urlencode "_csrf=$token" "$base/sign-in"
  token=$(curl -s -c "$jar_file" -b "$jar_file" "$base/sign-in/code" | csrf)
  curl -s -o /dev/null -c "$jar_file" -b "$jar_file" --data-urlencode "code=$(totp "$2")" \
    --data-urlencode "_csrf=$token" "$base/sign-in/code"
  awk '$6 == "COPLAN_SESSION" {print "COPLAN_SESSION=" $7}' "$jar_file"
}
cookie=$(sign_in manager@demo.coplan.test COPLANDEMOKEYFORTRYINGTHESERVICE)
[ -n "$cookie" ] || { echo "Signing in as the SEN manager failed" >&2; exit 1; }
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/authority")
[ "$status" = 200 ] || { echo "Signed in, but /authority answered $status: the second factor was not accepted?" >&2; exit 1; }

# --- what is timed: label and path, one a line
filters=("" "phase=PRIMARY" "need=ASD" "age=AGE_11_TO_15" "stage=EHC_PLAN" "phase=PRIMARY&need=ASD")
panels=(confidence contributions agreement meetings disagreements involvement fidelity)
page="/measures/authority/$la"
: > "$work/urls"
if [ -n "$try" ]; then
  echo "$try	$try" >> "$work/urls"
else
  for f in "${filters[@]}"; do echo "whole page ${f:-(no filter)}	$page${f:+?$f}" >> "$work/urls"; done
  for p in "${panels[@]}"; do echo "$p.csv	$page/$p.csv" >> "$work/urls"; done
  if [ "$combinations" = 1 ]; then
    for p in "${panels[@]}"; do
      for f in "${filters[@]:1}"; do echo "$p.csv $f	$page/$p.csv?$f" >> "$work/urls"; done
    done
  fi
fi

cat > "$work/paced.lua" <<'LUA'
local cookie = os.getenv("BENCH_COOKIE")
wrk.headers["Cookie"] = cookie
function setup(thread) thread:set("seed", math.random(1, 1000000)) end
function init(args) math.randomseed(os.time() + (seed or 0)) end
function delay() return math.random(500, 2000) end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.1f %d %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.requests, e.status + e.timeout + e.connect + e.read + e.write))
end
LUA

# --- one request after another: the time each answer takes with nobody else asking
: > "$work/results"
while IFS=$'\t' read -r label path; do
  for _ in 1 2 3 4 5; do curl -s -o /dev/null --max-time 60 -H "Cookie: $cookie" "$base$path" || true; done
  times=()
  code=""; size=""
  for _ in $(seq 1 "$runs"); do
    read -r code size t <<< "$(curl -s -o /dev/null --max-time 60 -w '%{http_code} %{size_download} %{time_total}' \
      -H "Cookie: $cookie" "$base$path")"
    times+=("$t")
  done
  line="seq	$label	$path	$code	$size	${times[*]}"
  if [ -n "$paced" ]; then
    out=$(BENCH_COOKIE="$cookie" wrk -t2 -c20 -d"$paced" --timeout 30s -s "$work/paced.lua" "$base$path" 2>&1 || true)
    line="$line	$(grep '^RESULT ' <<< "$out" | cut -d' ' -f2- || echo '- - - -')"
  fi
  echo "$line" >> "$work/results"
  echo "-- $label: $code"
done < "$work/urls"

echo
echo "Coplan $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(grep -c . "$work/urls") addresses, $runs requests each one after" \
  "another after 5 not counted, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
grep '^BENCH-LOAD' "$data/targets" | sed 's/^BENCH-LOAD /  /'
python3 - "$work/results" "$paced" <<'PY'
import sys
paced = sys.argv[2]
def pct(xs, p):
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100.0 * (len(xs) - 1))))]
head = "| address | answer | size | p50 | p95 | slowest |"
rule = "| --- | --- | --- | --- | --- | --- |"
if paced:
    head += " paced (20 connections) p50 | p95 | requests | failed |"
    rule += " --- | --- | --- | --- |"
print(head); print(rule)
for line in open(sys.argv[1]):
    f = line.rstrip("\n").split("\t")
    label, path, code, size = f[1], f[2], f[3], f[4]
    ms = [float(t) * 1000 for t in f[5].split()]
    row = "| %s | %s | %.1f KB | %.0f ms | %.0f ms | %.0f ms |" % (label, code, int(size) / 1024, pct(ms, 50), pct(ms, 95), max(ms))
    if paced:
        w = (f[6].split() + ["-"] * 4)[:4] if len(f) > 6 else ["-"] * 4
        row += " %s ms | %s ms | %s | %s |" % tuple(w)
    print(row)
PY
