// Routes typed messages to handlers. Only our own extension may talk to us, and only our own
// extension pages (popup, options, demo) may send state-changing messages; a content script,
// which a hostile page can drive, may only ask questions.
import browser, { type Runtime } from 'webextension-polyfill';
import { CONTENT_ALLOWED, type MessageName, type Reply, type Req, type Res } from '../shared/messages';
import { InvalidMessage, parseEnvelope } from '../shared/validate';

export type Handler<K extends MessageName> = (payload: Req<K>, sender: Runtime.MessageSender) => Promise<Res<K>>;
export type HandlerTable = { [K in MessageName]: Handler<K> };

export function isExtensionPage(sender: Runtime.MessageSender): boolean {
  const base = browser.runtime.getURL('');
  return sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(base);
}

export function listen(handlers: HandlerTable): void {
  browser.runtime.onMessage.addListener(
    (raw: unknown, sender: Runtime.MessageSender): Promise<Reply<MessageName>> | undefined => {
      if (sender.id !== browser.runtime.id) return undefined; // other extensions: refused
      return dispatch(handlers, raw, sender);
    },
  );
}

async function dispatch(
  handlers: HandlerTable,
  raw: unknown,
  sender: Runtime.MessageSender,
): Promise<Reply<MessageName>> {
  try {
    const env = parseEnvelope(raw);
    if (!CONTENT_ALLOWED.has(env.name) && !isExtensionPage(sender)) {
      return { ok: false, error: `${env.name} is only accepted from LaborLens pages` };
    }
    const handler = handlers[env.name] as Handler<MessageName>;
    return { ok: true, value: await handler(env.payload, sender) };
  } catch (e) {
    const error =
      e instanceof InvalidMessage ? `Invalid message: ${e.message}` : e instanceof Error ? e.message : String(e);
    if (!(e instanceof InvalidMessage)) console.error('LaborLens handler failed', e);
    return { ok: false, error };
  }
}
