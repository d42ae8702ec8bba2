#!/usr/bin/env bash
# Seeds fuzz/corpus/<target>/ from the demo plans and the test fixtures
# (not committed: libFuzzer grows the corpus from these).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/.."
files=("$root"/public/plans/*.json "$root"/tests/fixtures/*/*.json)
for t in parse_analyse calculator richtext decimal_it; do
    mkdir -p "$here/corpus/$t"
    for f in "${files[@]}"; do
        cp "$f" "$here/corpus/$t/seed-$(basename "$(dirname "$f")")-$(basename "$f")"
    done
done
# Texts of the descriptions for richtext, and numbers for decimal_it.
i=0
grep -ho '"description": *"[^"]*"' "${files[@]}" | sed 's/^"description": *"//; s/"$//' |
    while IFS= read -r s; do i=$((i + 1)); printf '%s' "$s" >"$here/corpus/richtext/text-$i"; done
grep -hoE '"-?[0-9]+(\.[0-9]+)?"' "${files[@]}" | tr -d '"' | sort -u | head -200 |
    while IFS= read -r s; do printf '%s' "$s" >"$here/corpus/decimal_it/num-$s"; done
echo "corpus seeded: $(find "$here/corpus" -type f | wc -l) files"
