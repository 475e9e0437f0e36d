import { t } from '../../shared/i18n';
import type { SettingsView } from '../../shared/messages';

/** Policy values the background ignored, so an administrator can see why. */
export function SettingsProblems({ problems }: { problems: SettingsView['problems'] }) {
  if (!problems.length) return null;
  return (
    <div class="problems" role="alert">
      <p>
        <strong>{t('optProblemsTitle')}</strong>
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {p.key ? <code>{p.key}</code> : t('optProblemPolicy')}: {p.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
