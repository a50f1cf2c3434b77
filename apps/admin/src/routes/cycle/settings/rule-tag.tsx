import { Tag } from 'antd';

/** The RULES.md ID a setting belongs to, so office staff can look the rule up. */
export function RuleTag({ rule }: { rule: string }) {
  return (
    <Tag color="geekblue" variant="filled" style={{ marginInlineStart: 8, fontSize: 11 }}>
      {rule}
    </Tag>
  );
}
