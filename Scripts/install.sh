#!/usr/bin/env bash
# Builds tipl10n for release and installs it with its manual pages and shell completions.
#
# The Swift runtime, Foundation (with its ICU data) and Dispatch are linked into the binary
# (`--static-swift-stdlib`), so the installed tipl10n needs no Swift toolchain: only libxml2 and
# SQLite (and the C/C++ runtime) from the system. Manual pages and completion scripts are made
# by the binary just built (swift-argument-parser's generate-manual, which reads
# `tipl10n --experimental-dump-help`, and `tipl10n --generate-completion-script`), so they
# always describe the installed commands.
#
#   Scripts/install.sh [--prefix DIR] [--destdir DIR]     build and install (default /usr/local)
#   Scripts/install.sh --uninstall [--prefix DIR]          remove what an install put there
#
# PREFIX and DESTDIR in the environment are honoured as well (the options win). DESTDIR is
# put in front of every path, for staging a package; the files are laid out for PREFIX.
# Installed (under DESTDIR+PREFIX):
#   bin/tipl10n
#   share/man/man1/tipl10n.1              every command on one page (man tipl10n)
#   share/man/man1/tipl10n.<command>.1    one page per command (man tipl10n.export)
#   share/bash-completion/completions/tipl10n
#   share/zsh/site-functions/_tipl10n
#   share/fish/vendor_completions.d/tipl10n.fish
# Docs/Install.md says what a target machine needs and how to turn the completions on.
set -euo pipefail

usage() {
    cat <<'USAGE'
usage: Scripts/install.sh [--prefix DIR] [--destdir DIR]   build and install (default prefix /usr/local)
       Scripts/install.sh --uninstall [--prefix DIR]        remove what an install put there
USAGE
}

fail() {
    echo "install.sh: error: $*" >&2
    exit 1
}

prefix=${PREFIX:-/usr/local}
destdir=${DESTDIR:-}
action=install
while [ $# -gt 0 ]; do
    case $1 in
        --prefix) [ $# -ge 2 ] || { echo "install.sh: error: --prefix needs a folder" >&2; exit 64; }; prefix=$2; shift 2 ;;
        --prefix=*) prefix=${1#--prefix=}; shift ;;
        --destdir) [ $# -ge 2 ] || { echo "install.sh: error: --destdir needs a folder" >&2; exit 64; }; destdir=$2; shift 2 ;;
        --destdir=*) destdir=${1#--destdir=}; shift ;;
        --uninstall) action=uninstall; shift ;;
        -h | --help) usage; exit 0 ;;
        *) echo "install.sh: error: unknown argument '$1'" >&2; usage >&2; exit 64 ;;
    esac
