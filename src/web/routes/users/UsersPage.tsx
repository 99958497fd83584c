import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useScrollToFragment } from '../../lib/scroll-to-fragment.js';
import { useSession } from '../../lib/session.js';
import { InviteForm } from './InviteForm.js';
import { useUsers } from '../../queries/users.queries.js';
import { UserRow } from './UserRow.js';

export function UsersPage() {
  const { t } = useTranslation();
  const users = useUsers();
  const session = useSession().data;
  const selfId = session?.authenticated ? session.user.id : undefined;
  // The first-run checklist and the team panel link to the invitation form.
  useScrollToFragment(true);
  return (
    <>
      <PageTitle>{t('users.pageTitle')}</PageTitle>
      <Text mb="md">{t('users.intro')}</Text>
      <InviteForm />
      <ErrorAlert error={users.error} />
      <Table.ScrollContainer minWidth={720}>
        <Table striped>
          <Table.Caption>{t('users.tableCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('users.name')}</Table.Th>
              <Table.Th scope="col">{t('users.roles')}</Table.Th>
              <Table.Th scope="col">{t('users.statusLabel')}</Table.Th>
              <Table.Th scope="col">{t('users.twoStep')}</Table.Th>
              <Table.Th scope="col">{t('users.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data?.map((u) => (
              <UserRow key={u.id} user={u} self={u.id === selfId} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
