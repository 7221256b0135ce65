import { Accordion, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../api/types';

/** What each role means, folded away by default so the member list stays first. */
export function RolesReference() {
  const { t } = useTranslation();
  return (
    <Accordion variant="contained">
      <Accordion.Item value="roles">
        <Accordion.Control>{t('members.aboutRoles')}</Accordion.Control>
        <Accordion.Panel>
          <Table>
            <Table.Tbody>
              {ROLES.map((role) => (
                <Table.Tr key={role}>
                  <Table.Th w={140} style={{ verticalAlign: 'top' }}>
                    {t(`roles.${role}.name`)}
                  </Table.Th>
                  <Table.Td>
                    <Text size="sm">{t(`roles.${role}.description`)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
