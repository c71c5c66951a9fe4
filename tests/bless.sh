#!/usr/bin/env bash
# Record what Node prints for test cases: tests/bless.sh [case-or-folder...]
# Writes <case>.out (stdout), <case>.code (exit code, when not 0) and, with
# BLESS_STDERR=1, <case>.err. Uses HOST_TEST_NODE or ~/.cache/node24's node.
set -euo pipefail
targets=()
for t in "$@"; do targets+=("$(realpath "$t")"); done
cd "$(dirname "$0")"
node=${HOST_TEST_NODE:-$HOME/.cache/node24/node_modules/node/bin/node}
[ -x "$node" ] || { echo "no node at $node (npm install --prefix ~/.cache/node24 node@24)"; exit 1; }
[ ${#targets[@]} -gt 0 ] || targets=(cases)
find "${targets[@]}" -type f \( -name '*.js' -o -name '*.mjs' -o -name '*.cjs' \) \
  -not -path '*/fixtures/*' -not -path '*/node_modules/*' -not -name '_*' | sort | while read -r case; do
  dir=$(cd "$(dirname "$case")" && pwd)
  args=$(sed -n '1,3s#^// args: ##p' "$case" | head -1)
  stdin=$(sed -n '1,3s#^// stdin: ##p' "$case" | head -1)
  set +e
  # shellcheck disable=SC2086
  printf '%b' "$stdin" | (cd "$dir" && timeout 60 "$node" "$dir/$(basename "$case")" $args) >"$case.out.tmp" 2>"$case.err.tmp"
  code=$?
  set -e
  sed "s#$dir#\$DIR#g" "$case.out.tmp" >"$case.out"
  if [ "${BLESS_STDERR:-0}" = 1 ]; then sed "s#$dir#\$DIR#g" "$case.err.tmp" >"$case.err"; fi
  rm -f "$case.out.tmp" "$case.err.tmp"
  if [ "$code" != 0 ]; then echo "$code" >"$case.code"; else rm -f "$case.code"; fi
  echo "$case: exit $code"
done
