#!/usr/bin/env bash
# Two packaged Coplan nodes on one PostgreSQL behind nginx (round robin, no sticky sessions), on
# this machine. Signs the demo coordinator in through nginx and loads pages, showing which node
# answered each, then stops one node and loads pages again.
#
# Usage: bench/two-nodes.sh            (needs a JDK 21+ as JAVA_HOME or java on the PATH, and
#        PostgreSQL's initdb/pg_ctl and nginx on the PATH: apt-get install -y postgresql nginx;
#        the Debian packages put initdb and pg_ctl in /usr/lib/postgresql/<n>/bin)
# Runs without root. As root, PostgreSQL is run as the user "postgres" (or "nobody"), since it
# refuses to run as root. Everything lives in a temporary directory, removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=target/coplan-0.1.0-SNAPSHOT.jar
[ -f "$jar" ] || ./mvnw -B -q package -DskipTests
pgbin=$(dirname "$(command -v initdb || ls -d /usr/lib/postgresql/*/bin/initdb | tail -1)")
command -v nginx >/dev/null || { echo "nginx is not installed (apt-get install -y nginx)"; exit 1; }

work=$(mktemp -d)
pg_port=15432 node1=18081 node2=18082 proxy=18080
as_pg=()
if [ "$(id -u)" = 0 ]; then
  pg_user=$(id -u postgres >/dev/null 2>&1 && echo postgres || echo nobody)
  chown "$pg_user" "$work"
  as_pg=(runuser -u "$pg_user" --)
fi
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "PostgreSQL on port $pg_port"
"${as_pg[@]}" "$pgbin/initdb" -D "$work/pg" -U postgres -A trust >/dev/null
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg" -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1" -l "$work/pg.log" -w start >/dev/null
psql -h 127.0.0.1 -p "$pg_port" -U postgres -q -c "create role coplan_owner login password 'owner'" \
  -c "create role coplan_app login password 'app'" -c "create database coplan owner coplan_owner"

start_node() { # port name
  COPLAN_DATABASE_URL="jdbc:postgresql://127.0.0.1:$pg_port/coplan" \
  COPLAN_DATABASE_USER=coplan_app COPLAN_DATABASE_PASSWORD=app \
  COPLAN_DATABASE_OWNER_USER=coplan_owner COPLAN_DATABASE_OWNER_PASSWORD=owner \
  COPLAN_BASE_URL="http://localhost:$proxy" COPLAN_TRUSTED_PROXIES=127.0.0.1 COPLAN_DEMO_DATA="$3" \
  PORT="$1" "$java" -Xmx512m -jar "$jar" >"$work/$2.log" 2>&1 &
  pids+=($!)
}
wait_started() { # name
  for _ in $(seq 1 240); do grep -q "Started CoplanApplication" "$work/$1.log" && break; sleep 0.5; done
  grep -o "Started CoplanApplication in [0-9.]* seconds" "$work/$1.log" || { tail -30 "$work/$1.log"; exit 1; }
}
# the first node migrates and loads the demo people; the second starts on the database it finds
start_node $node1 node1 true; echo -n "node 1: "; wait_started node1
start_node $node2 node2 false; echo -n "node 2: "; wait_started node2

cat >"$work/nginx.conf" <<CONF
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events {}
http {
  access_log $work/nginx-access.log;
  client_body_temp_path $work/nginx-body; proxy_temp_path $work/nginx-proxy;
  fastcgi_temp_path $work/nginx-f; uwsgi_temp_path $work/nginx-u; scgi_temp_path $work/nginx-s;
  upstream coplan { server 127.0.0.1:$node1 max_fails=1 fail_timeout=10s; server 127.0.0.1:$node2 max_fails=1 fail_timeout=10s; }
  server {
    listen 127.0.0.1:$proxy;
    location / {
      proxy_pass http://coplan;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_next_upstream error timeout;
      add_header X-Coplan-Node \$upstream_addr always;
    }
  }
}
CONF
nginx -p "$work" -c "$work/nginx.conf"
echo "nginx on http://localhost:$proxy"

jar_cookies="$work/cookies"
page() { # path [curl args...]
  local path=$1; shift
  curl -s -b "$jar_cookies" -c "$jar_cookies" -o "$work/page.html" -D "$work/headers" "$@" "http://localhost:$proxy$path"
  printf '%-28s %s from %s\n' "$path" "$(head -1 "$work/headers" | tr -d '\r' | cut -d' ' -f2)" \
    "$(grep -i '^X-Coplan-Node' "$work/headers" | tr -d '\r' | cut -d' ' -f2-)"
}
csrf() { grep -o 'name="_csrf" value="[^"]*"' "$work/page.html" | head -1 | sed 's/.*value="//; s/"$//'; }

page /sign-in
email=${COPLAN_BENCH_EMAIL:-coordinator@demo.coplan.test}
password=${COPLAN_BENCH_PASSWORD:-coplan-demo-2026}
page /sign-in --data-urlencode "email=$email" --data-urlencode "password=$password" --data-urlencode "_csrf=$(csrf)"
for path in / /caseload / /caseload; do page "$path"; done
grep -q "Sign out" "$work/page.html" && echo "signed in on both nodes" || echo "NOT signed in: check the demo sign-in in README"

echo "stopping node 2"
kill "${pids[1]}"; wait "${pids[1]}" 2>/dev/null || true
for path in / /caseload / /caseload; do page "$path"; done
grep -q "Sign out" "$work/page.html" && echo "still signed in on the node left" || echo "NOT signed in after node 2 stopped"
