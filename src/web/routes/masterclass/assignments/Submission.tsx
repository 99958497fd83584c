import { Suspense } from 'react';
import { Loading } from '#web/components/Loading.js';
import { lazyWithTexts } from '#web/lib/lazyWithTexts.js';

/** Loaded when an answer is opened, with the worksheets' field names its linked worksheet is shown with. */
const SubmissionDetails = lazyWithTexts(
  async () => (await import('./SubmissionDetails.js')).SubmissionDetails,
  ['common', 'masterclass', 'mcAssignments', 'worksheets'],
);

export function Submission(props: Parameters<typeof SubmissionDetails>[0]) {
  return (
    <Suspense fallback={<Loading />}>
      <SubmissionDetails {...props} />
    </Suspense>
  );
}
