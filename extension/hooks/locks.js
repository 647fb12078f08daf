// hooks/locks.js: full screen, keyboard lock and pointer lock.
// A part of hooks.js (one closure in the page's world; docs/extension.md, "The hooks' parts").
  // --- full screen and locks: judged at the moment they are asked for --------
  function hookFullscreenAndLocks(w, nav) {
    const E = w.Element && w.Element.prototype;
    each(['requestFullscreen', 'webkitRequestFullscreen', 'webkitRequestFullScreen', 'mozRequestFullScreen', 'msRequestFullscreen'],
      (name) => hookMethod(E, name, (self, args, orig) => held('fullscreen', str(self && self.tagName), () => R(orig, self, args))));
    hookMethod(E, 'requestPointerLock', (self, args, orig) => held('pointer-lock', str(self && self.tagName), () => R(orig, self, args)));
    if (nav.keyboard && w.Keyboard) {
      hookMethod(w.Keyboard.prototype, 'lock', (self, args, orig) => held('keyboard-lock', str(args[0]), () => R(orig, self, args)));
    }
  }
