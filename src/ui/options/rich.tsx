import { Fragment, type ComponentChild } from 'preact';
import { t, type MessageKey } from '../../shared/i18n';

// Private-use characters stand in for the parts while the browser fills in the message, so a
// translation may move $1..$9 anywhere and the markup (<strong>, <code>) goes where it says.
const MARK = 0xe000;
const SPLIT = /([\uE000-\uE008])/;

/** The message for `key` with $1..$9 replaced by `parts`, which may be elements. */
export function rich(key: MessageKey, ...parts: ComponentChild[]): ComponentChild[] {
  const marks = parts.map((_p, i) => String.fromCharCode(MARK + i));
  return t(key, ...marks)
    .split(SPLIT)
    .filter((s) => s !== '')
    .map((s, i) => {
      const n = s.length === 1 ? s.charCodeAt(0) - MARK : -1;
      return <Fragment key={i}>{n >= 0 && n < parts.length ? parts[n] : s}</Fragment>;
    });
}
