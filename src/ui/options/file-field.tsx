import type { Ref } from 'preact';

interface Props {
  id: string;
  label: string;
  accept: string;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  onFile: (file: File | null) => void;
}

/** A labelled file picker that hands back the chosen file (read later with File.text()). */
export function FileField({ id, label, accept, disabled, inputRef, onFile }: Props) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        ref={inputRef}
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(e) => onFile(e.currentTarget.files?.[0] ?? null)}
      />
    </div>
  );
}
