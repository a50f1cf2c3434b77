import { DownloadOutlined, ImportOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { AdminMentorPoolDocument } from '@yingcai/schema';
import { Button, Flex, Input, Popconfirm, Select, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useAdminTranslation } from '../../i18n/use-admin-translation';
import { LoadError } from '../../shell/load-error';
import { ServerTable } from '../../shell/server-table';
import { NoticeAlert } from '../../shell/notice-alert';
import { useDisciplines } from '../../shell/use-disciplines';
import { poolExportUrl, poolVariables, usePoolView, type PoolRow } from './pool-query';
import { useCarryOver } from './use-carry-over';

/** 导师库 (R-MENTOR-3): mentors of earlier cycles, paged and filtered by the server; the office takes them into this cycle. */
export function PoolTable({ year }: { year: number }) {
  const { t } = useAdminTranslation();
  const { view, filter, turn } = usePoolView();
  const { data, previousData, loading, error, refetch } = useQuery(AdminMentorPoolDocument, {
    variables: poolVariables(year, view),
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { disciplines, nameOf } = useDisciplines(year);
  const [selected, setSelected] = useState<PoolRow[]>([]);
  const { carryOver, carrying, notice, setNotice } = useCarryOver(year, refetch);
  const page = (data ?? previousData)?.mentorPool;
  const take = async (rows: readonly PoolRow[]) => {
    if (await carryOver(rows)) setSelected([]);
  };
  const confirmProps = { okText: t('mentorPool.confirmOk'), cancelText: t('mentorPool.confirmCancel') };

  const columns: TableColumnsType<PoolRow> = [
    { key: 'name', title: t('mentorPool.name'), sorter: true, render: (_, row) => (row.mentor.title ? `${row.mentor.name}（${row.mentor.title}）` : row.mentor.name) },
    { key: 'discipline', title: t('mentorPool.discipline'), sorter: true, render: (_, row) => nameOf(row.mentor.disciplineCode) },
    { key: 'university', title: t('mentorPool.university'), render: (_, row) => row.mentor.university.name },
    { key: 'researchFields', title: t('mentorPool.researchFields'), render: (_, row) => row.mentor.researchFields.join('、') },
    { key: 'servedYears', title: t('mentorPool.servedYears'), render: (_, row) => row.servedYears.map((y) => <Tag key={y}>{y}</Tag>) },
    {
      key: 'actions',
      title: t('mentorPool.actions'),
      fixed: 'right',
      render: (_, row) =>
        row.inCycle ? (
          <Tag color="success">{t('mentorPool.inCycle')}</Tag>
        ) : (
          <Popconfirm title={t('mentorPool.carryOverOneConfirm', { name: row.mentor.name, year })} {...confirmProps} onConfirm={() => take([row])}>
            <Button type="link" size="small" disabled={carrying}>
              {t('mentorPool.carryOverOne')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <>
      {notice && <NoticeAlert notice={notice} onClose={() => setNotice(null)} />}
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 16 }}>
        <Flex wrap gap={8}>
          <Select<string>
            aria-label={t('mentorPool.discipline')}
            placeholder={t('mentorPool.allDisciplines')}
            allowClear
            value={view.disciplineCode}
            onChange={(disciplineCode) => filter({ disciplineCode })}
            options={(disciplines ?? []).map((d) => ({ value: d.code, label: d.name }))}
            style={{ width: 180 }}
          />
          <Input.Search aria-label={t('mentorPool.search')} placeholder={t('mentorPool.search')} allowClear onSearch={(search) => filter({ search })} style={{ width: 240 }} />
        </Flex>
        <Flex wrap gap={8}>
          <Button icon={<DownloadOutlined />} href={poolExportUrl(year, view)}>
            {t('mentorPool.exportExcel')}
          </Button>
          <Popconfirm title={t('mentorPool.carryOverConfirm', { count: selected.length, year })} {...confirmProps} onConfirm={() => take(selected)} disabled={selected.length === 0}>
            <Button type="primary" icon={<ImportOutlined />} disabled={selected.length === 0} loading={carrying}>
              {selected.length ? t('mentorPool.carryOverCount', { count: selected.length }) : t('mentorPool.carryOver')}
            </Button>
          </Popconfirm>
        </Flex>
      </Flex>
      {error && !page ? (
        <LoadError title={t('mentorPool.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : (
        <ServerTable<PoolRow>
          rowKey={(row) => row.mentor.id}
          columns={columns}
          rows={page?.rows}
          total={page?.total}
          view={view}
          onViewChange={(table) => {
            setSelected([]);
            turn(table);
          }}
          loading={loading || carrying}
          totalText={(total) => t('mentorPool.total', { total })}
          emptyText={t('mentorPool.empty')}
          rowSelection={{
            selectedRowKeys: selected.map((r) => r.mentor.id),
            onChange: (_, rows) => setSelected(rows),
            // R-MENTOR-3: a mentor already in this cycle cannot be taken again.
            getCheckboxProps: (row) => ({ disabled: row.inCycle, name: row.mentor.name }),
          }}
        />
      )}
    </>
  );
}
