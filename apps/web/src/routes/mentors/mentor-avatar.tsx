/** The mentor's photo, or the first character of their name when there is none. */
export function MentorAvatar({ name, photoUrl, large = false }: { name: string; photoUrl: string | null; large?: boolean }) {
  const className = `mentor-avatar${large ? ' mentor-avatar--large' : ''}`;
  if (photoUrl) return <img className={className} src={photoUrl} alt="" loading="lazy" />;
  return (
    <span className={className} aria-hidden="true">
      {[...name][0]}
    </span>
  );
}
