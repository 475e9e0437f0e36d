import type { Finding } from '../../core/engine-api';
import type { ListSummary } from '../../shared/messages';

const KIND = { supplier: 'Supplier', hs: 'HS code', origin: 'Origin' } as const;

export function FindingItem({ finding: f, list }: { finding: Finding; list?: ListSummary }) {
  return (
    <li class={`finding ${f.severity}`} data-kind={f.kind} data-severity={f.severity} data-key={f.key}>
      <span class={`sev ${f.severity}`}>{f.severity}</span>
      <span class="what">
        <span class="kind">{KIND[f.kind]}</span> <strong class="key">{f.key}</strong>
      </span>
      <span class="why">{f.explanation}</span>
      {list && (
        <span class="source">
          {list.name}, as of {list.asOf} ·{' '}
          <a href={list.sourceUrl} target="_blank" rel="noopener noreferrer">
            source
          </a>
        </span>
      )}
    </li>
  );
}
