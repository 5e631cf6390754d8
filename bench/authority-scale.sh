#!/usr/bin/env bash
# The packaged jar under load at authority scale: builds the jar, loads generated cases into the
# embedded PostgreSQL the jar will use, starts `java -Xmx512m -jar`, signs in as the demo coordinator
# and the demo SEN manager, and runs wrk at 50 connections against the signed-in pages with
# /accessibility (a public page, layout only) as the baseline in the same run.
#
# Usage: bench/authority-scale.sh [options]
#   --no-build           use the jar already in target/ (and the compiled test classes)
#   --data DIR           keep the database in DIR (default: a new temporary directory, removed at the end);
#                        a DIR that already holds a loaded database is used as it is, without loading again
#   --cases N            cases to load (default 20000)
#   --authorities N      spread the cases over N local authorities (default 1); the pages measured are
#                        those of the demo authority, which holds N-th of the cases
#   --duration D         length of each wrk run (default 15s)
#   --connections N      wrk connections (default 50)
#   --modes M            "flat", "paced" or "flat,paced" (default)
#   --pages LIST         which pages, comma-separated, from: accessibility,caseload,caseload-all,caseload-deep,
#                        case,plan,timeline,authority,home (default: all of them but caseload-deep; home last,
#                        as it is the slowest)
#   --port P             port for the application (default 18281)
#   --provision          also load an issued plan per case with 10 provision items and a year of weekly
#                        sessions (about 10 million rows at 20,000 cases), and measure the provision pages:
#                        provision,fidelity,my-week,provision-dashboard (the default page list becomes those)
# Needs: a JDK 21+ (JAVA_HOME or java on the PATH), wrk, curl, python3 (for the SEN manager's
# authenticator code). Flat out: every connection sends its next request as soon as the last answer
# arrives (throughput). Paced: each connection waits a random 0.5 to 2 s between requests, like people
# reading a page before their next click (latency at a realistic load).
set -euo pipefail
cd "$(dirname "$0")/.."

provision=0; pages_given=0
build=1; data=""; cases=20000; authorities=1; duration=15s; connections=50; modes="flat,paced"; port=18281
pages="accessibility,caseload,caseload-all,case,plan,timeline,authority,home"
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0; shift ;;
    --data) data="$2"; shift 2 ;;
    --cases) cases="$2"; shift 2 ;;
    --authorities) authorities="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --modes) modes="$2"; shift 2 ;;
    --pages) pages="$2"; pages_given=1; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    --provision) provision=1; shift ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done

if [ "$provision" = 1 ] && [ "$pages_given" = 0 ]; then pages="accessibility,provision,fidelity,my-week,provision-dashboard"; fi
keep=1
if [ -z "$data" ]; then data=$(mktemp -d); keep=0; fi
mkdir -p "$data"
. bench/lib.sh
need wrk curl python3
build_jar

# --- load: Coplan started from the same jar with the generator on its class path (PropertiesLauncher)
if [ ! -f "$data/targets" ]; then
  echo "== loading $cases cases in $authorities authorities into $data/pg"
  mkdir -p "$work/loader/org/coplan/bench"
  cp target/test-classes/org/coplan/bench/AuthorityGenerator*.class target/test-classes/org/coplan/bench/AuthorityLoad*.class \
     target/test-classes/org/coplan/bench/ProvisionGenerator*.class \
     "$work/loader/org/coplan/bench/"
  COPLAN_DATA_DIRECTORY="$data/pg" nice "$java" -Xmx1g -cp "$jar" -Dloader.path="$work/loader" \
    -Dloader.main=org.coplan.bench.AuthorityLoad org.springframework.boot.loader.launch.PropertiesLauncher \
    --cases "$cases" --authorities "$authorities" --provision "$provision" 2>&1 | tee "$work/load.log" | grep '^BENCH-' || true
  grep -q '^BENCH-CASE ' "$work/load.log" || { echo "Loading failed:" >&2; tail -40 "$work/load.log" >&2; exit 1; }
  grep '^BENCH-' "$work/load.log" > "$data/targets"
