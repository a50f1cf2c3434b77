import { Descriptions } from 'antd';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import type { ParticipationRow, TeamPerson } from './participation-query';

/** "李明（副校长） 138****5678": a team member as the API sends them, phone masked. */
export function personLine(person: TeamPerson | null): string {
  if (!person) return '—';
  const title = person.title ? `（${person.title}）` : '';
  return [`${person.name}${title}`, person.phone].filter(Boolean).join(' ');
}

/** The discipline's name in the cycle, or its code when the cycle no longer has it. */
export const disciplineName = (disciplines: readonly { code: string; name: string }[], code: string): string =>
  disciplines.find((d) => d.code === code)?.name ?? code;

/** R-ORG-2: a submitted guidance team, read-only, phones masked. */
export function TeamSummary({ team, disciplines }: { team: ParticipationRow['team']; disciplines: readonly { code: string; name: string }[] }) {
  const { t } = useAdminTranslation();
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      title={t('participation.team')}
      items={[
        { key: 'leader', label: t('participation.leader'), children: personLine(team.leader) },
        { key: 'contact', label: t('participation.contact'), children: personLine(team.contact) },
        {
          key: 'teachers',
          label: t('participation.teachers'),
          children: team.teachers.length
            ? team.teachers.map((teacher, index) => (
                <div key={index}>
                  {t('participation.teacherLine', { discipline: disciplineName(disciplines, teacher.disciplineCode), person: personLine(teacher.person) })}
                </div>
              ))
            : '—',
        },
      ]}
    />
  );
}