done
case $prefix in
    /*) ;;
    *) echo "install.sh: error: the prefix must be an absolute path, not '$prefix'" >&2; exit 64 ;;
esac
prefix=${prefix%/}
root="$destdir$prefix"

bin_dir="$root/bin"
man_dir="$root/share/man/man1"
bash_dir="$root/share/bash-completion/completions"
zsh_dir="$root/share/zsh/site-functions"
fish_dir="$root/share/fish/vendor_completions.d"

if [ "$action" = uninstall ]; then
    removed=0
    for file in "$bin_dir/tipl10n" "$man_dir/tipl10n.1" "$man_dir"/tipl10n.*.1 \
        "$bash_dir/tipl10n" "$zsh_dir/_tipl10n" "$fish_dir/tipl10n.fish"; do
        if [ -e "$file" ]; then
            rm -f -- "$file"
            echo "removed $file"
            removed=$((removed + 1))
        fi
    done
    [ "$removed" -gt 0 ] || echo "nothing to remove: no tipl10n under $root"
    exit 0
fi

# What the build needs, checked before a build of several minutes starts.
[ "$(uname -s)" = Linux ] || fail "this script builds for Linux (on macOS the Swift runtime is part of the system: swift build -c release)"
missing=()
command -v swift >/dev/null 2>&1 || fail "swift not found on PATH: building needs Swift 6.1 or later (https://swift.org/install)"
if ! command -v pkg-config >/dev/null 2>&1; then
    missing+=(pkg-config)
else
    pkg-config --exists libxml-2.0 || missing+=(libxml2-dev)
    pkg-config --exists sqlite3 || [ -f /usr/include/sqlite3.h ] || missing+=(libsqlite3-dev)
fi
if [ ${#missing[@]} -gt 0 ]; then
    fail "missing build requirements: ${missing[*]} (Debian/Ubuntu: apt-get install ${missing[*]})"
fi
# The static Swift runtime lives next to the toolchain's shared one: <toolchain>/usr/lib/swift_static.
swift_bin=$(command -v swift)
toolchain=$(cd "$(dirname "$(readlink -f "$swift_bin")")/../.." && pwd)
[ -f "$toolchain/usr/lib/swift_static/linux/static-stdlib-args.lnk" ] \
    || fail "this Swift toolchain ($toolchain) has no static Swift runtime (usr/lib/swift_static/linux); install a swift.org toolchain for Linux"

repo=$(cd "$(dirname "$0")/.." && pwd)
build=(swift build --package-path "$repo" -c release --static-swift-stdlib)

started=$(date +%s)
echo "building tipl10n (release, Swift runtime linked statically); this takes several minutes"
"${build[@]}" --product tipl10n
# swift-argument-parser's manual page generator, built from the same checkout (no network needed).
"${build[@]}" --product generate-manual
bin_path=$("${build[@]}" --show-bin-path)
echo "built in $(($(date +%s) - started)) s"
tool="$bin_path/tipl10n"
[ -x "$tool" ] || fail "the build left no executable at $tool"

# Refuse a binary that would need the toolchain on the target machine (Scripts/check-install.sh
# checks the installed binary more closely).
toolchain_libs=$(ldd "$tool" | grep -E "/lib/swift/|libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime" || true)
[ -z "$toolchain_libs" ] || fail "the built tipl10n still loads libraries of the Swift toolchain:
$toolchain_libs"

stage=$(mktemp -d)
trap 'rm -rf -- "$stage"' EXIT
mkdir -p "$stage/one" "$stage/each"

# The manual's date: the date of the commit built, so the same commit gives the same pages.
manual_date=$(git -C "$repo" log -1 --format=%cs 2>/dev/null || date +%Y-%m-%d)
"$bin_path/generate-manual" "$tool" --date "$manual_date" --output-directory "$stage/one"
"$bin_path/generate-manual" "$tool" --date "$manual_date" --multi-page --output-directory "$stage/each"
[ -s "$stage/one/tipl10n.1" ] || fail "generate-manual wrote no tipl10n.1"
for shell in bash zsh fish; do
    "$tool" --generate-completion-script "$shell" >"$stage/completion.$shell"
    [ -s "$stage/completion.$shell" ] || fail "tipl10n --generate-completion-script $shell printed nothing"
done

installed=()
put() { # mode source destination
    mkdir -p -- "$(dirname "$3")"
    install -m "$1" -- "$2" "$3"
    installed+=("$3")
}

put 755 "$tool" "$bin_dir/tipl10n"
# Debug information is dropped (about a fifth of the size); function names stay for gdb and perf.
if command -v strip >/dev/null 2>&1; then
    strip --strip-debug "$bin_dir/tipl10n"
fi
# Pages of commands that no longer exist would contradict the binary: replace them all.
rm -f -- "$man_dir/tipl10n.1" "$man_dir"/tipl10n.*.1
put 644 "$stage/one/tipl10n.1" "$man_dir/tipl10n.1"
for page in "$stage/each"/tipl10n.*.1; do
    [ -e "$page" ] || continue
    put 644 "$page" "$man_dir/$(basename "$page")"
done
put 644 "$stage/completion.bash" "$bash_dir/tipl10n"
put 644 "$stage/completion.zsh" "$zsh_dir/_tipl10n"
put 644 "$stage/completion.fish" "$fish_dir/tipl10n.fish"

echo "installed tipl10n $("$bin_dir/tipl10n" --version) under $root:"
printf '  %s\n' "${installed[@]}"
echo "libraries it loads: $(ldd "$bin_dir/tipl10n" | awk '/=>/ { print $1 }' | paste -sd ' ' -)"
