// Where a file comes from: dropped, chosen, or one of the demo's samples. Nothing is uploaded:
// the bytes go to this page's own worker.
import { useState } from 'preact/hooks';

export interface PickedFile {
  name: string;
  data: ArrayBuffer;
}

/** The demo's sample files, shipped in the extension (public/samples). */
export const SAMPLES = ['sample-quote.pdf', 'sample-suppliers.xlsx'] as const;
export type SampleName = (typeof SAMPLES)[number];
export const isSample = (name: string): name is SampleName => (SAMPLES as readonly string[]).includes(name);

export async function loadSample(name: SampleName): Promise<PickedFile> {
  const res = await fetch(`samples/${name}`);
  if (!res.ok) throw new Error(`the sample ${name} is missing from this build`);
  return { name, data: await res.arrayBuffer() };
}

const ACCEPT = '.pdf,.xlsx,.xls,.csv,.tsv,.txt,.docx,.doc,.html,.htm';

export function FileSource({ onFile, busy }: { onFile: (f: PickedFile) => void; busy: boolean }) {
  const [over, setOver] = useState(false);
  const take = async (file: File | undefined) => {
    if (file) onFile({ name: file.name, data: await file.arrayBuffer() });
  };
  const sample = async (name: SampleName) => onFile(await loadSample(name));
  return (
    <section
      class={`drop${over ? ' over' : ''}`}
      aria-label="Choose a file to check"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void take(e.dataTransfer?.files[0]);
      }}
    >
      <p>
        <strong>Drop a quote, an invoice or a supplier list here</strong>, or{' '}
        <label class="pick">
          choose a file
          <input
            type="file"
            accept={ACCEPT}
            disabled={busy}
            onChange={(e) => {
              const input = e.currentTarget;
              void take(input.files?.[0]).finally(() => (input.value = ''));
            }}
          />
        </label>
        .
      </p>
      <p class="muted small">
        PDF, Excel (.xlsx), CSV, Word (.docx), HTML or text, up to 50 MB. The file is read in this browser tab; nothing
        is sent anywhere.
      </p>
      <p class="samples">
        Try it:{' '}
        <button type="button" disabled={busy} onClick={() => void sample('sample-quote.pdf')}>
          sample quote (PDF)
        </button>{' '}
        <button type="button" disabled={busy} onClick={() => void sample('sample-suppliers.xlsx')}>
          sample supplier master (XLSX)
        </button>
      </p>
    </section>
  );
}
