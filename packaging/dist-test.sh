#!/usr/bin/env bash
# dist-test.sh VERSION: the proof that the release in dist/release/ is right
# (make dist-test, after make dist; .ci/run calls it). Each step fails when
# the thing it checks is wrong. Needs root for dpkg -i / dpkg -r.
set -euo pipefail
cd "$(dirname "$0")/.."
V=$1
REL=dist/release
STAGE=dist/stage
GO=${GO:-go}
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct)}
export SOURCE_DATE_EPOCH
step() { echo; echo "== dist-test: $*"; }
fail() { echo "dist-test: FAIL: $*" >&2; exit 1; }

step "SHA256SUMS verifies every artifact, and lists them all"
(cd "$REL" && sha256sum --strict --quiet -c SHA256SUMS) || fail "SHA256SUMS does not verify"
listed=$(awk '{print $2}' "$REL/SHA256SUMS" | LC_ALL=C sort)
present=$(ls "$REL" | grep -v '^SHA256SUMS$' | LC_ALL=C sort)
[ "$listed" = "$present" ] || fail "SHA256SUMS lists $(echo $listed) but dist/release has $(echo $present)"
expected="AlertGuard-$V.pkg alertguard-$V-macos-universal.zip alertguard-$V-windows-arm64.zip alertguard-$V-windows-x64-allusers.msi alertguard-$V-windows-x64.msi
alertguard-$V.aarch64.rpm alertguard-$V.x86_64.rpm alertguard-chromium.zip alertguard-firefox.xpi alertguard_${V}_amd64.deb alertguard_${V}_arm64.deb"
[ "$(echo $expected | tr ' ' '\n' | LC_ALL=C sort)" = "$present" ] || fail "artifacts: $(echo $present), want $(echo $expected)"
echo "$(echo "$present" | wc -l) artifacts verified"

step "reproducible: the Go binaries built again in another folder are identical"
copy=$(mktemp -d /tmp/ag-repro-XXXXXX)
git ls-files -co --exclude-standard | grep -vE '^(corpus|extension|docs)/' | tar -cf - -T - | tar -xf - -C "$copy"
make --no-print-directory -C "$copy" dist-bins VERSION="$V" SOURCE_DATE_EPOCH="$SOURCE_DATE_EPOCH" >"$copy/build.log" 2>&1 ||
  { cat "$copy/build.log"; fail "the second build failed"; }
(cd "$STAGE/bin" && sha256sum */alertguard*) > "$copy/first.sums"
(cd "$copy/$STAGE/bin" && sha256sum -c --quiet "$copy/first.sums") || fail "a second build differs: the binaries are not reproducible"
cat "$copy/first.sums"
rm -rf "$copy"

step "the packaged binary and docs name the build's version, ids and host name"
$GO test -count=1 ./packaging/... ./manifest-templates/... ./internal/install/...

step ".rpm and .deb file lists (rpm -qlp, dpkg-deb -c) equal what stage laid out"
for arch in amd64 arm64; do
  want="$STAGE/linux-$arch/files.txt"
  rarch=$([ $arch = amd64 ] && echo x86_64 || echo aarch64)
  diff -u "$want" <(rpm -qlp "$REL/alertguard-$V.$rarch.rpm" 2>/dev/null | LC_ALL=C sort) || fail "the $rarch .rpm does not hold the files of files.txt"
  diff -u "$want" <(dpkg-deb --fsys-tarfile "$REL/alertguard_${V}_$arch.deb" | tar -t | grep -v '/$' | sed 's|^\./|/|' | LC_ALL=C sort) || fail "the $arch .deb does not hold the files of files.txt"
  rpm -qp --scripts "$REL/alertguard-$V.$rarch.rpm" 2>/dev/null | grep -q . && fail "the $rarch .rpm has maintainer scripts"
  dpkg-deb --ctrl-tarfile "$REL/alertguard_${V}_$arch.deb" | tar -t | grep -qE 'preinst|postinst|prerm|postrm' && fail "the $arch .deb has maintainer scripts"
  echo "$arch: $(wc -l < "$want") files, no maintainer scripts"
done

step ".msi: msiinfo tables (File, Component, Registry, ...) against the golden dumps"
$GO run ./packaging/cmd/msicheck -scope user -golden packaging/testdata/msi-user.golden "$REL/alertguard-$V-windows-x64.msi"
$GO run ./packaging/cmd/msicheck -scope machine -golden packaging/testdata/msi-machine.golden "$REL/alertguard-$V-windows-x64-allusers.msi"

