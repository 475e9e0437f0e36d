/** Every problem the background reported, each on its own line (they name file, line and field). */
export function ErrorList({ title, errors }: { title: string; errors: string[] }) {
  if (!errors.length) return null;
  return (
    <div class="error-box" role="alert">
      <p>
        <strong>{title}</strong>
      </p>
      <ul class="errors">
        {errors.map((e, i) => (
          <li key={i}>{e}</li>
        ))}
      </ul>
    </div>
  );
}
