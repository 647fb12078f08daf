'use strict';
/* check-extension.js CHROMIUM.zip FIREFOX.xpi: the store packages are what
 * the stores and the native host expect, before they go into the release.
 *  - web-ext lint (Mozilla's addons-linter, extension/node_modules) on each
 *    unpacked archive: no errors. The Chromium package may only have the two
 *    errors that are Firefox requirements (no background.scripts fallback,
 *    no gecko id).
 *  - the ids the native-messaging manifests allow: the Chromium id follows
 *    from manifest.json "key", the Firefox id is the gecko id.
 *  - every file the manifest names is in the archive.
 * Exits non-zero on any problem. */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const { execFileSync, spawnSync } = require('node:child_process');

const REPO = path.resolve(__dirname, '..');
const CHROMIUM_ID = 'ealcpimlhlabpbneglbjhodkadilbele';
const FIREFOX_ID = 'alertguard@alertguard.app';
const WEB_EXT = path.join(REPO, 'extension', 'node_modules', '.bin', 'web-ext');
const FIREFOX_ONLY = new Set(['BACKGROUND_SERVICE_WORKER_NOFALLBACK', 'ADDON_ID_REQUIRED']);

const problems = [];
const bad = (file, msg) => problems.push(`${path.basename(file)}: ${msg}`);

/** chromiumID is the id Chromium derives from a manifest "key". */
function chromiumID(key) {
  const hex = crypto.createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return hex.replace(/./g, (c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16)));
}

function unpack(archive) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ag-ext-'));
  execFileSync('unzip', ['-q', archive, '-d', dir]);
  return dir;
}

function namedFiles(m) {
  const out = Object.values(m.icons || {});
  if (m.background) out.push(...(m.background.scripts || []), ...(m.background.service_worker ? [m.background.service_worker] : []));
  for (const cs of m.content_scripts || []) out.push(...(cs.js || []), ...(cs.css || []));
  if (m.action && m.action.default_popup) out.push(m.action.default_popup);
  if (m.options_ui && m.options_ui.page) out.push(m.options_ui.page);
  for (const w of m.web_accessible_resources || []) out.push(...(w.resources || []).filter((r) => !r.includes('*')));
  return out;
}

function lint(archive, dir, allowed) {
  if (!fs.existsSync(WEB_EXT)) {
    bad(archive, `web-ext is missing (${WEB_EXT}): run npm ci in extension/`);
    return;
  }
  const r = spawnSync(WEB_EXT, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
  let report;
  try { report = JSON.parse(r.stdout); } catch (e) { bad(archive, `web-ext lint gave no report: ${r.stderr || r.stdout}`); return; }
  for (const e of report.errors) if (!allowed.has(e.code)) bad(archive, `web-ext lint: ${e.code}: ${e.message} (${e.file || ''})`);
  const warnings = report.warnings.map((w) => w.code);
  console.log(`${path.basename(archive)}: web-ext lint: ${report.errors.length - report.errors.filter((e) => allowed.has(e.code)).length} errors` +
    `${report.errors.some((e) => allowed.has(e.code)) ? ' (plus the Firefox-only ' + report.errors.filter((e) => allowed.has(e.code)).map((e) => e.code).join(', ') + ')' : ''}` +
    `, ${warnings.length} warnings${warnings.length ? ' (' + [...new Set(warnings)].join(', ') + ')' : ''}`);
}

function check(archive, kind) {
  if (!fs.existsSync(archive)) { bad(archive, 'missing'); return; }
  const dir = unpack(archive);
  const m = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const src = JSON.parse(fs.readFileSync(path.join(REPO, 'extension', 'manifest.json'), 'utf8'));
  if (m.manifest_version !== 3) bad(archive, `manifest_version ${m.manifest_version}`);
  if (m.version !== src.version) bad(archive, `version ${m.version}, the source says ${src.version}`);
  if (!(m.permissions || []).includes('nativeMessaging')) bad(archive, 'no nativeMessaging permission');
  for (const f of namedFiles(m)) if (!fs.existsSync(path.join(dir, f))) bad(archive, `manifest names ${f}, not in the archive`);
  if (kind === 'chromium') {
    if (!m.key || chromiumID(m.key) !== CHROMIUM_ID) bad(archive, `the key gives id ${m.key && chromiumID(m.key)}, the host allows ${CHROMIUM_ID}`);
    if (!m.background || !m.background.service_worker) bad(archive, 'no background.service_worker');
    lint(archive, dir, FIREFOX_ONLY);
  } else {
    const id = m.browser_specific_settings && m.browser_specific_settings.gecko && m.browser_specific_settings.gecko.id;
    if (id !== FIREFOX_ID) bad(archive, `gecko id ${id}, the host allows ${FIREFOX_ID}`);
    if (!m.background || !(m.background.scripts || []).length) bad(archive, 'no background.scripts');
    lint(archive, dir, new Set());
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

const [chromium, firefox] = process.argv.slice(2);
if (!chromium || !firefox) {
  console.error('usage: node packaging/check-extension.js CHROMIUM.zip FIREFOX.xpi');
  process.exit(2);
}
check(chromium, 'chromium');
check(firefox, 'firefox');
for (const p of problems) console.error('check-extension: ' + p);
if (problems.length) process.exit(1);
console.log('check-extension: both packages ok');
module.exports = { chromiumID };
