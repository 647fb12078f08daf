// hooks/start.js: this window first.
// A part of hooks.js (one closure in the page's world; docs/extension.md, "The hooks' parts").
  R(wsAdd, hooked, [W]);
  install(W);
  sayHello();
