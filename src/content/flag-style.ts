// Styles live inside each flag's shadow root, reset from the page's (`all: initial`). Only the mark
// and an open card take pointer events (see ./flag-card.ts); the mark sits just before the text's
// first character, never over it.
export const FLAG_CSS = `
:host { all: initial; }
.mark {
  all: initial; position: absolute; left: -15px; top: calc(50% - 7px); z-index: 2147483646; pointer-events: auto;
  display: block; min-width: 13px; height: 13px; padding: 0 2px; margin: 0; border: 0; box-sizing: border-box;
  border-radius: 7px; font: bold 9px/13px system-ui, sans-serif; text-align: center; color: #fff;
  box-shadow: 0 0 0 1.5px #fff, 0 1px 3px rgba(0,0,0,.45); cursor: help; user-select: none;
}
.mark:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.line { all: initial; position: absolute; left: 0; right: 0; bottom: -2px; height: 2px; border-radius: 1px; pointer-events: none; }
.critical { background: #b00020; } .high { background: #b84700; } .medium { background: #7d6608; }
.low { background: #2e6da4; } .info { background: #5b6270; }
.card {
  all: initial; display: none; position: absolute; left: 0; top: calc(100% + 4px); z-index: 2147483647; pointer-events: none;
  width: 24rem; max-width: 80vw; max-height: 55vh; overflow-y: auto; padding: 10px 12px; border-radius: 8px;
  background: #fff; color: #1f2937; border: 1px solid #d1d5db; box-shadow: 0 6px 24px rgba(0,0,0,.25);
  font: 13px/1.4 system-ui, sans-serif; white-space: normal; text-align: left; box-sizing: border-box;
}
:host([data-open]) .card, :host([data-peek]) .card, :host([data-shown]) .card { display: block; }
:host([data-open]) .card { pointer-events: auto; }
.card:focus { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.title { display: block; font-weight: 700; color: #fff; padding: 2px 6px; border-radius: 4px; margin-bottom: 6px; width: max-content; max-width: 100%; }
.name { display: block; font-weight: 600; margin-bottom: 4px; }
.why { display: block; }
a { display: block; margin-top: 4px; color: #1d4ed8; text-decoration: underline; font-size: 12px; }
a:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
.list { display: block; color: #4b5563; font-size: 12px; margin-top: 4px; }
.next { display: block; margin-top: 8px; border-top: 1px solid #e5e7eb; padding-top: 6px; }
.next-title { display: block; font-weight: 600; }
ol { margin: 4px 0 0; padding-left: 18px; } li { margin: 2px 0; }
:host([data-up]) .card { top: auto; bottom: calc(100% + 10px); }
:host([data-left]) .card { left: auto; right: 0; }
:host([data-presentation]) .card { width: 36rem; font-size: 18px; padding: 16px 20px; }
:host([data-presentation]) .mark { transform: scale(1.6); transform-origin: right center; }
@media (prefers-color-scheme: dark) {
  .card { background: #111827; color: #f3f4f6; border-color: #374151; }
  .list { color: #9ca3af; }
  a { color: #93c5fd; }
}
`;
