#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the test suite (ctest's "postgres" fixture):
#   cluster.sh start DIR PORT [durable]
#                               initdb in DIR/data, listen only on the unix socket DIR/.s.PGSQL.PORT;
#                               without "durable" commits are not flushed to disk (tests), with it the
#                               server keeps PostgreSQL's defaults (fsync, synchronous_commit: ordo-bench)
#   cluster.sh stop DIR         stop it and remove DIR
# PostgreSQL refuses to run as root: as root the cluster belongs to the postgres user.
set -euo pipefail
action=$1
dir=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
    echo "PostgreSQL is not installed (Debian package postgresql-15)." >&2
    exit 1
fi
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
    start)
        port=$3
        flush="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        [ "${4:-}" != durable ] || flush=""
        if [ -f "$dir/data/postmaster.pid" ]; then
            as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop > /dev/null 2>&1 || true
        fi
        rm -rf "$dir"
        mkdir -p "$dir"
        [ "$(id -u)" -ne 0 ] || chown postgres: "$dir"
        as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync > "$dir/initdb.log"
        as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
            -o "-k $dir -p $port -c listen_addresses='' $flush -c max_connections=200" start > /dev/null
        echo "PostgreSQL test cluster: postgresql://postgres@/postgres?host=$dir&port=$port"
        ;;
    stop)
        if [ -f "$dir/data/postmaster.pid" ]; then
            as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop > /dev/null
        fi
        rm -rf "$dir"
        ;;
    *)
        echo "usage: $0 start DIR PORT | stop DIR" >&2
        exit 2
        ;;
esac
