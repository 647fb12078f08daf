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

  // load shows the page in a language: override (?lang=) or the remembered
  // toggle, else the one chosen from the signals. pageLang is the scam
  // page's language, when there was one.
  async function load(override, pageLang) {
    if (pageLang !== undefined) page = pageLang;
    const stored = (await api.storage.local.get('lang')).lang;
    lang = root.AGW.chooseLang({ chosen: override || stored, preferred: await acceptLanguages(), ui: api.i18n.getUILanguage(), page });
    const r = await fetch(api.runtime.getURL('_locales/' + lang + '/messages.json'));
    messages = await r.json();
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
  root.I18N = { load, t, toggle, get lang() { return lang; } };
})(globalThis);
