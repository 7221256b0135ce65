import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RowError } from '../../../core/sector-map/import-cells';

/** The rows a rejected file must fix, as the server listed them (row 1 is the header). */
export function RowErrorsTable({ errors }: { errors: RowError[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={480} mah={360}>
      <Table data-testid="import-errors" striped verticalSpacing={4} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('map.transfer.row')}</Table.Th>
            <Table.Th>{t('map.transfer.column')}</Table.Th>
            <Table.Th>{t('map.transfer.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {errors.map((error) => (
            <Table.Tr key={`${error.row}-${error.field}-${error.message}`}>
              <Table.Td>{error.row}</Table.Td>
              <Table.Td dir="ltr">
                <code>{error.field}</code>
              </Table.Td>
              <Table.Td dir="ltr" style={{ overflowWrap: 'anywhere' }}>
                {error.message}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function isRowErrorList(details: unknown): details is RowError[] {
  return (
    Array.isArray(details) &&
    details.every((item) => typeof item?.row === 'number' && typeof item?.message === 'string')
  );
}
