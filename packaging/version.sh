#!/bin/sh
# The release version, from `git describe`: a tag vX.Y.Z gives X.Y.Z, N
# commits after it X.Y.Z+N.gHASH; with no tag yet, the version in
# host/main.go and the number of commits. ".dirty" marks uncommitted changes.
set -eu
cd "$(dirname "$0")/.."
if d=$(git describe --tags --match 'v[0-9]*' --long --abbrev=7 2>/dev/null); then
  hash=${d##*-g}; rest=${d%-g*}; n=${rest##*-}; base=${rest%-*}; base=${base#v}
else
  base=$(sed -n 's/^var Version = "\(.*\)"$/\1/p' host/main.go)
  n=$(git rev-list --count HEAD); hash=$(git rev-parse --short=7 HEAD)
fi
[ -n "$base" ] || { echo "version.sh: no version found" >&2; exit 1; }
v=$base
[ "$n" = 0 ] || v="$base+$n.g$hash"
if ! git diff --quiet HEAD -- 2>/dev/null; then
  case $v in *+*) v="$v.dirty" ;; *) v="$v+dirty" ;; esac
fi
echo "$v"
