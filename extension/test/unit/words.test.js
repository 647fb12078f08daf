'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const W = require('../../lib/words.js');

test('chooseLang: the toggle wins, then any sign of Japanese, else English', () => {
  const cases = [
    [{ chosen: 'en', preferred: ['ja'], ui: 'ja', page: 'ja' }, 'en', 'the remembered toggle'],
    [{ chosen: 'ja', preferred: ['en-US'], ui: 'en-US' }, 'ja', 'the toggle to Japanese'],
    [{ preferred: ['ja', 'en-US', 'en'], ui: 'en-US' }, 'ja', 'English UI, Japanese first among preferred'],
    [{ preferred: ['ja-JP'], ui: 'en-US' }, 'ja', 'a region tag'],
    [{ preferred: ['en-US', 'en'], ui: 'en-US', page: 'ja' }, 'ja', 'a Japanese scam page'],
    [{ preferred: ['fr-FR', 'ja'], ui: 'fr' }, 'ja', 'Japanese is the first language we speak'],
    [{ preferred: ['en-US', 'ja'], ui: 'en-US' }, 'en', 'English before Japanese'],
    [{ preferred: [], ui: 'ja' }, 'ja', 'the UI alone'],
    [{ preferred: ['de-DE'], ui: 'de' }, 'en', 'neither language'],
    [{ chosen: 'fr', preferred: ['en'], ui: 'en' }, 'en', 'an unknown stored value is ignored'],
    [undefined, 'en', 'nothing known'],
  ];
  for (const [signals, want, why] of cases) assert.equal(W.chooseLang(signals), want, why);
});

test('textLang and pageLang: kana in the text, then <html lang>', () => {
  assert.equal(W.textLang('お使いのコンピュータはウイルスに感染しています'), 'ja');
  assert.equal(W.textLang('您的电脑已感染病毒，请立即致电技术支持'), '', 'Chinese has no kana');
  assert.equal(W.textLang('Your computer is infected'), '');
  assert.equal(W.textLang('ウイルス'), '', 'one word is not enough');
  assert.equal(W.pageLang({ title: 'Microsoft', text: 'Call now', html: '<html lang="ja-JP"><body>' }), 'ja');
  assert.equal(W.pageLang({ title: '', text: 'Call now', html: '<html lang="en">' }), '');
  assert.equal(W.pageLang({ title: 'Windows セキュリティ警告', text: '今すぐサポートに電話してください', html: '<html lang="en">' }), 'ja');
  assert.equal(W.pageLang(null), '');
});

const v = (categories, extra = {}) => Object.assign({ categories, phones: [], reasons: [] }, extra);
const phone = { display: '050-1234-5678', e164: '+815012345678' };

test('scamKind: each kind of scam has its own first action, the most harmful first', () => {
  const cases = [
    [v(['clickfix']), 'clickfix'],
    [v(['clickfix', 'phone-lure'], { phones: [phone] }), 'clickfix'],
    [v(['one-click-billing']), 'billing'],
    [v(['one-click-billing', 'phone-lure'], { phones: [phone] }), 'billing'],
    [v(['phone-lure', 'fullscreen-lock', 'fake-alert']), 'phone'],
    [v(['fullscreen-lock'], { phones: [phone] }), 'phone'],
    [v(['notification-abuse']), 'allow'],
    [v(['app-install-lure']), 'download'],
    [v(['fake-av-purchase', 'fake-alert', 'fullscreen-lock']), 'download'],
    [v(['permission-lure']), 'permission'],
    [v(['fake-alert', 'fullscreen-lock']), 'fake'],
    [v(['guardian-block']), 'family'],
    [v(['guardian-block', 'clickfix']), 'clickfix'],
    [v([]), 'fake'],
    [{}, 'fake'],
  ];
  for (const [verdict, want] of cases) assert.equal(W.scamKind(verdict), want, JSON.stringify(verdict.categories));
});