fi
case_id=$(awk '/^BENCH-CASE /{print $2}' "$data/targets")
plan_path=$(awk '/^BENCH-PLAN /{print $2}' "$data/targets")

echo "== starting $jar with -Xmx512m on port $port"
start_app

coordinator=$(sign_in coordinator@demo.coplan.test)
manager=$(sign_in manager@demo.coplan.test COPLANDEMOKEYFORTRYINGTHESERVICE)
health=$(sign_in health@demo.coplan.test)

path_of() {
  case "$1" in
    accessibility) echo /accessibility ;;
    caseload) echo /caseload ;;
    caseload-all) echo "/caseload?scope=AUTHORITY" ;;
    caseload-deep) echo "/caseload?scope=AUTHORITY&page=$((cases / authorities / 100))" ;;
    case) echo "/cases/$case_id" ;;
    plan) echo "$plan_path" ;;
    timeline) echo "/cases/$case_id/timeline" ;;
    authority) echo /authority ;;
    home) echo / ;;
    provision) echo "/cases/$case_id/provision" ;;
    fidelity) echo "/cases/$case_id/provision/fidelity" ;;
    my-week) echo /provision/my-week ;;
    provision-dashboard) echo /provision/dashboard ;;
  esac
}
cookie_of() {
  case "$1" in accessibility) echo "" ;; authority|provision-dashboard) echo "$manager" ;; my-week) echo "$health" ;; *) echo "$coordinator" ;; esac
}
label_of() {
  case "$1" in
    accessibility) echo "/accessibility (public baseline)" ;;
    caseload) echo "/caseload (coordinator's own)" ;;
    caseload-all) echo "/caseload?scope=AUTHORITY" ;;
    caseload-deep) echo "/caseload?scope=AUTHORITY, a page half way" ;;
    case) echo "case page" ;;
    plan) echo "plan section F" ;;
    timeline) echo "timeline" ;;
    authority) echo "/authority (SEN manager)" ;;
    home) echo "/ home (coordinator)" ;;
    provision) echo "provision summary (a case's, as the family reads it)" ;;
    fidelity) echo "case fidelity page" ;;
    my-week) echo "/provision/my-week (a therapist with about 300 cases)" ;;
    provision-dashboard) echo "/provision/dashboard (SEN manager)" ;;
  esac
}

cat > "$work/bench.lua" <<'LUA'
local cookie = os.getenv("BENCH_COOKIE")
if cookie ~= nil and cookie ~= "" then wrk.headers["Cookie"] = cookie end
if os.getenv("BENCH_PAUSE") == "1" then
  function setup(thread) thread:set("seed", math.random(1, 1000000)) end
  function init(args) math.randomseed(os.time() + (seed or 0)) end
  function delay() return math.random(500, 2000) end
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.1f %.2f %d %d %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests, e.status, e.timeout + e.connect + e.read + e.write))
end
LUA

