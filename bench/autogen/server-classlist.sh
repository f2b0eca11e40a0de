#!/usr/bin/env bash
# Regenerates bin/retort-servers.classlist: the classes Retort loads when it talks to PostgreSQL
# and MariaDB (the drivers' connection, protocol and result classes, the dialects' reflectors
# and locks), recorded from real runs. bin/retort adds them to its class-data archive, whose own
# training runs cannot reach a server. Needs PostgreSQL on 127.0.0.1:5432 (postgres, trust) and
# MariaDB on 127.0.0.1:3306 (root, no password); creates and drops a database retort_cds_train
# on each. Rerun after upgrading a driver (stale names are skipped, so nothing breaks meanwhile).
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
jar="$root/retort-cli/target/retort.jar"
out="$root/bin/retort-servers.classlist"
db=retort_cds_train
"$root/bin/retort" --version >/dev/null # builds the jar when stale

work="$(mktemp -d)"
drop() {
    psql -q -h 127.0.0.1 -U postgres -d test -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
    mysql -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
}
trap 'drop; rm -rf "$work"' EXIT
drop
psql -q -h 127.0.0.1 -U postgres -d test -c "CREATE DATABASE $db" >/dev/null
mysql -h 127.0.0.1 -u root -e "CREATE DATABASE $db"

n=0
record() { # record DIR ARGS...: one run of the CLI in DIR, its loaded classes kept as a list
    local dir="$1"
    shift
    n=$((n + 1))
    (cd "$dir" && java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xshare:auto \
        -XX:DumpLoadedClassList="$work/$n.lst" -jar "$jar" "$@") >/dev/null 2>&1 || true
}

for url in "jdbc:postgresql://127.0.0.1:5432/$db?user=postgres" "jdbc:mariadb://127.0.0.1:3306/$db?user=root"; do
    project="$work/project-$n"
    mkdir -p "$project/migrations/versions"
    cat >"$project/retort.toml" <<EOF
[retort]
script_location = "migrations"
url = "$url"

[model]
schema = "schema.sql"
EOF
    cat >"$project/schema.sql" <<'EOF'
CREATE TABLE parent (id BIGINT NOT NULL, name VARCHAR(100) NOT NULL, CONSTRAINT pk_parent PRIMARY KEY (id));
CREATE TABLE child (
    id BIGINT NOT NULL,
    name VARCHAR(100) NOT NULL UNIQUE,
    amount NUMERIC(12, 2) DEFAULT 0 CHECK (amount >= 0),
    created TIMESTAMP,
    parent_id BIGINT,
    CONSTRAINT pk_child PRIMARY KEY (id),
    CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE
);
CREATE INDEX ix_child_name ON child (name);
EOF
    record "$project" check                                  # model not cached: a scratch schema
    record "$project" check                                  # model cached
    record "$project" revision --autogenerate -m train
    record "$project" upgrade heads
    record "$project" check                                  # no change: every table compared
    record "$project" check --json
    example="$root/examples/quickstart/retort.toml"
    record "$project" upgrade heads -c "$example" --url "$url"
    record "$project" current -c "$example" --url "$url"
    record "$project" downgrade base -c "$example" --url "$url"
done

# One line per class, ids dropped (they differ between runs), first occurrence kept.
{
    echo "# Written by bench/autogen/server-classlist.sh from runs against PostgreSQL and MariaDB; see bin/retort."
    cat "$work"/*.lst | grep -v '^#' | sed -E 's/ id: [0-9]+$//' | awk '!seen[$0]++'
} >"$out"
echo "wrote $(grep -vc '^#' "$out") lines to $out"
