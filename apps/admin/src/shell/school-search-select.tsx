import { useQuery } from '@apollo/client/react';
import { AdminSchoolsDocument } from '@yingcai/schema';
import { Select } from 'antd';
import { useState, type CSSProperties } from 'react';

interface SchoolSearchSelectProps {
  value?: string;
  onChange?: (schoolId: string | undefined) => void;
  placeholder: string;
  'aria-label'?: string;
  style?: CSSProperties;
}

/** One school of the register, searched by name on the server (20 at a time); cleared means every school. */
export function SchoolSearchSelect({ value, onChange, placeholder, style, ...rest }: SchoolSearchSelectProps) {
  const [search, setSearch] = useState('');
  const { data } = useQuery(AdminSchoolsDocument, { variables: { filter: search ? { name: search } : {}, page: { page: 1, pageSize: 20 } } });
  return (
    <Select<string>
      aria-label={rest['aria-label']}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={placeholder}
      value={value}
      onChange={(schoolId) => onChange?.(schoolId)}
      options={(data?.schools.rows ?? []).map((s) => ({ value: s.id, label: s.name }))}
      style={style}
    />
  );
}
