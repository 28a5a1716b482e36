#!/usr/bin/env bash
# Ordo's quick start on Debian 12 / Ubuntu: installs the Debian packages that are missing, builds,
# then either starts Ordo or runs every test.
#
#   installer/quickstart.sh run [ordo options]   build and start Ordo on its default database
#   installer/quickstart.sh test                 build and run the whole test suite (what CI runs)
#   installer/quickstart.sh test --sanitize      the same, built with AddressSanitizer and UBSan
set -euo pipefail

mode=${1:-run}
shift || true
cd "$(dirname "$0")/.."

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev qt6-translations-l10n libgl-dev libvulkan-dev libxkbcommon-dev
    libsqlite3-dev sqlite3 libcurl4-openssl-dev catch2 tzdata locales
    xvfb xauth poppler-utils fonts-dejavu-core
    libxml2-utils libqrencode-dev zbar-tools openssl
    libsodium-dev qtkeychain-qt6-dev
    qt6-httpserver-dev qt6-websockets-dev
    libqt6sql6-psql libpq-dev postgresql-15
    chromium
    dpkg-dev file desktop-file-utils appstream groff-base curl
)
# The browser tests run on Node.js with npm; a machine that has them from elsewhere (NodeSource)
# keeps its own, otherwise Debian's are installed.
if ! command -v node > /dev/null 2>&1 || ! command -v npm > /dev/null 2>&1; then
    packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

preset=default
builddir=build
if [ "${1:-}" = "--sanitize" ]; then
    preset=asan
    builddir=build-asan
    shift
fi
jobs=$(nproc 2>/dev/null || echo 2)

cmake --preset "$preset"
cmake --build --preset "$preset" -j "$jobs"

case "$mode" in
    run)
        exec "$builddir/app/ordo" "$@"
        ;;
    test)
        # playwright-core as pinned in tests/browser/package-lock.json (it downloads no browser).
        npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error
        export ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp"
        ctest --preset "$preset" -j "$jobs"
        [ "$preset" = asan ] || installer/package-test.sh "$builddir"
        ;;
    *)
        echo "usage: $0 run|test [--sanitize]" >&2
        exit 2
        ;;
esac