step "macOS and Windows-on-Arm zips"
tmp=$(mktemp -d /tmp/ag-zips-XXXXXX)
unzip -q "$REL/alertguard-$V-macos-universal.zip" -d "$tmp/mac"
$GO run ./packaging/cmd/lipo -verify "$tmp/mac/alertguard/alertguard" x86_64 arm64
[ -x "$tmp/mac/alertguard/alertguard" ] || fail "the macOS program is not executable in the zip"
[ -f "$tmp/mac/alertguard/INSTALL.txt" ] && [ -f "$tmp/mac/alertguard/policies/chrome-macos.mobileconfig" ] || fail "the macOS zip lacks INSTALL.txt or the policies"
unzip -q "$REL/alertguard-$V-windows-arm64.zip" -d "$tmp/win"
file "$tmp/win/alertguard/alertguard.exe" | grep -q 'PE32+ executable.*Aarch64' || fail "the Windows arm64 zip does not hold an arm64 program: $(file -b "$tmp/win/alertguard/alertguard.exe")"
rm -rf "$tmp"

step "macOS .pkg: bsdtar unpacks the xar and GNU cpio the Payload; our Bom reader holds the Bom to it; every path, manifest and offer"
pk="$REL/AlertGuard-$V.pkg"
tmp=$(mktemp -d /tmp/ag-pkg-XXXXXX)
bsdtar -xf "$pk" -C "$tmp" || fail "bsdtar cannot read the .pkg"
[ "$(cd "$tmp" && find . -type f | LC_ALL=C sort | tr '\n' ' ')" = "./Distribution ./Resources/en.lproj/conclusion.html ./Resources/ja.lproj/conclusion.html ./alertguard.pkg/Bom ./alertguard.pkg/PackageInfo ./alertguard.pkg/Payload ./alertguard.pkg/Scripts " ] ||
  fail "the .pkg holds $(cd "$tmp" && find . -type f | tr '\n' ' ')"
mkdir "$tmp/root" "$tmp/scripts"
(cd "$tmp/root" && gzip -dc ../alertguard.pkg/Payload | cpio -idm --quiet) || fail "GNU cpio cannot unpack the Payload"
(cd "$tmp/scripts" && gzip -dc ../alertguard.pkg/Scripts | cpio -idm --quiet) || fail "GNU cpio cannot unpack the Scripts"
[ "$(ls "$tmp/scripts")" = postinstall ] && [ -x "$tmp/scripts/postinstall" ] || fail "Scripts must hold one executable postinstall"
$GO run ./packaging/cmd/pkgcheck -root "$tmp/root" -files "$STAGE/macos/pkg/files.txt" "$pk" > "$tmp/bom.txt" || fail "pkgcheck: the .pkg is not right"
diff -u <(cut -f1 "$tmp/bom.txt" | LC_ALL=C sort) <(gzip -dc "$tmp/alertguard.pkg/Payload" | cpio -it --quiet | LC_ALL=C sort) ||
  fail "the Bom's paths differ from GNU cpio's listing of the Payload"
prog="$tmp/root/Library/Application Support/AlertGuard/alertguard"
$GO run ./packaging/cmd/lipo -verify "$prog" x86_64 arm64
cmp -s "$prog" "$STAGE/macos/alertguard/alertguard" || fail "the .pkg's program is not the universal program of the zip"
[ -x "$prog" ] && [ -x "$tmp/root/Library/Application Support/AlertGuard/uninstall" ] || fail "the program or the uninstaller is not executable"
grep -qF "identifier=\"jp.alertguard.pkg\" version=\"$V\" install-location=\"/\"" "$tmp/alertguard.pkg/PackageInfo" || fail "PackageInfo: $(cat "$tmp/alertguard.pkg/PackageInfo")"
grep -qF 'hostArchitectures="x86_64,arm64"' "$tmp/Distribution" && grep -qF '>#alertguard.pkg</pkg-ref>' "$tmp/Distribution" &&
  grep -qF '<conclusion file="conclusion.html"' "$tmp/Distribution" || fail "Distribution: $(cat "$tmp/Distribution")"
cmp -s "$tmp/Resources/ja.lproj/conclusion.html" packaging/macos/conclusion.ja.html || fail "the Japanese conclusion page differs from packaging/macos"
echo "$(grep -c . "$STAGE/macos/pkg/files.txt") files, $(grep -c . "$tmp/bom.txt") Bom paths"
rm -rf "$tmp"

step ".deb installed with dpkg -i; real Chromium and Firefox use the installed host; dpkg -r removes it all"
[ "$(id -u)" = 0 ] || fail "dpkg -i needs root"
if dpkg-query -W -f='${Status}' alertguard 2>/dev/null | grep -q 'install ok'; then
  fail "alertguard is already installed on this machine; remove it (dpkg -r alertguard) and run again"
fi
arch=$(dpkg --print-architecture)
deb="$REL/alertguard_${V}_$arch.deb"
# The folders the package writes to (a wider net would catch unrelated
# changes other programs make meanwhile).
watch=(/etc/chromium /etc/opt /usr/lib/mozilla /usr/lib64 /usr/share/doc/alertguard /usr/bin/alertguard
  /usr/share/google-chrome /usr/share/chromium /usr/share/microsoft-edge /usr/share/vivaldi /etc/firefox)
