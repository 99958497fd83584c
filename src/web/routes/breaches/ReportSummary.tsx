import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INCIDENT_KIND_LABELS, ONGOING_LABELS, PEOPLE_BAND_LABELS, REPORT_DATA_KIND_LABELS, SELF_CHECK_LABELS } from '#content/breach.js';
import type { BreachReport } from '#core/breach/report.js';
import { Section } from '../../components/Section.js';
import { useBreachLocale, useMoment } from './format.js';

/** The staff member's report exactly as sent; it is never changed, the officer's facts live in the register. */
export function ReportSummary({ report, reportedAt }: { report: BreachReport; reportedAt: string }) {
  const { t } = useTranslation();
  const { text } = useBreachLocale();
  const moment = useMoment();
  const contact = [report.contact.name, report.contact.phone, report.contact.email].filter(Boolean).join(', ');
  const rows: [string, string][] = [
    [t('breaches.report.reportedAt'), moment(reportedAt)],
    [t('breaches.report.isBreach'), text(SELF_CHECK_LABELS[report.isBreach])],
    [t('breaches.report.whatHappened'), report.whatHappened],
    [t('breaches.report.incidentKind'), text(INCIDENT_KIND_LABELS[report.incidentKind])],
    [t('breaches.report.happenedAt'), report.happenedAt ? moment(report.happenedAt) : t('breaches.report.unknown')],
    [t('breaches.report.noticedAt'), moment(report.noticedAt)],
    [t('breaches.report.dataKinds'), report.dataKinds.map((k) => text(REPORT_DATA_KIND_LABELS[k])).join(', ')],
    [t('breaches.report.peopleBand'), text(PEOPLE_BAND_LABELS[report.peopleBand])],
    [t('breaches.report.ongoing'), text(ONGOING_LABELS[report.ongoing])],
    [t('breaches.report.actionsTaken'), report.actionsTaken || '—'],
    [t('breaches.report.department'), report.department || t('breaches.noDepartment')],
    [t('breaches.report.contact'), contact || t('breaches.report.anonymous')],
  ];
  return (
    <Section id="breach-report" title={t('breaches.report.title')}>
      <Table>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w="30%">
                {label}
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}
