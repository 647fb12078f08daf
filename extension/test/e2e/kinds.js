'use strict';
/* blocked.html speaks to the kind of scam, in the person's language: the
 * checks shared by the Chromium and Firefox runs. */
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness.js');

// One real capture per kind, in three page languages: the ClickFix page is
// English, the one-click bill Japanese, the support scam French.
const KIND_CASES = [
  { kind: 'clickfix', url: 'https://meet-google-join.example.live/abc-defg-hij' },
  { kind: 'billing', url: 'http://enjoy-douga.example.net/sagi/oto.php' },
  { kind: 'phone', url: 'http://assistance-windows.example.fr/alerts/edge.html' },
];

const messages = {};
function say(lang, key) {
  if (!messages[lang]) messages[lang] = JSON.parse(fs.readFileSync(path.join(h.EXT_DIR, '_locales', lang, 'messages.json'), 'utf8'));
  assert.ok(messages[lang][key], `${lang}: no message ${key}`);
  return messages[lang][key].message;
}

const ready = (page) => h.waitFor(() => page.evaluate(() => document.body.dataset.ready === '1'), 10000);

async function shown(page) {
  return page.evaluate(() => {
    const $ = (id) => document.getElementById(id);
    const reasons = Array.from(document.querySelectorAll('#reasons li'), (li) => li.textContent);
    return {
      lang: document.documentElement.lang, kind: document.body.dataset.kind, lead: $('lead').textContent, action: $('action').textContent,
      numbers: document.querySelectorAll('#numbers li').length, reasons,
      // what the page tried comes after the advice and the help lines
      triedAfter: !!($('advice').compareDocumentPosition($('reasons')) & Node.DOCUMENT_POSITION_FOLLOWING)
        && !!($('help').compareDocumentPosition($('reasons')) & Node.DOCUMENT_POSITION_FOLLOWING),
    };
  });
}

/** expectWords checks the page shows the kind's own first sentence and
 * first action in lang, and never "do not call" where there is no call. */
function expectWords(got, kind, lang, where) {
  assert.equal(got.lang, lang, `${where}: language`);
  assert.equal(got.kind, kind, `${where}: kind`);
  assert.equal(got.lead, say(lang, `kind_${kind}_lead`), `${where}: first sentence`);
  const action = kind === 'phone' ? say(lang, got.numbers ? 'doNotCall' : 'doNotCallNone') : say(lang, `kind_${kind}_action`);
  assert.equal(got.action, action, `${where}: first action`);
  if (kind !== 'phone') assert.doesNotMatch(got.lead + got.action, /電話しない|Do not call/, `${where}: told not to call`);
  assert.equal(new Set(got.reasons).size, got.reasons.length, `${where}: a reason repeated`);
  assert.ok(got.triedAfter, `${where}: what the page tried comes before the advice`);
}

async function toggle(page, lang) {
  await page.click('#lang');
  assert.ok(await h.waitFor(() => page.evaluate((l) => document.documentElement.lang === l && document.getElementById('lead').textContent !== '', lang), 5000), `switched to ${lang}`);
}

/** forgetToggle clears the remembered language (from an extension page). */
async function forgetToggle(page) {
  await page.evaluate(() => (globalThis.browser || globalThis.chrome).storage.local.remove('lang'));
}

/** firstWords opens the three kinds in a browser whose preferred languages
 * start with Japanese and whose UI is English: the first page (in English)
 * is Japanese; the toggle is remembered for the next pages. ctx gives
 * { browser, findBlocked(ms), closeOthers(), each(kind, lang, page) }. */
async function firstWords(ctx) {
  let expect = 'ja';
  for (const [i, c] of KIND_CASES.entries()) {
    await ctx.closeOthers();
    const page = await ctx.browser.newPage();
    page.on('dialog', (d) => d.dismiss().catch(() => {}));
    page.goto(c.url).catch(() => {});
    const blocked = await ctx.findBlocked(20000);
    assert.ok(blocked, `${c.url} not blocked`);
    assert.ok(await ready(blocked));
    if (i === 0) {
      await forgetToggle(blocked); // earlier tests may have switched
      // Reload from inside: Firefox's puppeteer page does not follow it.
      await blocked.evaluate(() => { document.body.dataset.ready = 'reloading'; location.reload(); }).catch(() => {});
      assert.ok(await ready(blocked), 'reloaded');
    }
    expectWords(await shown(blocked), c.kind, expect, `${c.kind} opened in ${expect}`);
    if (ctx.each) await ctx.each(c.kind, expect, blocked);
    expect = expect === 'ja' ? 'en' : 'ja';
    await toggle(blocked, expect);
    expectWords(await shown(blocked), c.kind, expect, `${c.kind} switched to ${expect}`);
    if (ctx.each) await ctx.each(c.kind, expect, blocked);
  }
  const last = await ctx.findBlocked(1000);
  await forgetToggle(last);
}

module.exports = { KIND_CASES, say, shown, expectWords, toggle, forgetToggle, firstWords, ready };
