#!/usr/bin/env bash
# Fails, naming each file, when a C++ file under src, tests, bench or fuzz is not as
# clang-format (the repository's .clang-format) would write it. Fix with
#   clang-format -i FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
unformatted=()
while IFS= read -r -d '' file; do
  if ! clang-format --dry-run --Werror "$file" >/dev/null 2>&1; then
    unformatted+=("$file")
  fi
done < <(git ls-files -z -- 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp' 'bench/*.h' \
  'fuzz/*.cpp' 'fuzz/*.h')
if [ ${#unformatted[@]} -ne 0 ]; then
  echo "Not formatted as .clang-format says (clang-format -i FILE...):" >&2
  printf '  %s\n' "${unformatted[@]}" >&2
  exit 1
fi
echo "format: every C++ file under src, tests, bench and fuzz is formatted"
