/* Page strings from _locales, in Japanese or English: the person's toggle,
 * else their preferred languages, the browser's UI and the scam page's own
 * language (lib/words.js chooseLang), switchable on the page (a family may
 * read either); the toggle is remembered. */
(function (root) {
  'use strict';
  const api = root.browser || root.chrome;
  let messages = {};
  let lang = 'ja';
  let page = '';

  async function acceptLanguages() {
    try {
      const got = await api.i18n.getAcceptLanguages();
      if (Array.isArray(got) && got.length) return got;
    } catch (e) { /* not offered: navigator.languages below */ }
    return Array.from(root.navigator.languages || []);
  }

  // start asks for the language signals (the toggle, the preferred
  // languages) and both message tables at once, before load needs them:
  // the block page starts them while it reads its record, so its first
  // screen waits for one round of reads, not four in a row (issue 24).
  let signals = null;
  const tables = {};
  function readSignals() {
    return Promise.all([api.storage.local.get('lang').then((r) => r.lang, () => undefined), acceptLanguages()]);
  }
  function table(l) {
    if (!tables[l]) {
      tables[l] = fetch(api.runtime.getURL('_locales/' + l + '/messages.json')).then((r) => r.json());
      tables[l].catch(() => { delete tables[l]; });
    }
    return tables[l];
  }
  function start() {
    if (!signals) signals = readSignals();
    signals.catch(() => { signals = null; });
    for (const l of ['ja', 'en']) table(l);
  }

  // load shows the page in a language: override (?lang=) or the remembered
  // toggle, else the one chosen from the signals. pageLang is the scam
  // page's language, when there was one. Signals started by start() are
  // used once; a later load reads them again (the toggle may have changed).
  async function load(override, pageLang) {
    if (pageLang !== undefined) page = pageLang;
    const got = signals || readSignals();
    signals = null;
    const [stored, preferred] = await got;
    lang = root.AGW.chooseLang({ chosen: override || stored, preferred, ui: api.i18n.getUILanguage(), page });
    messages = await table(lang);
    document.documentElement.lang = lang;
    for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
    for (const el of document.querySelectorAll('[data-i18n-alt]')) el.alt = t(el.dataset.i18nAlt);
    for (const el of document.querySelectorAll('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel));
    return lang;
  }
  function t(key) { return (messages[key] && messages[key].message) || key; }
  async function toggle() {
    const next = lang === 'ja' ? 'en' : 'ja';
    await api.storage.local.set({ lang: next });
    return load(next);
  }
  root.I18N = { start, load, t, toggle, get lang() { return lang; } };
})(globalThis);
