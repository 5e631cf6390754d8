#!/usr/bin/env bash
# Render time and heap of a long (about 40-page) EHC plan as a tagged PDF (PDF/UA-1, PDF/A-2a).
# Usage: bench/plan-pdf.sh [runs=10] [warm-ups=3] [scale=4] [file to write the PDF to]
# Needs a JDK 21+ as JAVA_HOME or java on the PATH. Runs in its own JVM with a 512 MiB heap.
set -euo pipefail
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
"$java" -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" org.coplan.bench.PlanPdfBench "$@"
