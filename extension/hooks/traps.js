// hooks/traps.js: dialogs, history, leaving handlers, pop-ups, print.
// A part of hooks.js (one closure in the page's world; docs/extension.md, "The hooks' parts").
  // --- traps: dialogs, history, beforeunload, pop-ups, print ---------------
  function hookTraps(w) {
    each([['alert', undefined], ['confirm', false], ['prompt', null]], (row) => hookMethod(w, row[0], (self, args, orig) => {
      report('dialog', str(args[0]));
      if (blocked() || flooding('dialog')) return row[1];
      return R(orig, self, args);
    }));
    each(['pushState', 'replaceState'], (name) => hookMethod(w.History.prototype, name, (self, args, orig) => {
      report('history', '');
      if (blocked() || flooding('history')) return undefined;
      return R(orig, self, args);
    }));
    // Leaving the page: beforeunload, unload and pagehide handlers never run
    // once the page is blocked, whichever realm's addEventListener added
    // them and however it was called (a bare addEventListener(...) has no
    // `this`: the browser takes the global). beforeunload is a trap and is
    // reported; unload and pagehide are not (analytics use them), but a kit's
    // handler must not run on its way out either (review 9).
    const gated = new WM();
    const add = w.EventTarget.prototype.addEventListener;
    // A window of this frame, or any other (a frame with its own copy of the
    // hooks calling this realm's function on the top window): a window is
    // its own `window`.
    const isWindow = (t) => {
      if (t === w) return true;
      if (t === null || typeof t !== 'object') return false;
      if (R(wsHas, hooked, [t])) return true;
      try { return t.window === t; } catch (e) { return false; }
    };
    hookMethod(w.EventTarget.prototype, 'addEventListener', (self, args, orig) => {
      const listener = args[1];
      const target = self == null ? w : self;
      const type = lower(str(args[0]));
      if (listener && UNLOADS[type] && isWindow(target)) {
        if (type === 'beforeunload') report('beforeunload', '');
        let g = R(wmGet, gated, [listener]);
        if (!g) {
          g = function (e) {
            if (blocked()) return undefined;
            return typeof listener === 'function' ? R(listener, this, [e]) : listener.handleEvent(e);
          };
          R(wmSet, gated, [listener, g]);
        }
        return R(add, target, [args[0], g, args[2]]);
      }
      return R(orig, target, args);
    });
    hookMethod(w.EventTarget.prototype, 'removeEventListener', (self, args, orig) => {
      const g = args[1] ? R(wmGet, gated, [args[1]]) : null;
      return R(orig, self == null ? w : self, [args[0], g || args[1], args[2]]);
    });
    each(['onbeforeunload', 'onunload', 'onpagehide'], (prop) => {
      const desc = getDesc(w, prop) || getDesc(w.Window.prototype, prop);
      if (!desc || !desc.set || desc.configurable === false) return;
      let handler = null;
      try {
        defineProperty(w, prop, {
          configurable: true,
          get: wrap(desc.get || desc.set, () => handler),
          set: wrap(desc.set, (self, args) => {
            handler = typeof args[0] === 'function' ? args[0] : null;
            if (handler && prop === 'onbeforeunload') report('beforeunload', '');
            const h = handler;
            R(desc.set, w, [h ? function (e) { return blocked() ? undefined : R(h, this, [e]); } : null]);
          }),
        });
      } catch (e) { /* leave it */ }
    });
    hookMethod(w, 'open', (self, args, orig) => {
      report('window-open', cut(str(args[0]), 300));
      if (blocked() || (!uaGet() && flooding('window-open'))) return null;
      const opened = R(orig, self, args);
      hookRealm(opened); // window.open('') is a same-origin realm at once
      if (opened) popups.add(opened); // closed on block
      return opened;
    });
    hookMethod(w, 'print', (self, args, orig) => {
      report('print', '');
      return blocked() || flooding('print') ? undefined : R(orig, self, args);
    });
    each(['moveTo', 'resizeTo', 'moveBy', 'resizeBy'],
      (name) => hookMethod(w, name, (self, args, orig) => { report('window-move', name); return blocked() ? undefined : R(orig, self, args); }));
    hookTopLayer(w);
    // The page's DOM observers never run once the page is blocked: an
    // observer is the one way a page's script answers, before the next
    // paint, AlertGuard putting its cover back (it could take it away as
    // often as the cover comes back; content.js, the veil).
    hookCtor(w, 'MutationObserver', (args, nt, MO) => {
      const cb = args[0];
      const gatedCb = typeof cb === 'function' ? function (records, obs) { return blocked() ? undefined : R(cb, this, [records, obs]); } : cb;
      return construct(MO, [gatedCb], nt);
    });
  }

  // hookTopLayer: once the page is blocked nothing of its own enters the
  // top layer, where it would be over AlertGuard's cover (content.js, the
  // veil): showModal, showPopover, togglePopover and showPicker (a
  // customizable select's picker is a popover) do nothing, nor do script
  // clicks (click(), a dispatched click), which would work a declarative
  // invoker (popovertarget, commandfor) (full screen is a hold, refused on
  // block); and in every shadow root the page attaches (where the content
  // script's listener on the window does not hear beforetoggle) an opening
  // is cancelled by our listener, the root's first.
  function hookTopLayer(w) {
    const E = w.Element && w.Element.prototype;
    const H = w.HTMLElement && w.HTMLElement.prototype;
    const D = w.HTMLDialogElement && w.HTMLDialogElement.prototype;
    const matches = E && E.matches;
    const isOpen = (el) => { try { return !!R(matches, el, [':popover-open']); } catch (e) { return false; } };
    hookMethod(D, 'showModal', (self, args, orig) => (blocked() ? undefined : R(orig, self, args)));
    hookMethod(H, 'showPopover', (self, args, orig) => (blocked() ? undefined : R(orig, self, args)));
    hookMethod(H, 'togglePopover', (self, args, orig) => (blocked() && !isOpen(self) ? false : R(orig, self, args)));
    each(['HTMLSelectElement', 'HTMLInputElement'], (c) => hookMethod(w[c] && w[c].prototype, 'showPicker', (self, args, orig) => (blocked() ? undefined : R(orig, self, args))));
    hookMethod(H, 'click', (self, args, orig) => (blocked() ? undefined : R(orig, self, args)));
    const typeGet = (getDesc(w.Event.prototype, 'type') || {}).get;
    const CLICKS = create(null);
    CLICKS.click = true; CLICKS.DOMActivate = true;
    hookMethod(w.EventTarget && w.EventTarget.prototype, 'dispatchEvent', (self, args, orig) => {
      if (blocked()) {
        let type = '';
        try { type = str(R(typeGet, args[0], [])); } catch (e) { /* not an event: the original throws */ }
        if (CLICKS[type]) return false;
      }
      return R(orig, self, args);
    });
    const newStateGet = w.ToggleEvent && (getDesc(w.ToggleEvent.prototype, 'newState') || {}).get;
    const refuseOpening = (e) => {
      if (!blocked()) return;
      try { if (newStateGet && R(newStateGet, e, []) !== 'open') return; } catch (err) { return; }
      R(stopImmediate, e, []);
      R(preventDefault, e, []);
    };
    hookMethod(E, 'attachShadow', (self, args, orig) => {
      const root = R(orig, self, args);
      try { R(addListener, root, ['beforetoggle', refuseOpening, true]); } catch (e) { /* no events */ }
      return root;
    });
  }
