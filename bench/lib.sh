# Shared by the benchmarks that run the packaged jar (source it after setting build, data and port):
# the jar, the work directory and its clean-up, starting the application, and signing in as a browser
# does (the sign-in form, then the authenticator code for those who need one).

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jcmd="${JAVA_HOME:+$JAVA_HOME/bin/}jcmd"
jar=target/coplan-0.1.0-SNAPSHOT.jar
base="http://localhost:$port"

# Stops with a message when a tool is missing.
need() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
  done
}

# Builds the jar unless --no-build was given and a jar is there.
build_jar() {
  if [ "$build" = 1 ] || [ ! -f "$jar" ]; then
    echo "== building the jar"
    ./mvnw -B -q package -DskipTests
  fi
}

# A new work directory, removed at the end with the application; the data directory too unless the
# caller keeps it (keep=1, or a --data DIR given).
work=$(mktemp -d)
pid=""
keep=${keep:-1}
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
  [ "$keep" = 1 ] || rm -rf "$data"
}
trap cleanup EXIT

# Starts the jar as deployed but for the heap cap, on $port with the database in $data/pg, and waits
# until it has started. Arguments are extra settings as NAME=value.
start_app() {
  env COPLAN_DATA_DIRECTORY="$data/pg" PORT="$port" COPLAN_BASE_URL="$base" "$@" "$java" -Xmx512m -jar "$jar" >>"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 480); do
    grep -q "Started CoplanApplication" "$work/app.log" && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "The application did not start:" >&2; tail -40 "$work/app.log" >&2; exit 1
}

csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }

totp() { # RFC 6238, 30-second steps, 6 digits, SHA-1: what an authenticator app shows
  python3 -c 'import base64,hashlib,hmac,struct,sys,time
k=base64.b32decode(sys.argv[1]); h=hmac.new(k,struct.pack(">Q",int(time.time())//30),hashlib.sha1).digest(); o=h[-1]&15
print("%06d"%((struct.unpack(">I",h[o:o+4])[0]&0x7fffffff)%1000000))' "$1"
}

# Signs in and prints the session cookie. Arguments: email, then an authenticator key for the code
# page (or ""), then the password (the demo's by default).
sign_in() {
  local jar_file="$work/cookies.$1" token
  token=$(curl -s -c "$jar_file" -b "$jar_file" "$base/sign-in" | csrf)
  curl -s -o /dev/null -c "$jar_file" -b "$jar_file" --data-urlencode "email=$1" \
    --data-urlencode "password=${3:-coplan-demo-2026}" --data-urlencode "_csrf=$token" "$base/sign-in"
  if [ -n "${2:-}" ]; then
    token=$(curl -s -c "$jar_file" -b "$jar_file" "$base/sign-in/code" | csrf)
    curl -s -o /dev/null -c "$jar_file" -b "$jar_file" --data-urlencode "code=$(totp "$2")" \
      --data-urlencode "_csrf=$token" "$base/sign-in/code"
  fi
  awk '$6 == "COPLAN_SESSION" {print "COPLAN_SESSION=" $7}' "$jar_file"
}
