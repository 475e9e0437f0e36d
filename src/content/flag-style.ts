// Styles live inside each flag's shadow root, reset from the page's (`all: initial`).
export const FLAG_CSS = `
:host { all: initial; }
.mark {
  all: initial; position: absolute; left: -7px; top: -8px; z-index: 2147483646; pointer-events: auto;
  display: inline-block; min-width: 13px; height: 13px; padding: 0 2px; box-sizing: border-box;
  border-radius: 7px; font: bold 9px/13px system-ui, sans-serif; text-align: center; color: #fff;
  box-shadow: 0 0 0 1.5px #fff, 0 1px 3px rgba(0,0,0,.45); cursor: help; user-select: none;
}
.line { all: initial; position: absolute; left: 0; right: 0; bottom: -2px; height: 2px; border-radius: 1px; pointer-events: auto; cursor: help; }
.critical { background: #b00020; } .high { background: #d35400; } .medium { background: #9a7d0a; }
.low { background: #2e6da4; } .info { background: #6b7280; }
.card {
  all: initial; display: none; position: absolute; left: 0; top: 100%; z-index: 2147483647; pointer-events: auto;
  width: 24rem; max-width: 80vw; max-height: 55vh; overflow-y: auto; padding: 10px 12px; border-radius: 8px;
  background: #fff; color: #1f2937; border: 1px solid #d1d5db; box-shadow: 0 6px 24px rgba(0,0,0,.25);
  font: 13px/1.4 system-ui, sans-serif; white-space: normal; text-align: left;
}
:host(:hover) .card, :host(:focus) .card, :host(:focus-within) .card { display: block; }
:host(:focus) .mark { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.title { display: block; font-weight: 700; color: #fff; padding: 2px 6px; border-radius: 4px; margin-bottom: 6px; width: max-content; }
.name { display: block; font-weight: 600; margin-bottom: 4px; }
.why { display: block; }
a { display: block; margin-top: 4px; color: #1d4ed8; text-decoration: underline; font-size: 12px; }
.list { display: block; color: #4b5563; font-size: 12px; margin-top: 4px; }
.next { display: block; margin-top: 8px; border-top: 1px solid #e5e7eb; padding-top: 6px; }
.next-title { display: block; font-weight: 600; }
ol { margin: 4px 0 0; padding-left: 18px; } li { margin: 2px 0; }
:host([data-up]) .card { top: auto; bottom: calc(100% + 10px); }
:host([data-left]) .card { left: auto; right: 0; }
:host([data-presentation]) .card { width: 36rem; font-size: 18px; padding: 16px 20px; }
:host([data-presentation]) .mark { transform: scale(1.6); transform-origin: bottom right; }
@media (prefers-color-scheme: dark) {
  .card { background: #111827; color: #f3f4f6; border-color: #374151; }
  .list { color: #9ca3af; }
  a { color: #93c5fd; }
}
`;