snapshot() { { find "${watch[@]}" -xdev 2>/dev/null || true; } | LC_ALL=C sort; }
snapshot > /tmp/ag-before.txt
installed=0
fresh=$(mktemp -d /tmp/ag-home-XXXXXX)
# dpkg removes an empty folder a package lists even when it was there
# before (as for any package shipping /etc/opt/...): put those back.
dirs=$(dpkg-deb --fsys-tarfile "$deb" | tar -t | grep '/$' | sed 's|^\./|/|; s|/$||')
restore_dirs() {
  for gone in $(LC_ALL=C comm -23 /tmp/ag-before.txt <(snapshot)); do
    grep -qxF "$gone" <<<"$dirs" || { echo "dist-test: dpkg -r removed $gone, which the package did not add" >&2; return 1; }
    echo "note: dpkg -r removed the empty folder $gone, which was there before; recreating it"
    mkdir -p "$gone"
  done
}
cleanup() {
  if [ $installed = 1 ]; then dpkg -r alertguard >/dev/null 2>&1 || true; restore_dirs || true; fi
  rm -rf "$fresh" "$fresh.out"
}
trap cleanup EXIT
dpkg -i "$deb"
installed=1
diff -u "$STAGE/linux-$arch/files.txt" <(dpkg -L alertguard | while read -r f; do [ -f "$f" ] && echo "$f"; done | LC_ALL=C sort) || fail "dpkg -L differs from files.txt"
/usr/bin/alertguard version | grep -qF "alertguard $V " || fail "/usr/bin/alertguard version: $(/usr/bin/alertguard version), want $V"
# doctor as a person who never ran `alertguard install` (a fresh home, no
# per-user registration) sees the package's registration for all users.
doctor() { env -i HOME="$fresh" PATH=/usr/local/bin:/usr/bin:/bin "$@" doctor --browser chromium,firefox > "$fresh.out" 2>&1; }
code=0; doctor /usr/bin/alertguard || code=$?
cat "$fresh.out"
[ $code = 0 ] || fail "after dpkg -i, alertguard doctor exits $code, want 0"
for want in "ok   chromium: registered for all users in /etc/chromium/native-messaging-hosts/jp.alertguard.host.json; the host answers" \
  "ok   firefox: registered for all users in /usr/lib/mozilla/native-messaging-hosts/jp.alertguard.host.json; the host answers" \
  "ok   chromium: offers the AlertGuard extension by itself (/usr/share/chromium/extensions/ealcpimlhlabpbneglbjhodkadilbele.json)" \
  "ok   firefox: offers the AlertGuard extension by itself (/etc/firefox/policies/policies.json)" "Everything is in order."; do
  grep -qF "$want" "$fresh.out" || fail "after dpkg -i, doctor does not say: $want"
done
# The browser offers the extension by itself (packaging/cmd/offercheck):
# a fresh Chromium profile asks the store for AlertGuard from the entry the
# package placed; and a test copy of the entry, pointing at 127.0.0.1,
# has a fresh profile install the packed extension without a store visit;
# a fresh Firefox profile goes to addons.mozilla.org for the add-on.
$GO run ./packaging/cmd/offercheck store || fail "Chromium did not read the package's external-extension entry"
$GO run ./packaging/cmd/offercheck install -ext dist/chromium || fail "Chromium did not install the extension from a local external-extension entry"
$GO run ./packaging/cmd/offercheck firefox || fail "Firefox did not act on the package's policies.json"
(cd extension && ALERTGUARD_E2E_INSTALLED=1 node --test --test-concurrency=1 test/e2e/installed.test.js) || fail "the browsers did not block with the installed host"
dpkg -r alertguard
installed=0
# /usr/bin/alertguard is gone: the staged program of the same build asks.
code=0; doctor "$STAGE/bin/linux-$arch/alertguard" || code=$?
cat "$fresh.out"
[ $code = 1 ] || fail "after dpkg -r, alertguard doctor exits $code, want 1"
for b in chromium firefox; do
  grep -qE "^FIX  $b is installed \(.*\), but AlertGuard is not registered with it" "$fresh.out" || fail "after dpkg -r, doctor does not say $b is not registered"
done
grep -qxF "Fix: alertguard install --browser chromium,firefox" "$fresh.out" || fail "after dpkg -r, doctor does not suggest alertguard install"
for b in chromium firefox; do
  grep -qE "^     $b: does not offer the extension by itself" "$fresh.out" || fail "after dpkg -r, doctor does not say $b no longer offers the extension"
done
snapshot > /tmp/ag-after.txt
left=$(LC_ALL=C comm -13 /tmp/ag-before.txt /tmp/ag-after.txt)
[ -z "$left" ] || fail "dpkg -r left behind: $left"
restore_dirs || fail "dpkg -r removed more than the package added"
[ "$(snapshot)" = "$(cat /tmp/ag-before.txt)" ] || fail "the watched folders differ from before dpkg -i"
while read -r f; do [ ! -e "$f" ] || fail "$f is still there after dpkg -r"; done < "$STAGE/linux-$arch/files.txt"
echo "dpkg -r removed all $(wc -l < "$STAGE/linux-$arch/files.txt") files and the folders it made"

echo; echo "dist-test: all checks passed for AlertGuard $V"
