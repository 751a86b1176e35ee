#!/usr/bin/env bash
# Regenerates the expected outputs of the golden CLI cases listed in
# tests/golden/cases.tsv from the current build. Review `git diff tests/golden`
# before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
precis=${PRECIS:-build/precis}
grep -v '^#' tests/golden/cases.tsv | while IFS=$'\t' read -r expected args; do
  [ -n "$expected" ] || continue
  # shellcheck disable=SC2086  # args are split on purpose
  "$precis" $args > "$expected"
done
echo "regenerated; review: git diff tests/golden"
