import type { ReactNode } from 'react';

interface HomeSectionProps {
  id: string;
  title: string;
  children: ReactNode;
  /** Shares a row with the next half section on wide screens. */
  half?: boolean;
}

export function HomeSection({ id, title, children, half = false }: HomeSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <section className={half ? 'home-section home-section--half' : 'home-section'} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}
