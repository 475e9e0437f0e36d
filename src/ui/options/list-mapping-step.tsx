// The column-mapping step of a list import: which column is the supplier name, the country...,
// guessed from the header, changeable, remembered per file layout, with everything assumed shown
// before the user imports.
import { FIELD_LABEL, LIST_FIELDS, type ConvertedList, type ListField, type ListMapping } from '../../core';

export function ListMappingStep({
  converted,
  role,
  onMapping,
}: {
  converted: ConvertedList;
  role: 'watch' | 'cleared';
  onMapping: (m: ListMapping) => void;
}) {
  const fields = LIST_FIELDS.filter((f) => role === 'cleared' || !f.startsWith('cleared'));
  const rows = converted.text.split('\n').filter(Boolean).length - 1;
  return (
    <div class="mapping-step" role="group" aria-label="Columns of the file">
      <p>
        <strong>Check how the file is read</strong> ({rows.toLocaleString()} rows). Change a column if it is wrong; this
        choice is remembered for files with the same columns.
      </p>
      <table class="mapping-table">
        <thead>
          <tr>
            <th scope="col">Column in the file</th>
            <th scope="col">Read as</th>
          </tr>
        </thead>
        <tbody>
          {converted.header.map((h) => (
            <tr key={h}>
              <td>{h}</td>
              <td>
                <select
                  aria-label={`Read column ${h} as`}
                  value={converted.mapping[h] ?? ''}
                  onChange={(e) => {
                    const v = e.currentTarget.value as ListField | '';
                    const next: ListMapping = { ...converted.mapping };
                    // One column per field: choosing a field here frees it elsewhere.
                    for (const k of Object.keys(next)) if (v && next[k] === v) next[k] = '';
                    next[h] = v;
                    onMapping(next);
                  }}
                >
                  <option value="">ignore</option>
                  {fields.map((f) => (
                    <option key={f} value={f}>
                      {FIELD_LABEL[f]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {converted.assumed.length > 0 && (
        <>
          <p>Assumed:</p>
          <ul class="assumed">
            {converted.assumed.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
