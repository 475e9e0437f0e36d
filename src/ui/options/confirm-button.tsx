import { t } from '../../shared/i18n';
import { useEffect, useRef, useState } from 'preact/hooks';

interface Props {
  /** The first button's label. */
  label: string;
  /** What will happen, asked before doing it. */
  question: string;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  disabled?: boolean;
  danger?: boolean;
}

/** A two-step button. The question is asked in the page: window.confirm blocks and can be suppressed. */
export function ConfirmButton({ label, question, confirmLabel, onConfirm, disabled, danger }: Props) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button
        type="button"
        class={danger ? 'danger-outline' : undefined}
        disabled={disabled}
        onClick={() => setAsking(true)}
      >
        {label}
      </button>
    );
  }
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <div class="confirm" role="group" aria-label={label}>
      <p class="confirm-question">{question}</p>
      <div class="row">
        <button type="button" ref={yes} class={danger ? 'danger' : 'primary'} disabled={busy} onClick={confirm}>
          {confirmLabel}
        </button>
        <button type="button" disabled={busy} onClick={() => setAsking(false)}>
          {t('optCancel')}
        </button>
      </div>
    </div>
  );
}
