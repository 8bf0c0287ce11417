#!/usr/bin/env bash
# Coverage-guided fuzzing of tipl10n's readers with libFuzzer (Docs/Fuzzing.md).
#
#   Scripts/fuzz.sh build                   build the targets into .build-fuzz (Fuzz/Package.swift)
#   Scripts/fuzz.sh run SECONDS [TARGET…]   run each target (default: all) for SECONDS; exit 1 on a crash
#   Scripts/fuzz.sh all SECONDS             build, then run every target
#
# Targets: fuzz-xliff (XLIFFReader), fuzz-tmx (TMXReader), fuzz-cable (CableParser),
# fuzz-srx (SRXDocument.parse), fuzz-figures (NumberExtractor, FigureComparison). Each starts
# from the repository's own files (seeds) and keeps what it learns in .build-fuzz/corpus/TARGET;
# a crashing input is written to .build-fuzz/artifacts/TARGET/ and printed.
# TIPL10N_FUZZ_CONFIG=debug builds without optimisation (faster to build, slower to run).
set -euo pipefail
cd "$(dirname "$0")/.."

scratch=.build-fuzz
config=${TIPL10N_FUZZ_CONFIG:-release}
all_targets=(fuzz-xliff fuzz-tmx fuzz-cable fuzz-srx fuzz-figures)

build() {
    swift build --package-path Fuzz --scratch-path "$scratch" -c "$config" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
}

# Copies the seed files of a target into $scratch/seeds/TARGET and prints that folder.
seeds() {
    local target=$1 folder="$scratch/seeds/$1"
    rm -rf "$folder"
    mkdir -p "$folder"
    case $target in
    fuzz-xliff)
        find Tests/Fixtures xliff -type f \( -name '*.xlf' -o -name '*.xliff' -o -name '*.sdlxliff' \) \
            -exec cp {} "$folder/" \; ;;
    fuzz-tmx) cp Fuzz/Seeds/tmx/* "$folder/" ;;
    fuzz-cable)
        cp cables/*.txt Tests/Fixtures/cables/* "$folder/"
        if [ -d ../shared/cables ]; then cp ../shared/cables/*.txt ../shared/cables/*.html "$folder/" 2>/dev/null || true; fi ;;
    fuzz-srx) cp segmentation/*.srx "$folder/" ;;
    fuzz-figures)
        # Source and target of each reference unit, one pair per file (the target after a line break).
        for locale in sq sr-Latn; do
            paste Tests/Fixtures/translations/units.en.tsv "Tests/Fixtures/translations/units.$locale.tsv" |
                awk -F'\t' -v dir="$folder" -v tag="$locale" \
                    '{ file = sprintf("%s/%s-%03d", dir, tag, NR); printf "%s\n%s", $2, $4 > file; close(file) }'
        done ;;
    esac
    echo "$folder"
}

run() {
    local seconds=$1
    shift
    local targets=("$@")
    [ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
    local failed=()
    for target in "${targets[@]}"; do
        local binary="$scratch/$config/$target"
        [ -x "$binary" ] || { echo "error: $binary is missing: run Scripts/fuzz.sh build" >&2; exit 1; }
        local corpus="$scratch/corpus/$target" artifacts="$scratch/artifacts/$target/"
        mkdir -p "$corpus" "$artifacts"
        local dict=Fuzz/xml.dict max_len=131072
        case $target in
        fuzz-cable) dict="" ;;
        fuzz-figures) dict=Fuzz/figures.dict max_len=4096 ;;
        esac
        echo "== $target: $seconds s"
        local seed_folder
        seed_folder=$(seeds "$target")
        set +e
        # Leaks count as failures (LeakSanitizer checks after every input that grows memory);
        # Fuzz/lsan.supp lists the known ones outside tipl10n.
        ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} LSAN_OPTIONS=suppressions=Fuzz/lsan.supp \
            "$binary" -max_total_time="$seconds" -timeout=20 \
            -rss_limit_mb=2048 -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$artifacts" \
            ${dict:+-dict="$dict"} "$corpus" "$seed_folder" > "$scratch/$target.log" 2>&1
        local status=$?
        set -e
        tail -n 12 "$scratch/$target.log"
        # libFuzzer exits non-zero on a crash, a leak, a timeout (20 s for one input) or running out of memory.
        if [ "$status" -ne 0 ]; then
            grep -E "ERROR|SUMMARY|Test unit written|panic|Fatal error" "$scratch/$target.log" | head -n 20 >&2 || true
            echo "error: $target failed (exit $status); the input is in $artifacts, the log in $scratch/$target.log" >&2
            failed+=("$target")
        fi
    done
    if [ ${#failed[@]} -gt 0 ]; then
        echo "error: fuzzing failed: ${failed[*]}" >&2
        exit 1
    fi
    echo "fuzzing: ${#targets[@]} targets ran $seconds s each without a crash"
}

case ${1:-} in
build) build ;;
run) shift; run "$@" ;;
all) shift; build; run "$@" ;;
*) sed -n '2,14p' "$0" >&2; exit 64 ;;
esac
