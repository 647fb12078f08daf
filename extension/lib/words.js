/* Which words the person sees: the language (their preferred languages and
 * the scam page's own), the kind of scam and its first action, the
 * deduplicated list of what a page tried, and one date format. Pure
 * functions, unit-tested with node:test; no DOM or chrome.* access here. */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) module.exports = factory();
  else root.AGW = factory();
})(typeof globalThis !== 'undefined' ? globalThis : this, function () {
  'use strict';

  const LANGS = ['ja', 'en'];
  const base = (tag) => String(tag || '').trim().toLowerCase().split(/[-_]/)[0];

  /** chooseLang picks 'ja' or 'en'. The person's own toggle wins; then
   * Japanese when any signal says Japanese (the first of their preferred
   * languages we speak, the browser's UI, or the scam page itself), since
   * a Japanese parent often has an English browser; else English. */
  function chooseLang({ chosen, preferred, ui, page } = {}) {
    if (LANGS.includes(chosen)) return chosen;
    const first = (preferred || []).map(base).find((l) => LANGS.includes(l));
    if (first === 'ja' || base(ui) === 'ja' || base(page) === 'ja') return 'ja';
    return 'en';
  }

  const KANA = /[\u3041-\u3096\u30a1-\u30fa\u30fc\uff66-\uff9d]/g;

  /** textLang says 'ja' for text with kana in it (Chinese has none), else ''.
   * The page's lang attribute is not trusted: kits copy templates. */
  function textLang(text, min = 8) {
    const m = String(text || '').slice(0, 20000).match(KANA);
    return m && m.length >= min ? 'ja' : '';
  }

  /** pageLang reads a snapshot's language from its visible text and title,
   * then its <html lang>. */
  function pageLang(snap) {
    if (!snap) return '';
    const byText = textLang(String(snap.title || '') + '\n' + String(snap.text || ''));
    if (byText) return byText;
    const m = /<html[^>]*\slang\s*=\s*["']?([a-z]{2})/i.exec(String(snap.html || '').slice(0, 4096));
    return m && base(m[1]) === 'ja' ? 'ja' : '';
  }

  // The kinds of scam, most harmful first action first: a pasted command
  // runs at once; a card number or password typed is sent at once; a bill or a call costs money; a permission or a download
  // harms later; a fake warning or a locked screen harms only if obeyed.
  const KIND_ORDER = [
    ['clickfix', ['clickfix']],
    ['phishing', ['phishing-form']],
    ['billing', ['one-click-billing']],
    ['phone', ['phone-lure']],
    ['allow', ['notification-abuse']],
    ['download', ['app-install-lure', 'fake-av-purchase']],
    ['permission', ['permission-lure']],
  ];

  /** scamKind names the verdict's kind, which chooses the first sentence
   * and first action. Numbers to call make it a phone scam unless a more
   * harmful kind is present; the family's block list alone is 'family'. */
  function scamKind(v) {
    const cats = new Set((v && v.categories) || []);
    for (const [kind, list] of KIND_ORDER) {
      if (list.some((c) => cats.has(c))) return kind;
      if (kind === 'phone' && ((v && v.phones) || []).length > 0) return kind;
    }
    if (cats.size === 1 && cats.has('guardian-block')) return 'family';
    return 'fake';
  }

  /** blockFirst names the message keys of the block page's first words:
   * its title, the kind's first sentence, its first action and the reason
   * for it, and the numbers not to call (struck through). blocked.html and
   * the cover the blocked tab shows while it moves (content.js) both show
   * these, so the two say the same thing in the same words. */
  function blockFirst(v) {
    const kind = scamKind(v);
    const phones = ((v && v.phones) || []).filter((p) => p && typeof p.display === 'string');
    return {
      kind,
      title: 'blockedTitle',
      lead: 'kind_' + kind + '_lead',
      action: kind === 'phone' ? (phones.length ? 'doNotCall' : 'doNotCallNone') : 'kind_' + kind + '_action',
      detail: 'kind_' + kind + '_detail',
      // Under another kind's action, the numbers get their own line.
      callLine: kind !== 'phone' && phones.length > 0 ? 'doNotCall' : '',
      phones,
    };
  }

  /** blockWords are blockFirst's words in one language: say(key) gives a
   * message ('' when missing). Numbers at most 5, as text. */
  function blockWords(v, say, lang) {
    const k = blockFirst(v);
    const w = (key) => (key ? String(say(key) || '') : '');
    return { lang, kind: k.kind, title: w(k.title), lead: w(k.lead), action: w(k.action), detail: w(k.detail), callLine: w(k.callLine), phones: k.phones.slice(0, 5).map((p) => p.display.slice(0, 40)) };
  }

  /** bannerAction names the message key of the warn banner's one action.
   * events (the page's recorded API uses) tell camera from location. */
  function bannerAction(v, events) {
    const kind = scamKind(v);
    if (kind === 'permission') {
      const types = new Set((events || []).map((e) => e && e.type));
      if (types.has('camera') && !types.has('geolocation')) return 'bannerCamera';
      if (types.has('geolocation') && !types.has('camera')) return 'bannerLocation';
    }
    if (kind === 'fake' && ((v && v.reasons) || []).some((r) => r.id === 'fake-alert.fake-scan')) return 'bannerCard';
    return 'kind_' + kind + '_action';
  }

  /** reasonLines lists what the page tried, one line per kind of trick:
   * reasons of one category say the same thing in other words ("poses as a
   * company and wants you to call" twice), so the weightiest speaks for
   * them; identical titles are one line too. Negative reasons are left out. */
  function reasonLines(reasons, lang) {
    const seenCat = new Set();
    const seenText = new Set();
    const out = [];
    const sorted = (reasons || []).filter((r) => r && r.weight > 0).sort((a, b) => b.weight - a.weight);
    for (const r of sorted) {
      const text = (r.title && r.title[lang]) || '';
      const cat = r.category || r.id;
      if (!text || seenCat.has(cat) || seenText.has(text)) continue;
      seenCat.add(cat);
      seenText.add(text);
      out.push(text);
    }
    return out;
  }

  const pad = (n) => String(n).padStart(2, '0');

  /** day is a Date's YYYY-MM-DD in the viewer's zone. */
  function day(d) {
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  /** formatTime shows a log time as YYYY-MM-DD HH:MM in the viewer's zone:
   * one unambiguous form in both languages, the same the date filters take. */
  function formatTime(iso) {
    const d = new Date(iso);
    if (isNaN(d)) return '';
    return day(d) + ' ' + pad(d.getHours()) + ':' + pad(d.getMinutes());
  }

  /** parseDay reads a filter date typed as 2026-11-25, 2026/11/25,
   * 2026年11月25日 or with full-width digits; '' for empty, null for
   * anything else (said to the guardian, never guessed). */
  function parseDay(s) {
    const t = String(s || '').normalize('NFKC').trim();
    if (!t) return '';
    const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
    if (!m) return null;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(y, mo - 1, d);
    if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
    return y + '-' + pad(mo) + '-' + pad(d);
  }

  /** listSep joins items the way each language does. */
  function listSep(lang) {
    return lang === 'ja' ? '、' : ', ';
  }

  return { chooseLang, textLang, pageLang, scamKind, blockFirst, blockWords, bannerAction, reasonLines, formatTime, parseDay, day, listSep };
});