test('bannerAction: camera, location, card numbers, or the kind\'s action', () => {
  const perm = v(['permission-lure']);
  assert.equal(W.bannerAction(perm, [{ type: 'camera' }]), 'bannerCamera');
  assert.equal(W.bannerAction(perm, [{ type: 'geolocation' }, { type: 'dialog' }]), 'bannerLocation');
  assert.equal(W.bannerAction(perm, [{ type: 'camera' }, { type: 'geolocation' }]), 'kind_permission_action');
  assert.equal(W.bannerAction(perm, undefined), 'kind_permission_action');
  assert.equal(W.bannerAction(v(['fake-alert'], { reasons: [{ id: 'fake-alert.fake-scan' }] }), []), 'bannerCard');
  assert.equal(W.bannerAction(v(['notification-abuse']), []), 'kind_allow_action');
  assert.equal(W.bannerAction(v(['phone-lure']), []), 'kind_phone_action');
});

test('every kind and banner action has words in both languages', () => {
  const kinds = ['clickfix', 'billing', 'phone', 'allow', 'download', 'permission', 'fake', 'family'];
  const keys = kinds.flatMap((k) => ['lead', 'action', 'detail'].map((p) => `kind_${k}_${p}`))
    .concat(['bannerCamera', 'bannerLocation', 'bannerCard', 'bannerTitle', 'bannerDismiss', 'whatToDoNow', 'doNotCall', 'doNotCallNone']);
  const leads = {};
  for (const lang of ['ja', 'en']) {
    const m = JSON.parse(fs.readFileSync(path.join(__dirname, '../../_locales', lang, 'messages.json'), 'utf8'));
    for (const k of keys) assert.ok(m[k] && m[k].message.trim(), `${lang}: ${k} missing`);
    leads[lang] = kinds.map((k) => m[`kind_${k}_lead`].message);
    assert.equal(new Set(leads[lang]).size, kinds.length, `${lang}: two kinds share a first sentence`);
    assert.equal(new Set(kinds.map((k) => m[`kind_${k}_action`].message)).size, kinds.length, `${lang}: two kinds share a first action`);
    for (const k of kinds.filter((k) => k !== 'phone')) {
      assert.doesNotMatch(m[`kind_${k}_action`].message, /電話しない|Do not call/, `${lang}: ${k} tells the person not to call`);
    }
  }
});

test('reasonLines: one line per kind of trick, weightiest first, no context reasons', () => {
  const r = (id, category, weight, ja, en) => ({ id, category, weight, title: { ja, en } });
  const reasons = [
    r('support-scam.call-request', 'phone-lure', 80, '有名企業を名乗って、すぐ電話するよう求めています', 'It poses as a well-known company and urges you to call'),
    r('support-scam.brand-alarm-phone', 'phone-lure', 90, '有名企業を名乗って電話をかけさせようとしています', 'It pretends to be a well-known company and wants you to call'),
    r('lock.keyboard-lock', 'fullscreen-lock', 50, 'キーボードを使えなくしようとしています', 'It tries to take over your keyboard'),
    r('lock.escape-traps', 'fullscreen-lock', 40, 'ページを閉じさせないしかけがあります', 'It tries to stop you from leaving the page'),
    r('fake-alert.os-voice', 'fake-alert', 45, 'OS やセキュリティソフトの警告を装っています', 'It imitates a warning from your system or security software'),
    r('context.contact-page', 'context', -30, '会社の問い合わせページの特徴があります', 'It looks like a company\'s own contact page'),
    r('x.same', 'other', 30, 'OS やセキュリティソフトの警告を装っています', 'It imitates a warning from your system or security software'),
  ];
  assert.deepEqual(W.reasonLines(reasons, 'en'), [
    'It pretends to be a well-known company and wants you to call',
    'It tries to take over your keyboard',
    'It imitates a warning from your system or security software',
  ]);
  assert.equal(W.reasonLines(reasons, 'ja').length, 3);
  assert.deepEqual(W.reasonLines(undefined, 'ja'), []);
});

