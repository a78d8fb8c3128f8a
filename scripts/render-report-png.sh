#!/usr/bin/env bash
# Renders the sample's annual report as a person would print it: LibreOffice prints the
# report sheet to PDF with its own print setup (landscape, one page wide), pdftoppm turns the
# page into docs/report-2024.png. Needs soffice (libreoffice-calc) and pdftoppm (poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."

input="${1:-samples/recaudacion-2024.xlsx}"
png="${2:-docs/report-2024.png}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

npx tsc -p tsconfig.cli.json
node lib/scripts/render-report.js "$input" "$work/report-2024.xlsx" 2025-05-13 >/dev/null
# A throwaway profile, so the run neither reads nor changes the user's LibreOffice settings.
soffice "-env:UserInstallation=file://$work/profile" --headless --norestore \
  --convert-to pdf --outdir "$work" "$work/report-2024.xlsx" >/dev/null
pages="$(pdfinfo "$work/report-2024.pdf" | awk '/^Pages:/ {print $2}')"
if [ "$pages" != 1 ]; then
  echo "The report prints on $pages pages; it should fit on one." >&2
  exit 1
fi
pdftoppm -png -r 120 -singlefile "$work/report-2024.pdf" "${png%.png}"
echo "$png"
