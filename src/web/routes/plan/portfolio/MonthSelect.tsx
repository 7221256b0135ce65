import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { monthLabel } from '../../../../core/planning/portfolio';
import { usePlanLabels } from './usePlanLabels';

interface MonthSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  /** The plan's first month, 'YYYY-MM'. */
  startMonth: string;
  /** How many months to offer (the plan horizon); a chosen later month is always offered too. */
  months: number;
  value: number | null;
  onChange: (offset: number | null) => void;
}

/** A month of the plan, stored as an offset from its start and shown as a date ("Mar 2028"). */
export function MonthSelect({ startMonth, months, value, onChange, ...props }: MonthSelectProps) {
  const labels = usePlanLabels();
  const data = useMemo(() => {
    const count = Math.min(601, Math.max(months, (value ?? 0) + 1));
    return Array.from({ length: count }, (_, offset) => ({
      value: String(offset),
      label: labels.yearMonth(monthLabel(startMonth, offset)),
    }));
  }, [startMonth, months, value, labels]);
  return (
    <Select
      searchable
      data={data}
      value={value === null ? null : String(value)}
      onChange={(next) => onChange(next === null ? null : Number(next))}
      {...props}
    />
  );
}
