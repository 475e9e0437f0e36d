import { t, type MessageKey } from '../../shared/i18n';
import type { Severity } from '../../core';
import { SEVERITIES } from '../../core';
import type { ListSummary, ShownFinding } from '../../shared/messages';
import type { Client } from '../client';
import { FindingItem } from './finding-item';

const HEADINGS: Record<Severity, MessageKey> = {
  critical: 'groupCritical',
  high: 'groupHigh',
  medium: 'groupMedium',
  low: 'groupLow',
  info: 'groupInfo',
};

/** The tab's findings, most severe first, one group per severity. */
export function FindingGroups({
  client,
  findings,
  lists,
  onStatusChanged,
}: {
  client: Client;
  findings: ShownFinding[];
  lists: ListSummary[];
  onStatusChanged: () => void;
}) {
  const byId = new Map(lists.map((l) => [l.id, l]));
  return (
    <div class="groups">
      {SEVERITIES.map((sev) => {
        const group = findings.filter((f) => f.severity === sev);
        if (!group.length) return null;
        return (
          <section key={sev} class={`group ${sev}`} aria-label={t(HEADINGS[sev])}>
            <h2>
              {t(HEADINGS[sev])} <span class="count">{group.length}</span>
            </h2>
            <ul class="findings">
              {group.map((f) => (
                <FindingItem
                  key={`${f.kind}:${f.key}`}
                  client={client}
                  finding={f}
                  list={f.list ? byId.get(f.list) : undefined}
                  onStatusChanged={onStatusChanged}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
