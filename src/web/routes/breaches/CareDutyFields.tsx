import { SimpleGrid, Stack, Text } from '@mantine/core';
import { CARE_DUTY_TEXT } from '#content/breach.js';
import { useBreachLocale, useFieldLabel } from './format.js';
import { MomentInput, registerFieldId, YesNo, type RegisterPartProps } from './RegisterFields.js';

/**
 * The facts behind the care duties beside the 72 hours (core care-duties.ts): a care incident to tell
 * the patient about, the incident report, and, for organisations under the Cyberbeveiligingswet only,
 * the early warning to the CSIRT. Each moment marks its duty done.
 */
export function CareDutyFields({ value, set, error, cbwApplies }: Omit<RegisterPartProps, 'warningId'> & { cbwApplies: boolean }) {
  const { text } = useBreachLocale();
  const label = useFieldLabel();
  const named = (field: keyof typeof value) => ({ id: registerFieldId(field), label: label(field), error: error(field) });
  return (
    <>
      <Stack gap="xs">
        <Text size="sm">{text(CARE_DUTY_TEXT.patientDisclosure.explanation)}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <YesNo {...named('careIncident')} value={value.careIncident} onChange={set('careIncident')} />
          {value.careIncident === true && (
            <MomentInput {...named('patientToldOfIncidentAt')} value={value.patientToldOfIncidentAt} onChange={set('patientToldOfIncidentAt')} />
          )}
        </SimpleGrid>
      </Stack>
      <Stack gap="xs">
        <Text size="sm">{text(CARE_DUTY_TEXT.incidentReport.explanation)}</Text>
        <MomentInput {...named('vimReportedAt')} value={value.vimReportedAt} onChange={set('vimReportedAt')} />
      </Stack>
      {cbwApplies && (
        <Stack gap="xs">
          <Text size="sm">{text(CARE_DUTY_TEXT.csirtWarning.explanation)}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <YesNo {...named('significantIncident')} value={value.significantIncident} onChange={set('significantIncident')} />
            {value.significantIncident === true && <MomentInput {...named('csirtWarnedAt')} value={value.csirtWarnedAt} onChange={set('csirtWarnedAt')} />}
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}
