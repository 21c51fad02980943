#!/usr/bin/env sh
# Re-copies the dashboard's vendored Apache ECharts from npm (ADR-038). Usage: tools/dashboard/refresh-vendor.sh [version]
set -eu
version="${1:-6.1.0}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
target="$repo/src/Api/Dashboard/wwwroot/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "echarts@$version" >/dev/null && tar -xzf "echarts-$version.tgz")
mkdir -p "$target"
cp "$work/package/dist/echarts.min.js" "$target/echarts.min.js"
cp "$work/package/LICENSE" "$target/echarts.LICENSE"
[ -f "$work/package/NOTICE" ] && cp "$work/package/NOTICE" "$target/echarts.NOTICE"
echo "echarts $version" > "$target/VERSIONS"
echo "Copied echarts $version into $target"