# CPU seconds the application has used (user + system), to wait until it has finished the last run's backlog.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0; }
settle() {
  local before after
  for _ in $(seq 1 120); do
    before=$(cpu_ticks); sleep 1; after=$(cpu_ticks)
    [ $((after - before)) -lt 20 ] && return 0  # under a fifth of a core
  done
  echo "-- still busy after 2 minutes; going on" >&2
}
heap_used() { # MiB of heap in use and the resident memory of the JVM
  local used rss
  used=$("$jcmd" "$pid" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*' || echo 0)
  rss=$(ps -o rss= -p "$pid" 2>/dev/null || echo 0)
  echo "$((used / 1024)) $((rss / 1024))"
}

results="$work/results"
: > "$results"
IFS=, read -r -a page_list <<< "$pages"
IFS=, read -r -a mode_list <<< "$modes"
for name in "${page_list[@]}"; do
  path=$(path_of "$name"); cookie=$(cookie_of "$name")
  if [ -z "$path" ]; then echo "-- $name: nothing to request (no demo plan?)"; continue; fi
  read -r status size <<< "$(curl -s -o /dev/null -w '%{http_code} %{size_download}' --max-time 120 ${cookie:+-H "Cookie: $cookie"} "$base$path")"
  if [ "$status" != 200 ]; then echo "-- $name: $path answered $status, left out" >&2; continue; fi
  # warm-up, not counted: a few connections for a few seconds, so the JIT has compiled the page's code
  BENCH_COOKIE="$cookie" BENCH_PAUSE=0 wrk -t1 -c2 -d5s --timeout 30s -s "$work/bench.lua" "$base$path" >/dev/null 2>&1 || true
  for mode in "${mode_list[@]}"; do
    settle
    echo "== $mode: $(label_of "$name") $path"
    out=$(BENCH_COOKIE="$cookie" BENCH_PAUSE=$([ "$mode" = paced ] && echo 1 || echo 0) \
      wrk -t2 -c"$connections" -d"$duration" --timeout 30s -s "$work/bench.lua" "$base$path" 2>&1 || true)
    line=$(grep '^RESULT ' <<< "$out" || echo "RESULT 0 0 0 0 0 0")
    read -r heap rss <<< "$(heap_used)"
    alive=yes
    if ! kill -0 "$pid" 2>/dev/null; then
      alive=no; echo "-- the application stopped (see its log); starting it again" >&2
      grep -m3 -i 'OutOfMemoryError' "$work/app.log" >&2 || true
      start_app
    fi
    echo "$name $mode $size ${line#RESULT } $heap $rss $alive" | tee -a "$results"
  done
done

# --- the table
echo
echo "Coplan $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $cases cases in $authorities authorities, wrk -t2 -c$connections -d$duration," \
  "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
python3 - "$results" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
labels = {"accessibility": "/accessibility (public baseline)", "caseload": "/caseload (coordinator's own)",
          "caseload-all": "/caseload?scope=AUTHORITY", "caseload-deep": "/caseload?scope=AUTHORITY, a page half way", "case": "case page", "plan": "plan section F", "timeline": "timeline",
          "authority": "/authority (SEN manager)", "home": "/ home (coordinator)",
          "provision": "provision summary (a case's)", "fidelity": "case fidelity page",
          "my-week": "/provision/my-week (therapist, ~300 cases)", "provision-dashboard": "/provision/dashboard (SEN manager)"}
base = {r[1]: float(r[5]) for r in rows if r[0] == "accessibility"}
pages = []
for r in rows:
    if r[0] not in pages: pages.append(r[0])
def get(page, mode):
    return next((r for r in rows if r[0] == page and r[1] == mode), None)
print("| page | HTML | flat out: req/s | share of baseline | p50 | p95 | paced: p50 | p95 | req/s | failed | heap used / RSS |")
print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
for p in pages:
    f, s = get(p, "flat"), get(p, "paced")
    any_ = f or s
    size = "%.1f KB" % (int(any_[2]) / 1024)
    def cells(r, ratio):
        if r is None: return ["-"] * (4 if ratio else 3)
        c = ["%.1f" % float(r[5])]
        if ratio: c.append("%.0f%%" % (100 * float(r[5]) / base["flat"]) if base.get("flat") else "-")
        c += ["%.0f ms" % float(r[3]), "%.0f ms" % float(r[4])]
        return c
    failed = sum(int(r[7]) + int(r[8]) for r in (f, s) if r)
    heap = "%d / %d MiB" % (max(int(r[9]) for r in (f, s) if r), max(int(r[10]) for r in (f, s) if r))
    fc = cells(f, True); sc = cells(s, False)
    sc = sc[1:3] + sc[0:1] if s else sc
    stopped = " (stopped)" if any(r[11] == "no" for r in (f, s) if r) else ""
    print("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %d%s | %s |" % (labels.get(p, p), size, fc[0], fc[1], fc[2], fc[3],
          sc[0], sc[1], sc[2], failed, stopped, heap))
PY
echo "(failed: answers over 399, timeouts over 30 s and socket errors; heap: the most in use after a run of that page, and the most resident memory)"
