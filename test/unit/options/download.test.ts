// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText, localDate } from '../../../src/ui/download';

afterEach(() => vi.restoreAllMocks());

describe('downloadText', () => {
  it('clicks a temporary <a download> on an object URL of the text, then removes it', async () => {
    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:laborlens/1'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, attached: this.isConnected });
    });
    downloadText('report.csv', 'a,b\r\n', 'text/csv');
    expect(clicked).toEqual([{ href: 'blob:laborlens/1', download: 'report.csv', attached: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(await blob!.text()).toBe('a,b\r\n');
    expect(blob!.type).toBe('text/csv');
  });
});

describe('localDate', () => {
  it('formats the local date as YYYY-MM-DD', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
