#!/usr/bin/env bash
# A poll with 5,000 members answering: builds the jar, makes a forum with 5,000 verified members who
# can sign in and one open poll (PollGenerator) in the embedded PostgreSQL the jar will use, starts
# `java -Xmx512m -jar`, then has every member sign in with their own session, open the poll and
# answer it (PollLoad): first some at a steady rate above what "5,000 within an hour" needs
# (1.4 answers a second), then the rest flat out. Last, wrk on the results page as a member.
#
# Usage: bench/forum-poll.sh [options]
#   --no-build           use the jar already in target/ (and the compiled test classes)
#   --data DIR           keep the database in DIR (default: a new temporary directory, removed at the end);
#                        a DIR that already holds the generated forum is used as it is (members who have
#                        answered already are refused a second answer, so use a new DIR for a new run)
#   --members N          members (default 5000)
#   --paced N            members answering at a steady rate first (default 300)
#   --rate R             members starting each second in the steady part (default 5)
#   --concurrency N      members at once in the flat-out part (default 16)
#   --duration D         length of the wrk run on the results page (default 15s)
#   --connections N      wrk connections (default 20)
#   --port P             port for the application (default 8092)
# Needs: a JDK 21+ (JAVA_HOME or java on the PATH), wrk, curl.
#
# Generator alone (against a data directory, from the packaged jar and the compiled test classes):
#   mkdir -p /tmp/loader/org/coplan/bench && cp target/test-classes/org/coplan/bench/Poll{Generator,Load}*.class /tmp/loader/org/coplan/bench/
#   COPLAN_DATA_DIRECTORY=DIR/pg java -cp target/coplan-0.1.0-SNAPSHOT.jar -Dloader.path=/tmp/loader \
#     -Dloader.main=org.coplan.bench.PollGenerator org.springframework.boot.loader.launch.PropertiesLauncher --members 5000
set -euo pipefail
cd "$(dirname "$0")/.."

build=1; data=""; members=5000; paced=300; rate=5; concurrency=16; duration=15s; connections=20; port=8092
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0; shift ;;
    --data) data="$2"; shift 2 ;;
    --members) members="$2"; shift 2 ;;
    --paced) paced="$2"; shift 2 ;;
    --rate) rate="$2"; shift 2 ;;
    --concurrency) concurrency="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done
keep=1
if [ -z "$data" ]; then data=$(mktemp -d); keep=0; fi
mkdir -p "$data"
. bench/lib.sh
need wrk curl
build_jar

mkdir -p "$work/loader/org/coplan/bench"
cp target/test-classes/org/coplan/bench/PollGenerator*.class target/test-classes/org/coplan/bench/PollLoad*.class "$work/loader/org/coplan/bench/"
if [ ! -f "$data/poll-targets" ]; then
  echo "== making a forum with $members verified members and one open poll in $data/pg"
  COPLAN_DATA_DIRECTORY="$data/pg" nice "$java" -Xmx1g -cp "$jar" -Dloader.path="$work/loader" \
    -Dloader.main=org.coplan.bench.PollGenerator org.springframework.boot.loader.launch.PropertiesLauncher \
    --members "$members" 2>&1 | tee "$work/load.log" | grep '^BENCH-' || true
  grep -q '^BENCH-POLL ' "$work/load.log" || { echo "Generating failed:" >&2; tail -40 "$work/load.log" >&2; exit 1; }
  grep '^BENCH-' "$work/load.log" > "$data/poll-targets"
fi
poll=$(awk '/^BENCH-POLL /{print $2}' "$data/poll-targets")
question=$(awk '/^BENCH-QUESTION /{print $2}' "$data/poll-targets")

echo "== starting $jar with -Xmx512m on port $port"
start_app COPLAN_POLLS_CRON=-

load() { # from count concurrency rate
  "$java" -cp "$work/loader" org.coplan.bench.PollLoad --base "$base" --poll "$poll" --question "$question" \
    --from "$1" --count "$2" --concurrency "$3" --rate "$4" | grep '^RESULT'
}
report() { # label RESULT-line
  read -r _ n ok err secs per_s si50 si95 pg50 pg95 se50 se95 an50 an95 <<< "$2"
  printf '%-34s %6s of %-6s errors %-4s %7ss %7s answers/s | sign-in p50 %5s p95 %5s | answering p50 %5s p95 %5s (page p95 %s, send p95 %s) ms\n' \
    "$1" "$ok" "$n" "$err" "$secs" "$per_s" "$si50" "$si95" "$an50" "$an95" "$pg95" "$se95"
}

echo "== $paced members at $rate a second (5,000 within an hour needs 1.4 a second)"
paced_result=$(load 1 "$paced" "$concurrency" "$rate")
echo "== the other $((members - paced)) members flat out, $concurrency at once"
flat_result=$(load $((paced + 1)) $((members - paced)) "$concurrency" 0)

echo
echo "== answering ($(nproc) cores, heap capped at 512 MiB, embedded PostgreSQL on the same machine)"
report "steady ($rate members a second)" "$paced_result"
report "flat out ($concurrency at once)" "$flat_result"

echo "== the results page, as a member who answered, wrk $connections connections for $duration"
status=""
for _ in 1 2 3; do
  cookie=$(sign_in poll-bench.1@bench.coplan.test "" coplan-bench-poll-2026)
  read -r status location <<< "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -H "Cookie: $cookie" "$base/forum/polls/$poll/results")"
  [ "$status" = 200 ] && break
  echo "-- the results page answered $status ${location:-} (signed-in cookie: ${cookie:-none}); trying again in 20 s" >&2
  sleep 20
done
if [ "$status" != 200 ]; then
  echo "The results page could not be reached; the application's last words:" >&2
  grep -iE 'warn|error|held|lock' "$work/app.log" | tail -20 >&2
  exit 1
fi
cat > "$work/bench.lua" <<'LUA'
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.1f %.2f %d %d %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests, e.status, e.timeout + e.connect + e.read + e.write))
end
LUA
results_line=$(BENCH_COOKIE="$cookie" wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/bench.lua" "$base/forum/polls/$poll/results" | grep '^RESULT')
read -r _ r50 r95 rps reqs rstatus rerr <<< "$results_line"
printf '%-34s p50 %s ms, p95 %s ms, %s requests/s, %s requests, %s non-2xx, %s socket errors\n' \
  "results page ($connections connections)" "$r50" "$r95" "$rps" "$reqs" "$rstatus" "$rerr"
