import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert.js';
import { PageTitle } from '../../components/PageTitle.js';
import { ConfirmButton } from '../../components/ConfirmButton.js';
import { LibraryBrowser } from './LibraryBrowser.js';
import { OwnInterventionForm } from './OwnInterventionForm.js';
import { useLibrary, useRemoveOwn, type LibraryItem } from '../../queries/interventions.queries.js';

/**
 * The intervention library for everyone logged in: the built-in interventions and the
 * organisation's own. Who may edit (the API says so) adds, edits and removes the own ones here.
 */
export function LibraryPage() {
  const { t } = useTranslation();
  const library = useLibrary();
  const remove = useRemoveOwn();
  const canEdit = library.data?.canEdit ?? false;
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  /** The element that gets focus after a form closes or an item disappears, by DOM id. */
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const ids = useId();
  const addButtonId = `${ids}-add`;
  const browseId = `${ids}-browse`;
  const editButtonId = (item: LibraryItem) => `${ids}-edit-${item.id}`;

  useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const startAdding = () => {
    setEditing(null);
    setAdding(true);
  };
  const doneAdding = () => {
    setAdding(false);
    setFocusTarget(addButtonId);
  };
  const startEditing = (item: LibraryItem) => {
    setAdding(false);
    setEditing(item.id);
  };
  const doneEditing = (item: LibraryItem) => {
    setEditing(null);
    setFocusTarget(editButtonId(item));
  };
  const removeItem = async (item: LibraryItem) => {
    await remove.mutateAsync(item.id);
    if (editing === item.id) setEditing(null);
    setFocusTarget(browseId);
  };

  const ownActions = (item: LibraryItem) => {
    if (item.source !== 'own') return null;
    if (editing === item.id) return <OwnInterventionForm key={item.id} item={item} titleOrder={4} onDone={() => doneEditing(item)} />;
    return (
      <Group gap="xs">
        <Button id={editButtonId(item)} size="xs" variant="default" onClick={() => startEditing(item)} aria-label={t('library.editFor', { title: item.title })}>
          {t('library.edit')}
        </Button>
        <ConfirmButton
          label={t('library.remove')}
          ariaLabel={t('library.removeFor', { title: item.title })}
          title={t('library.removeTitle')}
          text={t('library.removeText', { title: item.title })}
          confirmLabel={t('library.remove')}
          color="red"
          variant="light"
          size="xs"
          onConfirm={() => removeItem(item)}
        />
      </Group>
    );
  };

  return (
    <>
      <PageTitle>{t('library.pageTitle')}</PageTitle>
      <Stack gap="md">
        <div>
          <Text>{t('library.intro')}</Text>
          {canEdit && <Text mt="xs">{t('library.editIntro')}</Text>}
        </div>
        <ErrorAlert error={remove.error} />
        {canEdit &&
          (adding ? (
            <OwnInterventionForm onDone={doneAdding} />
          ) : (
            <div>
              <Button id={addButtonId} onClick={startAdding}>
                {t('library.add')}
              </Button>
            </div>
          ))}
        <section aria-labelledby={browseId}>
          <Title order={2} size="h4" id={browseId} tabIndex={-1} mb="sm">
            {t('library.browseTitle')}
          </Title>
          <LibraryBrowser sections renderOwnActions={canEdit ? ownActions : undefined} />
        </section>
      </Stack>
    </>
  );
}