test('dates: one unambiguous form shown, and the same typed into the filters', () => {
  assert.match(W.formatTime('2026-11-25T05:07:00Z'), /^2026-11-2[45] \d\d:07$/);
  assert.equal(W.formatTime('not a date'), '');
  const cases = [['2026-11-25', '2026-11-25'], ['2026/11/5', '2026-11-05'], ['２０２６－１１－２５', '2026-11-25'], ['2026年11月25日', '2026-11-25'],
    ['', ''], ['  ', ''], ['11/25/2026', null], ['25/11/2026', null], ['2026-02-30', null], ['2026-13-01', null], ['yesterday', null]];
  for (const [input, want] of cases) assert.equal(W.parseDay(input), want, input);
  assert.equal(W.listSep('ja'), '、');
  assert.equal(W.listSep('en'), ', ');
});

test('blockFirst and blockWords: the block page\'s first words, one table for blocked.html and the cover', () => {
  const locales = {};
  for (const lang of ['ja', 'en']) locales[lang] = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '_locales', lang, 'messages.json'), 'utf8'));
  const phones = [{ display: '0120-000-000', e164: '+81120000000' }];
  const cases = [
    [{ categories: ['phone-lure'], phones }, { kind: 'phone', action: 'doNotCall', callLine: '', phones: 1 }, 'a phone scam with a number'],
    [{ categories: ['phone-lure'] }, { kind: 'phone', action: 'doNotCallNone', callLine: '', phones: 0 }, 'a phone scam without one'],
    [{ categories: ['clickfix'], phones }, { kind: 'clickfix', action: 'kind_clickfix_action', callLine: 'doNotCall', phones: 1 }, 'clickfix with a number: its own line'],
    [{ categories: ['one-click-billing'] }, { kind: 'billing', action: 'kind_billing_action', callLine: '', phones: 0 }, 'billing'],
    [{ categories: ['phishing-form', 'phone-lure'], phones }, { kind: 'phishing', action: 'kind_phishing_action', callLine: 'doNotCall', phones: 1 }, 'a phishing form before a phone lure'],
    [{ categories: ['guardian-block'] }, { kind: 'family', action: 'kind_family_action', callLine: '', phones: 0 }, 'the family\'s list'],
    [{}, { kind: 'fake', action: 'kind_fake_action', callLine: '', phones: 0 }, 'nothing known'],
  ];
  for (const [v, want, why] of cases) {
    const k = W.blockFirst(v);
    assert.deepEqual({ kind: k.kind, action: k.action, callLine: k.callLine, phones: k.phones.length }, want, why);
    assert.equal(k.title, 'blockedTitle', why);
    for (const lang of ['ja', 'en']) {
      const say = (key) => (locales[lang][key] && locales[lang][key].message) || '';
      const w = W.blockWords(v, say, lang);
      for (const f of ['title', 'lead', 'action', 'detail']) assert.ok(w[f].length > 0, `${why}: ${lang} ${f} (${k[f]}) has words`);
      if (k.callLine) assert.equal(w.callLine, say('doNotCall'), why);
      assert.deepEqual(w.phones, k.phones.map((p) => p.display), why);
      assert.equal(w.lang, lang);
    }
  }
  assert.equal(W.blockWords({ phones: [{ display: 'x'.repeat(100) }, { e164: 'no display' }] }, () => 'w', 'en').phones[0].length, 40, 'a number is cut to 40 characters; one without a display is left out');
  assert.equal(W.blockWords({ phones: Array.from({ length: 9 }, (_, i) => ({ display: String(i) })) }, () => 'w', 'en').phones.length, 5, 'at most five numbers');
});

test('the block cover has one table of words: content.js names no block-page message key', () => {
  // The service worker sends blockWords (in the person's language, or the
  // browser's when that is late); the cover shows what it gets.
  const src = fs.readFileSync(path.join(__dirname, '..', '..', 'content.js'), 'utf8');
  for (const key of ["'blockedTitle'", "'kind_", "'doNotCall"]) assert.ok(!src.includes(key), `content.js names ${key}`);
  const bg = fs.readFileSync(path.join(__dirname, '..', '..', 'background.js'), 'utf8');
  assert.match(bg, /function uiCoverWords\(v\) \{\s*try \{ return AGW\.blockWords\(v,/, 'the late-words fallback is blockWords too');
});
