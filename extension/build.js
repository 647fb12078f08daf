'use strict';
/* make extension: one source, two packages. dist/chromium is the source as
 * it is; dist/firefox gets background.scripts and the gecko id instead of
 * the service worker and the Chromium-only keys. */
const fs = require('node:fs');
const path = require('node:path');

const SRC = __dirname;
const DIST = path.resolve(SRC, '..', 'dist');
const SKIP = new Set(['node_modules', 'test', 'hooks', 'build.js', 'package.json', 'package-lock.json', 'key.pub.b64']);

function copy(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    if (SKIP.has(e.name)) continue;
    const a = path.join(from, e.name);
    const b = path.join(to, e.name);
    if (e.isDirectory()) copy(a, b);
    else fs.copyFileSync(a, b);
  }
}

function firefoxManifest(m) {
  const f = JSON.parse(JSON.stringify(m));
  delete f.key;
  delete f.minimum_chrome_version;
  f.background = { scripts: ['lib/shared.js', 'lib/words.js', 'background.js'] };
  f.browser_specific_settings = { gecko: { id: 'alertguard@alertguard.app', strict_min_version: '128.0' } };
  for (const cs of f.content_scripts) delete cs.match_origin_as_fallback;
  // Firefox has no chrome.contentSettings (docs/extension.md).
  f.permissions = f.permissions.filter((p) => p !== 'contentSettings');
  return f;
}

function build() {
  const manifest = JSON.parse(fs.readFileSync(path.join(SRC, 'manifest.json'), 'utf8'));
  fs.rmSync(path.join(DIST, 'chromium'), { recursive: true, force: true });
  fs.rmSync(path.join(DIST, 'firefox'), { recursive: true, force: true });
  copy(SRC, path.join(DIST, 'chromium'));
  copy(SRC, path.join(DIST, 'firefox'));
  fs.writeFileSync(path.join(DIST, 'firefox', 'manifest.json'), JSON.stringify(firefoxManifest(manifest), null, 2));
  return DIST;
}

if (require.main === module) {
  const dist = build();
  console.log(`built ${dist}/chromium and ${dist}/firefox`);
}
module.exports = { firefoxManifest, build, DIST };
