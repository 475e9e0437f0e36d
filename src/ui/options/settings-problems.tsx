import type { SettingsView } from '../../shared/messages';

/** Policy values the background ignored, so an administrator can see why. */
export function SettingsProblems({ problems }: { problems: SettingsView['problems'] }) {
  if (!problems.length) return null;
  return (
    <div class="problems" role="alert">
      <p>
        <strong>Some settings from your organisation were ignored:</strong>
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {p.key ? <code>{p.key}</code> : 'Policy'}: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
