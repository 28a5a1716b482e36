#!/usr/bin/env bash
# Ordo installed as an office installs it (issue 22): builds the .deb packages from a finished build,
# installs them with apt, uses the installed programs — ordo-cli's version, a demo database made and
# checked, ordo-server answering /healthz on a free port, a picture of the desktop window drawn
# offscreen — then removes them, and fails loudly at the first step that goes wrong.
#
#   installer/package-test.sh [BUILD_DIR]        (default build; run as root or with sudo)
#
# installer/quickstart.sh test runs it after the test suite (that is what CI runs). It installs into
# /usr and removes what it installed; the system user "ordo" of ordo-server stays, as it would.
set -euo pipefail

cd "$(dirname "$0")/.."
builddir=$(cd "${1:-build}" && pwd)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
apt_get() { DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 "$@"; }

step() { printf '== package test: %s\n' "$*"; }
fail() { printf 'package test FAILED: %s\n' "$*" >&2; exit 1; }
trap 'printf "package test FAILED at line %s: %s\n" "$LINENO" "$BASH_COMMAND" >&2' ERR

work=$(mktemp -d)
server_pid=""
cleanup() {
    [ -z "$server_pid" ] || kill "$server_pid" 2> /dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
# The installed programs keep their settings in a home of this test's own, never the user's.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" LANG=C.UTF-8 LC_ALL=C.UTF-8
unset LANGUAGE ORDO_TOKEN ORDO_PASSWORD ORDO_SECRETS_FILE
mkdir -p "$HOME"

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$builddir/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in $builddir/CMakeCache.txt: build first"

step "cpack (version $version)"
rm -f "$builddir"/ordo_*.deb "$builddir"/ordo-server_*.deb
if ! (cd "$builddir" && cpack -G DEB) > "$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack could not build the packages"
fi
desktop_deb=$(ls "$builddir"/ordo_"$version"-*.deb)
server_deb=$(ls "$builddir"/ordo-server_"$version"-*.deb)
for deb in "$desktop_deb" "$server_deb"; do
    [ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] || fail "$deb is not version $version-1"
done
# dpkg-shlibdeps found the libraries: without it a package installs and then cannot start.
desktop_depends=$(dpkg-deb -f "$desktop_deb" Depends)
server_depends=$(dpkg-deb -f "$server_deb" Depends)
case "$desktop_depends" in *libqt6widgets6*libsqlite3-0* | *libsqlite3-0*libqt6widgets6*) ;;
    *) fail "ordo's Depends lacks Qt Widgets or SQLite: $desktop_depends" ;; esac
case "$server_depends" in *libqt6httpserver6*) ;; *) fail "ordo-server's Depends lacks Qt HttpServer: $server_depends" ;; esac

step "apt-get install ./ordo_*.deb ./ordo-server_*.deb"
(cd "$builddir" && apt_get install -y --reinstall -qq ./ordo_"$version"-*.deb ./ordo-server_"$version"-*.deb) \
    > "$work/install.log" 2>&1 || { cat "$work/install.log" >&2; fail "apt-get install"; }
dpkg-query -L ordo ordo-server | sort -u > "$work/files"
for f in /usr/bin/ordo /usr/bin/ordo-cli /usr/bin/ordo-server /usr/share/applications/app.ordo.Ordo.desktop \
         /usr/share/metainfo/app.ordo.Ordo.metainfo.xml /usr/share/icons/hicolor/scalable/apps/app.ordo.Ordo.svg \
         /usr/share/icons/hicolor/48x48/apps/app.ordo.Ordo.png /usr/share/man/man1/ordo-cli.1.gz \
         /usr/share/man/man1/ordo-server.1.gz /usr/lib/systemd/system/ordo-server.service \
         /usr/lib/ordo/ordo_charts.so /usr/lib/ordo/ordo_printing.so; do
    grep -qxF "$f" "$work/files" || fail "the packages do not install $f"
    [ -e "$f" ] || fail "$f is missing after the installation"
done
desktop-file-validate /usr/share/applications/app.ordo.Ordo.desktop
appstreamcli validate --no-net /usr/share/metainfo/app.ordo.Ordo.metainfo.xml > "$work/appstream.log" ||
    { cat "$work/appstream.log" >&2; fail "the installed metainfo is not valid"; }
