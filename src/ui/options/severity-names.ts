import type { MessageKey } from '../../shared/i18n';
import type { Severity } from '../../core';

/** The message key of each severity's short name, as the options page shows it (lower case). */
export const SEVERITY_NAME: Record<Severity, MessageKey> = {
  critical: 'optSevCritical',
  high: 'optSevHigh',
  medium: 'optSevMedium',
  low: 'optSevLow',
  info: 'optSevInfo',
};
