#!/usr/bin/env bash
# Start-up time and memory of the packaged application on a fresh embedded PostgreSQL.
# Usage: bench/startup.sh [runs]   (needs a JDK 21+ as JAVA_HOME or java on the PATH)
# Prints, for each run, the "Started ... in N seconds" line, and the jar's size.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=target/coplan-0.1.0-SNAPSHOT.jar
[ -f "$jar" ] || ./mvnw -B -q package -DskipTests
echo "jar: $(du -h "$jar" | cut -f1) ($jar)"
port=18080
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  log=$(mktemp)
  COPLAN_DATA_DIRECTORY="$data/pg" PORT=$port "$java" -jar "$jar" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    grep -q "Started CoplanApplication" "$log" && break
    sleep 0.5
  done
  started=$(grep -o "Started CoplanApplication in [0-9.]* seconds" "$log" || echo "did not start")
  rss=$(ps -o rss= -p "$pid" | awk '{printf "%.0f MiB", $1/1024}')
  curl -s -o /dev/null -w "first page %{http_code} in %{time_total}s" "http://localhost:$port/" || true
  echo " | run $i: $started, resident memory of the JVM after start $rss"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$data" "$log"
done
