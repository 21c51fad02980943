#!/usr/bin/env bash
# Lists C# lines longer than 120 characters under src/ as file:line and exits 1 when there are any.
# .editorconfig sets max_line_length = 120 for *.cs, but `dotnet format` does not enforce it; this script does.
# Characters are counted, not bytes (C.UTF-8: a Chinese character is one character).
#
# Skipped: generated code (obj/, bin/, src/Api/Persistence/Migrations/) and the EXEMPT lines below (none today):
# lines inside multi-line raw string literals where wrapping would change the string. Each entry is
# "path|text the line starts with, after its indentation"; a new long line is never exempt.
set -uo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C.UTF-8
max=120

EXEMPT=""

mapfile -t files < <(git ls-files 'src/*.cs' | grep -vE '(^|/)(obj|bin)/|^src/Api/Persistence/Migrations/')
long=$( ((${#files[@]})) && grep -nE "^.{$((max + 1)),}" "${files[@]}" /dev/null)
found=$(printf '%s\n' "$long" | awk -F: -v exempt="$EXEMPT" '
  BEGIN { n = split(exempt, rows, "\n"); for (i = 1; i <= n; i++) { split(rows[i], p, "|"); path[i] = p[1]; start[i] = p[2] } }
  NF >= 3 {
    text = $0; sub(/^[^:]*:[^:]*:/, "", text); sub(/^[ \t]+/, "", text)
    for (i = 1; i <= n; i++) if ($1 == path[i] && index(text, start[i]) == 1) next
    print $1 ":" $2
  }')
if [ -n "$found" ]; then
  printf '%s\n' "$found"
  echo "$(printf '%s\n' "$found" | wc -l) C# line(s) under src/ are longer than $max characters (docs/contributing.md, Formatting)."
  exit 1
fi
echo "Line length: every C# line under src/ is at most $max characters."
