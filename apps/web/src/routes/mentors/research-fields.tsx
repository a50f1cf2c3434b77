export function ResearchFields({ fields, label }: { fields: string[]; label: string }) {
  if (fields.length === 0) return null;
  return (
    <ul className="mentor-tags" aria-label={label}>
      {fields.map((field) => (
        <li key={field} className="mentor-tags__tag">
          {field}
        </li>
      ))}
    </ul>
  );
}
