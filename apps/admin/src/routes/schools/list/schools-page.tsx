import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { AdminSchoolsDocument, CycleSettingsDocument, type SchoolOwnership, type SchoolType } from '@yingcai/schema';
import { Alert, Button, Flex, Input, Select, Space, type TableColumnsType } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useAdminTranslation } from '../../../i18n/use-admin-translation';
import { useCycleSelection } from '../../../shell/cycle-selection';
import { LoadError } from '../../../shell/load-error';
import { ServerTable } from '../../../shell/server-table';
import { FIRST_PAGE, OWNERSHIPS, SCHOOL_TYPES, schoolsExportUrl, schoolsVariables, type SchoolRow, type SchoolsView } from './schools-query';

// The dialogs (antd Modal, Form, Upload) load when the office first opens one, not with the list.
const SchoolDialog = lazy(() => import('./school-dialog').then((m) => ({ default: m.SchoolDialog })));
const ImportDialog = lazy(() => import('./import-dialog').then((m) => ({ default: m.ImportDialog })));

type Dialog = { kind: 'create' } | { kind: 'edit'; school: SchoolRow } | { kind: 'import' };

/** 学校名录: the office's school register, paged, sorted and filtered by the server; add, edit, import, export. */
export function SchoolsPage() {
  const { t } = useAdminTranslation();
  const { year } = useCycleSelection();
  const [view, setView] = useState<SchoolsView>(FIRST_PAGE);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(AdminSchoolsDocument, {
    variables: schoolsVariables(view),
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // The districts table of the selected cycle names the districts in the filter and the form.
  const { data: cycleData } = useQuery(CycleSettingsDocument, { variables: { year: year ?? 0 }, skip: year === undefined });
  const districts = cycleData?.cycle?.districts ?? [];
  const page = (data ?? previousData)?.schools;
  const filter = (change: Partial<SchoolsView>) => setView((current) => ({ ...current, ...change, page: 1 }));
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
    void refetch();
  };

  const columns: TableColumnsType<SchoolRow> = [
    { key: 'name', title: t('schools.name'), dataIndex: 'name', sorter: true },
    {
      key: 'district',
      title: t('schools.district'),
      sorter: true,
      render: (_, row) => (row.districtName ? `${row.districtName}（${row.districtCode}）` : row.districtCode),
    },
    { key: 'schoolType', title: t('schools.schoolType'), render: (_, row) => t(`schoolType.${row.schoolType}`) },
    { key: 'ownership', title: t('schools.ownership'), render: (_, row) => t(`ownership.${row.ownership}`) },
    {
      key: 'actions',
      title: t('schools.actions'),
      fixed: 'right',
      render: (_, school) => (
        <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', school })}>
          {t('schools.edit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      {notice && <Alert type="success" showIcon role="status" title={notice} closable={{ onClose: () => setNotice(null) }} style={{ marginBottom: 16 }} />}
      <Flex wrap gap={8} justify="space-between" style={{ marginBottom: 16 }}>
        <Flex wrap gap={8}>
          <Input.Search aria-label={t('schools.search')} placeholder={t('schools.search')} allowClear onSearch={(name) => filter({ name })} style={{ width: 240 }} />
          <Select<string>
            aria-label={t('schools.district')}
            placeholder={t('schools.allDistricts')}
            allowClear
            value={view.districtCode}
            onChange={(districtCode) => filter({ districtCode })}
            options={districts.map((d) => ({ value: d.code, label: d.name }))}
            style={{ width: 140 }}
          />
          <Select<SchoolType>
            aria-label={t('schools.schoolType')}
            placeholder={t('schools.allTypes')}
            allowClear
            value={view.schoolType}
            onChange={(schoolType) => filter({ schoolType })}
            options={SCHOOL_TYPES.map((value) => ({ value, label: t(`schoolType.${value}`) }))}
            style={{ width: 140 }}
          />
          <Select<SchoolOwnership>
            aria-label={t('schools.ownership')}
            placeholder={t('schools.allOwnerships')}
            allowClear
            value={view.ownership}
            onChange={(ownership) => filter({ ownership })}
            options={OWNERSHIPS.map((value) => ({ value, label: t(`ownership.${value}`) }))}
            style={{ width: 140 }}
          />
        </Flex>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={schoolsExportUrl(view)}>
            {t('schools.exportExcel')}
          </Button>
          <Button icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })}>
            {t('schools.import')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
            {t('schools.add')}
          </Button>
        </Space>
      </Flex>
      {error && !page ? (
        <LoadError title={t('schools.loadFailed')} error={error} onRetry={() => void refetch()} />
      ) : (
        <ServerTable<SchoolRow>
          rowKey="id"
          columns={columns}
          rows={page?.rows}
          total={page?.total}
          loading={loading}
          view={view}
          onViewChange={(next) => setView((current) => ({ ...current, ...next }))}
          totalText={(total) => t('schools.total', { total })}
          emptyText={t('schools.empty')}
        />
      )}
      <Suspense fallback={null}>
        {dialog?.kind === 'create' && <SchoolDialog districts={districts} onClose={() => setDialog(null)} onDone={done} />}
        {dialog?.kind === 'edit' && <SchoolDialog school={dialog.school} districts={districts} onClose={() => setDialog(null)} onDone={done} />}
        {dialog?.kind === 'import' && <ImportDialog onClose={() => setDialog(null)} onDone={done} />}
      </Suspense>
    </>
  );
}
