#!/usr/bin/env bash
# Regenerates the corpus of workbooks saved by real programs,
# tests/fixtures/fogli/ (committed; CI does not run this):
# - demo/: every demo plan exported by cruscotto, then saved by LibreOffice
#   as .ods (the JSON → ods → JSON round trip of crates/cli/tests/fogli.rs);
# - libreoffice/: the template with values typed into Calc the way a person
#   types them (typed.py), saved as .ods, then converted by LibreOffice to
#   .xlsx and .xls and to CSV (all sheets, in UTF-8, Windows-1252 and
#   ISO-8859-15: files named modello-ufficio-<Foglio>.csv);
# - gnumeric/: the same .ods saved by Gnumeric as .xlsx (when ssconvert is
#   installed: apt-get install gnumeric);
# - python/: small workbooks written by openpyxl and XlsxWriter (python.py).
#
# Needs: apt-get install libreoffice-calc-nogui python3-uno (and locales); pip install
# openpyxl xlsxwriter; a debug build of cruscotto (cargo build -p cruscotto-cli).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=tests/fixtures/fogli
bin="${CARGO_TARGET_DIR:-target}/debug/cruscotto"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out/demo" "$out/libreoffice" "$out/python"

# LibreOffice in Italian, so that typed cells are read as an Italian office
# types them (decimal comma, day/month/year).
# The locale must exist (file names in UTF-8: «Unità organizzative»).
locale -a | grep -qi '^it_IT.utf8$' || localedef -i it_IT -f UTF-8 it_IT.UTF-8
export LC_ALL=it_IT.UTF-8 LANG=it_IT.UTF-8
profile="-env:UserInstallation=file://$work/profile"

for name in lucca-2021-relazione monsummano-terme-2024-piao offanengo-2024-piano porcari-2017-relazione; do
    "$bin" export "public/plans/$name.json" -o "$work/$name.xlsx" 2>/dev/null
done
soffice "$profile" --headless --convert-to ods --outdir "$out/demo" "$work"/*.xlsx >/dev/null

"$bin" template -o "$work/modello.xlsx" 2>/dev/null
soffice "$profile" --headless --norestore "--accept=pipe,name=cruscotto-corpus;urp;" &
office=$!
/usr/bin/python3 scripts/corpus/typed.py "$work/modello.xlsx" "$work/modello-ufficio.ods"
kill "$office" 2>/dev/null || true
wait "$office" 2>/dev/null || true
cp "$work/modello-ufficio.ods" "$out/libreoffice/"
soffice "$profile" --headless --convert-to xlsx --outdir "$out/libreoffice" "$work/modello-ufficio.ods" >/dev/null
soffice "$profile" --headless --convert-to xls --outdir "$out/libreoffice" "$work/modello-ufficio.ods" >/dev/null
# CSV of every sheet as the dialog saves it: separator ;, quote ", the
# encoding, cells as shown (token 9), all sheets (token 12 = -1).
for enc in 76:utf8 1:1252 22:8859-15; do
    dir="$out/libreoffice/csv-${enc#*:}"
    rm -rf "$dir" && mkdir -p "$dir"
    soffice "$profile" --headless \
        --convert-to "csv:Text - txt - csv (StarCalc):59,34,${enc%%:*},1,,0,false,true,true,false,false,-1" \
        --outdir "$dir" "$work/modello-ufficio.ods" >/dev/null
done

if command -v ssconvert >/dev/null; then
    mkdir -p "$out/gnumeric"
    ssconvert "$work/modello-ufficio.ods" "$out/gnumeric/modello-ufficio.xlsx" 2>/dev/null
fi

python3 scripts/corpus/python.py "$out/python"
echo "corpus written in $out"
