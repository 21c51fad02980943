#!/usr/bin/env bash
# Refreshes the GraphiQL IDE that the server ships (src/Api/wwwroot/graphiql) from pinned npm releases, so the IDE
# works on a machine without internet (ADR-035). Change a version below, run this script, commit the copy, and check
# the page with: dotnet test tests/CrmGraph.Conformance.Tests --filter FullyQualifiedName~GraphiQLBrowserTests
set -euo pipefail
GRAPHIQL=3.8.3   # the last GraphiQL with a self-contained UMD build (4.x needs a bundler and Monaco workers)
REACT=18.3.1     # GraphiQL 3 needs React 18

cd "$(dirname "$0")/../.."
target=src/Api/wwwroot/graphiql
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "graphiql@$GRAPHIQL" "react@$REACT" "react-dom@$REACT" >/dev/null)
for archive in "graphiql-$GRAPHIQL" "react-$REACT" "react-dom-$REACT"; do
  package=${archive%-*}
  mkdir -p "$work/$package"
  tar xzf "$work/$archive.tgz" -C "$work/$package"
done

rm -rf "$target"
mkdir -p "$target"
# The source-map comments are dropped: the maps are not shipped, and a browser's developer tools would ask for them.
sed '/^\/\/# sourceMappingURL=/d' "$work/graphiql/package/graphiql.min.js" > "$target/graphiql.min.js"
sed 's#/\*\# sourceMappingURL=[^*]*\*/##' "$work/graphiql/package/graphiql.min.css" > "$target/graphiql.min.css"
cp "$work/react/package/umd/react.production.min.js" "$target/react.production.min.js"
cp "$work/react-dom/package/umd/react-dom.production.min.js" "$target/react-dom.production.min.js"
cp "$work/graphiql/package/LICENSE" "$target/LICENSE.graphiql.txt"
cp "$work/react/package/LICENSE" "$target/LICENSE.react.txt"
cp "$work/react-dom/package/LICENSE" "$target/LICENSE.react-dom.txt"
cat > "$target/VERSIONS.txt" <<VERSIONS
Copied from npm by tools/graphiql/refresh.sh; do not edit by hand.
graphiql $GRAPHIQL (MIT): graphiql.min.js, graphiql.min.css, LICENSE.graphiql.txt
react $REACT (MIT): react.production.min.js, LICENSE.react.txt
react-dom $REACT (MIT): react-dom.production.min.js, LICENSE.react-dom.txt
VERSIONS
ls -l "$target"