grep -qx 'ExecStart=/usr/bin/ordo-server .*' /usr/lib/systemd/system/ordo-server.service ||
    fail "the unit does not start /usr/bin/ordo-server"
# Installed, never enabled: the database has to be put in place first.
[ ! -e /etc/systemd/system/multi-user.target.wants/ordo-server.service ] || fail "ordo-server.service was enabled"
getent passwd ordo > /dev/null || fail "the system user ordo was not created"

step "ordo-cli --version"
said=$(/usr/bin/ordo-cli --version)
[ "$said" = "ordo-cli $version" ] || fail "ordo-cli --version said '$said'"
said=$(/usr/bin/ordo-server --version)
[ "$said" = "ordo-server $version" ] || fail "ordo-server --version said '$said'"
said=$(env -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/ordo --version)
[ "$said" = "Ordo $version" ] || fail "ordo --version said '$said'"

step "a demo database, checked"
db="$work/demo.sqlite"
/usr/bin/ordo-cli --database "$db" demo --size small > "$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; fail "ordo-cli demo"; }
/usr/bin/ordo-cli --database "$db" check || fail "ordo-cli check found problems in the demo database"

step "ordo-server on a free port, /healthz"
mkfifo "$work/server.out"
/usr/bin/ordo-server --database "$db" --listen 127.0.0.1:0 > "$work/server.out" 2> "$work/server.err" &
server_pid=$!
exec 3< "$work/server.out"
line=""
read -r -t 60 line <&3 || { cat "$work/server.err" >&2; fail "ordo-server did not say where it listens"; }
case "$line" in
    "Ordo server listening at http://127.0.0.1:"*/) url=${line##* } ;;
    *) cat "$work/server.err" >&2; fail "ordo-server said '$line'" ;;
esac
health=$(curl -fsS --max-time 20 "${url}healthz") || fail "GET ${url}healthz failed"
case "$health" in
    *'"status":"ok"'*) ;;
    *) fail "/healthz answered '$health'" ;;
esac
kill -TERM "$server_pid"
status=0
wait "$server_pid" || status=$?
server_pid=""
exec 3<&-
[ "$status" -eq 0 ] || { cat "$work/server.err" >&2; fail "ordo-server exited with $status on SIGTERM"; }

step "the installed desktop program, drawn offscreen"
shots="$builddir/shots/package"
mkdir -p "$shots"
rm -f "$shots/ordo.png"
QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/ordo --database "$db" --window-size 1366x768 --screenshot "$shots/ordo.png" \
    > "$work/ordo.log" 2>&1 || { cat "$work/ordo.log" >&2; fail "the installed ordo could not draw its window"; }
kind=$(file -b "$shots/ordo.png")
case "$kind" in "PNG image data, 1366 x 768"*) ;; *) fail "no 1366x768 picture: $kind" ;; esac
# A drawn window, not an empty one: a blank PNG of that size is a few kilobytes.
[ "$(stat -c %s "$shots/ordo.png")" -gt 40000 ] || fail "the picture of the window is nearly empty"
# The reports page draws its charts with the plugin installed in /usr/lib/ordo.
QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/ordo --database "$db" --page 8 --window-size 1366x900 \
    --screenshot "$shots/reports.png" > "$work/reports.log" 2>&1 || { cat "$work/reports.log" >&2; fail "the installed ordo could not draw its reports"; }
if grep -q "chart cannot be drawn" "$work/reports.log"; then cat "$work/reports.log" >&2; fail "the installed ordo found no charts plugin"; fi

step "apt-get remove ordo ordo-server"
apt_get remove -y -qq ordo ordo-server > "$work/remove.log" 2>&1 || { cat "$work/remove.log" >&2; fail "apt-get remove"; }
while read -r f; do
    if [ -f "$f" ] || [ -L "$f" ]; then fail "$f is still there after the removal"; fi
done < "$work/files"
for p in ordo ordo-server; do
    case "$(dpkg-query -W -f='${Status}' "$p" 2> /dev/null || true)" in
        *" installed") fail "$p is still installed" ;;
    esac
done
# Nothing of it in the configuration either: purged, as if never installed (the ordo user stays).
apt_get purge -y -qq ordo ordo-server > "$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; fail "apt-get purge"; }

step "passed: built, installed, used and removed ordo $version (picture: $shots/ordo.png)"
