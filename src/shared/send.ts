// The one way every context talks to the background: typed by the message map.
import browser from 'webextension-polyfill';
import type { Envelope, MessageName, Reply, Req, Res } from './messages';

export async function send<K extends MessageName>(name: K, payload: Req<K>): Promise<Res<K>> {
  const envelope: Envelope<K> = { laborlens: 1, name, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new Error(`No answer from LaborLens background to ${name}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
