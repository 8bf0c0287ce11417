#!/usr/bin/env bash
# Checks an installed tipl10n the way a machine without the Swift toolchain would see it.
#
#   Scripts/check-install.sh            install into a temporary prefix (Scripts/install.sh), check it,
#                                       remove it again
#   Scripts/check-install.sh PREFIX     check what is installed under PREFIX
#
# Fails (exit 1, naming what is wrong) unless:
#   - ldd shows no library of the Swift toolchain and none missing, and the binary names only
#     libxml2, SQLite and the C/C++ runtime as its own dependencies (ELF NEEDED);
#   - `tipl10n --version` prints the version written in Sources/TipL10nKit/TipL10nVersion.swift,
#     with an empty environment, and (when run as root with unshare) with the toolchain hidden
#     under an empty tmpfs, where `tipl10n verify` also checks a translated file (libxml2, ICU data);
#   - the manual pages exist, are not empty, and render without warnings where groff is installed;
#   - the bash completion script sources cleanly and completes `tipl10n exp` to `export`; the
#     zsh and fish scripts parse, where those shells are installed (.ci/run installs them).
# Used by .ci/run.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
failures=0
fail() {
    echo "check-install.sh: error: $*" >&2
    failures=$((failures + 1))
}
ok() { echo "ok: $*"; }

