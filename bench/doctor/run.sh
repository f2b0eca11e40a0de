#!/bin/sh
# Times `retort doctor` on N (default 10,000) Alembic revision files, JVM start included, through
# the launcher (bin/retort: C1 only, serial GC, AppCDS). Generates the files on first use.
# Usage: bench/doctor/run.sh [N]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${1:-10000}
work="$here/work/alembic-$n"
if [ ! -d "$work/versions" ]; then
    mkdir -p "$work"
    python3 "$here/generate.py" "$work/versions" "$n"
fi
"$root/bin/retort" doctor "$work/versions" >/dev/null 2>&1 || true   # build if stale, warm caches
for i in 1 2 3 4 5; do
    # doctor exits 1: every 500th generated revision names its parent by file name.
    /usr/bin/time -f "doctor $n files: %e s wall, %U s user, %S s sys" "$root/bin/retort" doctor "$work/versions" >/dev/null || true
done
