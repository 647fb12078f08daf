#!/bin/sh
# zip.sh OUT.zip DIR TOP: a reproducible zip of DIR/TOP (sorted names, no
# folder entries, fixed permissions, every time SOURCE_DATE_EPOCH).
set -eu
out=$1 dir=$2 top=$3
: "${SOURCE_DATE_EPOCH:?}"
cd "$dir"
find "$top" -type f -exec chmod 0644 {} +
find "$top" -type f \( -name alertguard -o -name alertguard.exe \) -exec chmod 0755 {} +
find "$top" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
rm -f "$out"
find "$top" -type f | LC_ALL=C sort | TZ=UTC zip -qX -D "$out" -@