if [ $# -gt 1 ]; then
    echo "usage: Scripts/check-install.sh [PREFIX]" >&2
    exit 64
fi
if [ $# -eq 1 ]; then
    prefix=$1
else
    prefix=$(mktemp -d /tmp/tipl10n-install.XXXXXX)
    trap 'rm -rf -- "$prefix"' EXIT
    "$repo/Scripts/install.sh" --prefix "$prefix"
fi

tool="$prefix/bin/tipl10n"
[ -x "$tool" ] || { echo "check-install.sh: error: no executable at $tool" >&2; exit 1; }
echo "checking $tool ($(du -h "$tool" | cut -f1), $(stat -c %s "$tool") bytes)"

# 1. Libraries. The toolchain is wherever `swift` comes from (/opt/swift here); a toolchain
#    installed under /usr is recognised by its usr/lib/swift folder and library names alone.
toolchain=
if command -v swift >/dev/null 2>&1; then
    toolchain=$(cd "$(dirname "$(readlink -f "$(command -v swift)")")/../.." && pwd)
    case $toolchain in / | /usr) toolchain= ;; esac
fi
ldd_output=$(ldd "$tool" 2>&1) || { fail "ldd $tool failed: $ldd_output"; ldd_output=; }
echo "$ldd_output" | sed 's/^/  ldd: /'
pattern='/lib/swift(_static)?/|libswift|libFoundation|lib_Foundation|libdispatch|libBlocksRuntime|not found'
[ -z "$toolchain" ] || pattern="$pattern|$toolchain/"
offending=$(echo "$ldd_output" | grep -E "$pattern" || true)
if [ -n "$offending" ]; then
    fail "the installed tipl10n loads libraries of the Swift toolchain or misses some:
$offending"
else
    ok "ldd shows no library of the Swift toolchain${toolchain:+ ($toolchain)}"
fi
# The binary's own dependencies: libxml2 and SQLite, the rest is the C and C++ runtime.
if command -v readelf >/dev/null 2>&1; then
    needed=$(readelf -d "$tool" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
    unexpected=$(echo "$needed" | grep -vE '^(libxml2|libsqlite3|libc|libm|libstdc\+\+|libgcc_s|libpthread|libdl|librt|ld-linux[-a-z0-9_]*)\.so(\.[0-9]+)*$' || true)
    if [ -n "$unexpected" ]; then
        fail "the installed tipl10n needs libraries besides libxml2, SQLite and the C/C++ runtime (Docs/Install.md lists what a target machine needs):
$unexpected"
    else
        ok "needs only $(echo "$needed" | paste -sd ' ' -)"
    fi
    runpath=$(readelf -d "$tool" | sed -n 's/.*(R\(UN\)\{0,1\}PATH).*\[\(.*\)\]/\2/p')
    if [ -n "$toolchain" ] && [[ $runpath == *"$toolchain"* ]]; then
        fail "the installed tipl10n's run path points into the toolchain: $runpath"
    fi
else
    echo "note: readelf not found (binutils): the NEEDED list is not checked"
fi

# 2. The version, from the one place it is written.
expected=$(sed -n 's/.*static let current = "\(.*\)".*/\1/p' "$repo/Sources/TipL10nKit/TipL10nVersion.swift")
[ -n "$expected" ] || fail "no version found in Sources/TipL10nKit/TipL10nVersion.swift"
version=$(env -i PATH=/usr/bin:/bin "$tool" --version 2>&1) || fail "tipl10n --version failed: $version"
if [ "$version" = "$expected" ]; then
    ok "tipl10n --version prints $version (empty environment)"
else
    fail "tipl10n --version printed '$version', expected '$expected'"
fi

# The toolchain hidden: a private mount namespace with an empty tmpfs over it.
work=$(mktemp -d /tmp/tipl10n-check.XXXXXX)
cp "$repo/xliff/09STATE61188.sq.done.xlf" "$work/"
if [ -n "$toolchain" ] && [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1 \
    && unshare -m true 2>/dev/null; then
    hidden=$(
        cd "$work" && unshare -m sh -c '
            mount -t tmpfs -o size=1m tmpfs "$1" || exit 90
            [ -z "$(ls -A "$1")" ] || exit 91
            env -i PATH=/usr/bin:/bin "$2" --version || exit 92
            env -i PATH=/usr/bin:/bin HOME="$PWD" "$2" verify 09STATE61188.sq.done.xlf || exit 93
        ' sh "$toolchain" "$tool" 2>&1
    ) && status=0 || status=$?
    if [ "$status" -ne 0 ]; then
        fail "with $toolchain hidden, tipl10n failed (exit $status):
$hidden"
    elif [ "$(echo "$hidden" | head -1)" != "$expected" ]; then
        fail "with $toolchain hidden, tipl10n --version printed: $hidden"
    else
        ok "with $toolchain hidden: --version prints $expected; verify: $(echo "$hidden" | tail -1)"
    fi
else
    echo "note: the toolchain was not hidden (needs root, unshare and a toolchain outside /usr)"
fi
rm -rf -- "$work"

# 3. Manual pages.
man_dir="$prefix/share/man/man1"
pages=("$man_dir"/tipl10n.1 "$man_dir"/tipl10n.*.1)
before=$failures
for page in "${pages[@]}"; do
    if [ ! -s "$page" ]; then
        fail "manual page $page is missing or empty"
    elif ! grep -q '^\.Sh NAME' "$page"; then
        fail "manual page $page has no NAME section"
    elif command -v groff >/dev/null 2>&1; then
        warnings=$(groff -mandoc -Tutf8 -ww -z "$page" 2>&1)
        [ -z "$warnings" ] || fail "groff warns about $page: $warnings"
    fi
done
if ! grep -q '^\.Nm tipl10n$' "$man_dir/tipl10n.1" 2>/dev/null; then
    fail "$man_dir/tipl10n.1 does not name tipl10n"
elif [ "$failures" -eq "$before" ]; then
    ok "${#pages[@]} manual pages (tipl10n.1 and one per command)"
fi
if command -v man >/dev/null 2>&1; then
    found=$(man -M "$prefix/share/man" -w tipl10n 2>&1) || true
    [ "$found" = "$man_dir/tipl10n.1" ] || fail "man -M $prefix/share/man -w tipl10n found '$found'"
fi

# 4. Completion scripts.
bash_script="$prefix/share/bash-completion/completions/tipl10n"
if [ ! -s "$bash_script" ]; then
    fail "bash completion $bash_script is missing or empty"
else
    completion=$(bash --norc --noprofile -c '
        source "$1" 2>&1 || exit 1
        complete -p tipl10n >/dev/null || exit 2
        COMP_LINE="tipl10n exp"; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(tipl10n exp); COMP_CWORD=1
        _tipl10n tipl10n exp tipl10n
        echo "${COMPREPLY[*]}"
    ' bash "$bash_script" 2>&1) && status=0 || status=$?
    if [ "$status" -ne 0 ]; then
        fail "bash could not load $bash_script: $completion"
    elif [ "$completion" = export ]; then
        ok "bash completion sources cleanly and completes 'tipl10n exp' to 'export'"
    else
        fail "bash completion printed or completed '$completion' for 'tipl10n exp' (expected 'export')"
    fi
fi
zsh_script="$prefix/share/zsh/site-functions/_tipl10n"
if [ ! -s "$zsh_script" ] || [ "$(head -1 "$zsh_script")" != "#compdef tipl10n" ]; then
    fail "zsh completion $zsh_script is missing or has no '#compdef tipl10n' line"
elif command -v zsh >/dev/null 2>&1; then
    registered=$(zsh -f -c 'fpath=("$1" $fpath); autoload -Uz compinit; compinit -u -D; print -r -- ${_comps[tipl10n]}' \
        zsh "$(dirname "$zsh_script")" 2>&1) || true
    if zsh -n "$zsh_script" && [ "$registered" = _tipl10n ]; then
        ok "zsh completion parses and compinit registers it"
    else
        fail "zsh completion: zsh -n or compinit failed ($registered)"
    fi
fi
fish_script="$prefix/share/fish/vendor_completions.d/tipl10n.fish"
if [ ! -s "$fish_script" ]; then
    fail "fish completion $fish_script is missing or empty"
elif command -v fish >/dev/null 2>&1; then
    offered=$(PATH="$prefix/bin:/usr/bin:/bin" fish --no-config -c \
        'set -p fish_complete_path $argv[1]; complete -C "tipl10n exp"' "$(dirname "$fish_script")" 2>&1) || true
    if fish -n "$fish_script" && [ "${offered%%$'\t'*}" = export ]; then
        ok "fish completion parses and completes 'tipl10n exp' to 'export'"
    else
        fail "fish completion: fish -n failed or 'tipl10n exp' completed to '$offered'"
    fi
fi

if [ "$failures" -gt 0 ]; then
    echo "check-install.sh: $failures check(s) failed" >&2
    exit 1
fi
echo "install checks passed"
