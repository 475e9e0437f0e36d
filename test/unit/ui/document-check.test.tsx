// @vitest-environment happy-dom
// The popup's "Check this document" on a tab showing a PDF or spreadsheet: asks for the site
// only when needed, then opens the file page on the document's URL.
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkPageUrl, DocumentCheck, isDocumentUrl } from '../../../src/ui/popup/document-check';
import { fakeClient } from './fake-client';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

async function mount(url: string, allowed: boolean) {
  const client = fakeClient();
  client.allowFeedHost = vi.fn(async () => allowed);
  const el = document.createElement('div');
  document.body.append(el);
  render(<DocumentCheck client={client} url={url} />, el);
  await Promise.resolve();
  return { client, el };
}

describe('DocumentCheck', () => {
  it('is offered for PDF, XLSX, DOCX and CSV addresses only', () => {
    expect(isDocumentUrl('https://ariba.example/docs/Q-12.PDF')).toBe(true);
    expect(isDocumentUrl('https://x.example/master.xlsx')).toBe(true);
    expect(isDocumentUrl('https://x.example/supplier.html')).toBe(false);
    expect(isDocumentUrl('file:///home/me/q.pdf')).toBe(false);
  });
  it('asks for the site, then opens the file page on the document', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { client, el } = await mount('https://docs.example/q.pdf', true);
    el.querySelector('button')!.click();
    await vi.waitFor(() => expect(open).toHaveBeenCalled());
    expect(client.allowFeedHost).toHaveBeenCalledWith('https://docs.example/q.pdf');
    expect(open.mock.calls[0]?.[0]).toBe(checkPageUrl('https://docs.example/q.pdf'));
  });
  it('says so and opens nothing when access is declined', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { el } = await mount('https://docs.example/q.pdf', false);
    el.querySelector('button')!.click();
    await vi.waitFor(() =>
      expect(el.querySelector('[role=alert]')?.textContent).toMatch(/docs\.example.*nothing was checked/),
    );
    expect(open).not.toHaveBeenCalled();
  });
  it('shows nothing on an ordinary page', async () => {
    const { el } = await mount('https://www.alibaba.com/supplier', true);
    expect(el.querySelector('button')).toBeNull();
  });
});
