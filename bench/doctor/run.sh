#!/bin/sh
# Times `retort doctor` on 10,000 Alembic revision files (JVM start included).
# Usage: bench/doctor/run.sh [N]   -- needs retort-cli/target/retort.jar (./mvnw -q -B -o -pl retort-cli -am package -DskipTests)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-10000}
work="$here/work/alembic-$n"
if [ ! -d "$work/versions" ]; then
    mkdir -p "$work"
    python3 "$here/generate.py" "$work/versions" "$n"
fi
jar="$root/retort-cli/target/retort.jar"
# The flags the launcher uses: a short-lived CLI gains nothing from the C2 compiler or a parallel GC.
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"
java $flags -jar "$jar" doctor "$work/versions" >/dev/null 2>&1 || true   # warm the file cache
for i in 1 2 3 4 5; do
    /usr/bin/time -f "doctor $n files: %e s wall, %U s user, %S s sys" java $flags -jar "$jar" doctor "$work/versions" >/dev/null || true
done
