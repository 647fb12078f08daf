// hooks/realms.js: every same-origin realm the page makes is hooked the moment it exists.
// A part of hooks.js (one closure in the page's world; docs/extension.md, "The hooks' parts").
  const hooked = new WeakSet();
  const lengthGet = (() => { const d = getDesc(W, 'length'); return d && d.get; })();

  // hookRealm hooks a window this frame can reach (its own, a fresh iframe's,
  // a window.open('') pop-up). Cross-origin windows throw and are left to
  // their own content scripts.
  function hookRealm(w) {
    try {
      if (!w || R(wsHas, hooked, [w])) return;
      // Touching a property throws for a cross-origin window.
      if (!w.document) return;
      R(wsAdd, hooked, [w]);
      install(w);
    } catch (e) { /* cross-origin or gone */ }
  }
  // hookChildren hooks every child browsing context of w that exists now.
  function hookChildren(w) {
    let n = 0;
    try { n = lengthGet ? R(lengthGet, w, []) : w.length; } catch (e) { return; }
    for (let i = 0; i < n && i < 1000; i++) {
      let c = null;
      try { c = w[i]; } catch (e) { c = null; }
      if (c) hookRealm(c);
    }
  }

  function install(w) {
    const nav = w.navigator;
    const ok = (name) => typeof w[name] === 'function' && w[name].prototype;
    const doc = () => w.document;

    // Function.prototype.toString answers for a wrapper as for its original.
    hookMethod(w.Function && w.Function.prototype, 'toString', (self, args, orig) => R(orig, nativeOf(self), args));

    // New realms: hooked the moment they exist.
    const INSERTERS = [
      ['Node', ['appendChild', 'insertBefore', 'replaceChild']],
      ['Element', ['append', 'prepend', 'before', 'after', 'replaceWith', 'replaceChildren', 'insertAdjacentElement', 'insertAdjacentHTML', 'setHTMLUnsafe']],
      ['CharacterData', ['before', 'after', 'replaceWith']],
      ['DocumentType', ['before', 'after', 'replaceWith']],
      ['Document', ['append', 'prepend', 'replaceChildren', 'write', 'writeln', 'open']],
      ['DocumentFragment', ['append', 'prepend', 'replaceChildren']],
      ['ShadowRoot', ['setHTMLUnsafe']],
      ['Range', ['insertNode', 'surroundContents']],
    ];
    each(INSERTERS, (row) => {
      const C = ok(row[0]) ? w[row[0]].prototype : null;
      each(row[1], (name) => hookMethod(C, name, (self, args, orig) => {
        try { return R(orig, self, args); } finally { hookChildren(w); }
      }));
    });
    each([['Element', 'innerHTML'], ['Element', 'outerHTML'], ['ShadowRoot', 'innerHTML'], ['HTMLIFrameElement', 'srcdoc'], ['HTMLIFrameElement', 'src']], (row) => {
      const C = ok(row[0]) ? w[row[0]].prototype : null;
      const d = C && getDesc(C, row[1]);
      if (!d || !d.set || d.configurable === false) return;
      const set = d.set;
      const ws = wrap(set, (self, args) => { try { return R(set, self, args); } finally { hookChildren(w); } });
      try { defineProperty(C, row[1], { get: d.get, set: ws, configurable: true, enumerable: d.enumerable }); } catch (e) {}
    });
    each(['HTMLIFrameElement', 'HTMLFrameElement', 'HTMLObjectElement'], (cname) => {
      const C = ok(cname) ? w[cname].prototype : null;
      hookGetter(C, 'contentWindow', (self, g) => { const cw = R(g, self, []); hookRealm(cw); return cw; });
      hookGetter(C, 'contentDocument', (self, g) => {
        const cd = R(g, self, []);
        try { if (cd) hookRealm(cd.defaultView); } catch (e) {}
        return cd;
      });
    });

    hookFullscreenAndLocks(w, nav);
    hookClipboard(w, nav, doc);
    hookPrompts(w, nav);
    hookTraps(w);
    hookSound(w, nav);

    disarms[disarms.length] = () => {
      const d = doc();
      try { if (d.fullscreenElement) R(exitFullscreen, d, []); } catch (e) {}
      try { if (d.webkitFullscreenElement && d.webkitExitFullscreen) d.webkitExitFullscreen(); } catch (e) {}
      try { if (d.pointerLockElement) d.exitPointerLock(); } catch (e) {}
      try { if (nav.keyboard && nav.keyboard.unlock) nav.keyboard.unlock(); } catch (e) {}
      try { w.speechSynthesis && w.speechSynthesis.cancel(); } catch (e) {}
      try { d.querySelectorAll('audio, video').forEach((m) => { m.pause(); m.muted = true; }); } catch (e) {}
      try { w.onbeforeunload = null; w.onunload = null; w.onpagehide = null; } catch (e) {}
    };
    const exitFullscreen = w.Document.prototype.exitFullscreen;
    hookChildren(w);
    watchParser(w);
  }

  // watchParser hooks the iframes the HTML parser makes (`<iframe></iframe>`
  // in the page's own markup): the parser runs pending microtasks, so this
  // observer's callback, before the next inline script can reach the frame.
  function watchParser(w) {
    try {
      const MO = w.MutationObserver;
      if (typeof MO !== 'function') return;
      const mo = new MO(() => hookChildren(w));
      R(MO.prototype.observe, mo, [w.document, { childList: true, subtree: true }]);
    } catch (e) { /* no observer: the insertion hooks remain */ }
  }
