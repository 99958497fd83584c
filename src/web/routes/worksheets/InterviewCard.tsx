import { Autocomplete, Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { lacksConsent, type Interview } from '#core/research/interviews.js';
import { fieldError } from '../../components/fieldError.js';
import { PatientDataWarning } from '../../components/PatientDataWarning.js';
import { newId, removeRow, updateRow } from '../../lib/rows.js';
import { FindingFields } from './FindingFields.js';
import { RemoveRowButton } from '../../components/RemoveRowButton.js';

/** A script of the guide, folded, to read aloud during the interview. */
function Script({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <details>
      <summary>{title}</summary>
      <Text size="sm" px="xs" pt={4} style={{ whiteSpace: 'pre-line' }}>
        {text.trim() || t('worksheets.research.noScript')}
      </Text>
    </details>
  );
}

/**
 * One interview in the order it is held: the opening to read aloud and the consent, who (role and
 * department, never a name) and which of the duo asked and wrote, the notes and coded findings, the closing.
 */
export function InterviewCard(props: {
  interview: Interview;
  index: number;
  /** The guide's scripts, as saved in the worksheet being edited. */
  opening: string;
  closing: string;
  /** Names of the core team, offered for the duo's roles. */
  team: readonly string[];
  onChange: (patch: Partial<Interview>) => void;
  onRemove: () => void;
  readOnly: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const { interview: iv, index, opening, closing, team, onChange, onRemove, readOnly, error } = props;
  const n = index + 1;
  const path = `fields.interviews.${index}`;
  const err = (field: string) => fieldError(error, `${path}.${field}`);
  const warningId = `interview-${iv.id}-warning`;
  const findingsTitleId = `interview-${iv.id}-findings`;
  const consentHintId = `interview-${iv.id}-consent-hint`;
  const findings = iv.findings;
  const withoutConsent = lacksConsent(iv);

  return (
    <Paper withBorder p="sm" component="fieldset">
      <Text component="legend" fw={700}>
        {t('worksheets.research.interviewN', { n })}
      </Text>
      <Stack gap="xs">
        <Script title={t('worksheets.research.opening')} text={opening} />
        <Checkbox
          label={t('worksheets.research.consent')}
          description={t('worksheets.research.consentHint')}
          checked={iv.consent}
          onChange={(e) => onChange({ consent: e.currentTarget.checked })}
          disabled={readOnly}
          aria-describedby={withoutConsent ? consentHintId : undefined}
          error={err('consent')}
        />
        {withoutConsent && (
          <Text id={consentHintId} size="sm" fw={700}>
            {t('worksheets.research.consentMissing')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            type="date"
            label={t('worksheets.research.date')}
            value={iv.date ?? ''}
            onChange={(e) => onChange({ date: e.currentTarget.value || null })}
            readOnly={readOnly}
            error={err('date')}
          />
          <TextInput
            label={t('worksheets.research.role')}
            description={t('worksheets.research.roleHint')}
            value={iv.role}
            onChange={(e) => onChange({ role: e.currentTarget.value })}
            readOnly={readOnly}
            error={err('role')}
          />
          <TextInput
            label={t('worksheets.research.department')}
            description={t('worksheets.research.departmentHint')}
            value={iv.department}
            onChange={(e) => onChange({ department: e.currentTarget.value })}
            readOnly={readOnly}
            error={err('department')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Autocomplete
            label={t('worksheets.research.interviewer')}
            description={t('worksheets.research.duoHint')}
            data={[...team]}
            value={iv.interviewer}
            onChange={(interviewer) => onChange({ interviewer })}
            readOnly={readOnly}
            error={err('interviewer')}
          />
          <Autocomplete
            label={t('worksheets.research.noteTaker')}
            description={t('worksheets.research.duoHint')}
            data={[...team]}
            value={iv.noteTaker}
            onChange={(noteTaker) => onChange({ noteTaker })}
            readOnly={readOnly}
            error={err('noteTaker')}
          />
        </SimpleGrid>
        <div>
          <PatientDataWarning id={warningId} />
          <Textarea
            label={t('worksheets.research.notes')}
            autosize
            minRows={3}
            value={iv.notes}
            onChange={(e) => onChange({ notes: e.currentTarget.value })}
            readOnly={readOnly}
            aria-describedby={warningId}
            error={err('notes')}
          />
        </div>
        <section aria-labelledby={findingsTitleId}>
          <Text id={findingsTitleId} fw={700} size="sm" mb={4}>
            {t('worksheets.research.findingsTitle', { n })}
          </Text>
          <Stack gap="xs">
            {findings.length === 0 && <Text size="sm">{t('worksheets.research.noFindings')}</Text>}
            {findings.map((f, j) => (
              <FindingFields
                key={f.id}
                finding={f}
                n={j + 1}
                path={`${path}.findings.${j}`}
                warningId={warningId}
                onChange={(patch) => onChange({ findings: updateRow(findings, f.id, patch) })}
                onRemove={() => onChange({ findings: removeRow(findings, f.id) })}
                readOnly={readOnly}
                error={error}
              />
            ))}
            {err('findings') && (
              <Text size="sm" c="red" role="alert">
                {err('findings')}
              </Text>
            )}
            {!readOnly && (
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => onChange({ findings: [...findings, { id: newId(), text: '', kind: 'barrier', factors: [] }] })}
                >
                  {t('worksheets.research.addFinding')}
                </Button>
              </Group>
            )}
          </Stack>
        </section>
        <Script title={t('worksheets.research.closing')} text={closing} />
        {!readOnly && (
          <Group justify="flex-end">
            <RemoveRowButton
              name={iv.role.trim() ? `${t('worksheets.research.interviewN', { n })} (${iv.role.trim()})` : t('worksheets.research.interviewN', { n })}
              onRemove={onRemove}
            />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
