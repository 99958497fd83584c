import { Accordion, List, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SubstepGuidance } from '#content/types.js';
import { useLocalized } from '../../lib/localized.js';

const ITEM = 'guidance';

/**
 * The method's guidance for one sub-step (what, how, tips, examples and its worksheet), in a
 * section that folds away: open at first where the work is the worksheet, folded where a tool
 * needs the room. Remount it (a key) to start each sub-step in its own state.
 */
export function Guidance({ guidance, hasForm, open }: { guidance: SubstepGuidance; hasForm: boolean; open: boolean }) {
  const { t } = useTranslation();
  const l = useLocalized();
  const section = (id: string, title: string, body: React.ReactNode) => (
    <section aria-labelledby={id}>
      <Title order={3} size="h5" id={id} mt="sm" mb="xs">
        {title}
      </Title>
      {body}
    </section>
  );
  return (
    <Accordion variant="contained" order={2} defaultValue={open ? ITEM : null}>
      <Accordion.Item value={ITEM}>
        <Accordion.Control>
          <Text span fw={700} size="lg">
            {t('navigator.guidance')}
          </Text>
        </Accordion.Control>
        <Accordion.Panel>
          {/* Two columns from tablet width: lines stay short enough to read. */}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" verticalSpacing={0}>
            <div>
              {section('guidance-what', t('navigator.what'), <Text>{l(guidance.purpose)}</Text>)}
              {section(
                'guidance-how',
                t('navigator.how'),
                l(guidance.approach)
                  .split(/\n\n+/)
                  .map((para, i) => (
                    <Text key={i} mb="xs">
                      {para}
                    </Text>
                  )),
              )}
            </div>
            <div>
              {guidance.tips.length > 0 &&
                section(
                  'guidance-tips',
                  t('navigator.tips'),
                  <List spacing="xs">
                    {guidance.tips.map((tip, i) => (
                      <List.Item key={i}>{l(tip)}</List.Item>
                    ))}
                  </List>,
                )}
              {guidance.examples.length > 0 &&
                section(
                  'guidance-examples',
                  t('navigator.examples'),
                  <List spacing="xs">
                    {guidance.examples.map((ex, i) => (
                      <List.Item key={i}>{l(ex)}</List.Item>
                    ))}
                  </List>,
                )}
              {guidance.worksheet &&
                section(
                  'guidance-worksheet',
                  t('navigator.worksheet'),
                  <>
                    <Text>{l(guidance.worksheet)}</Text>
                    {!hasForm && (
                      <Text size="sm" mt="xs">
                        {t('navigator.worksheetLater')}
                      </Text>
                    )}
                  </>,
                )}
            </div>
          </SimpleGrid>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
