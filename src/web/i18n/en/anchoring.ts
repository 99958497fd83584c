import type { anchoring as nl } from '../nl/anchoring.js';
import type { Translation } from '../types.js';

export const anchoring: Translation<typeof nl> = {
  title: 'Anchoring checklist',
  intro:
    'Record where what works gets a permanent place: in the policy, the onboarding programme, the work instructions, the recurring training and the PDCA cycle or management review (NEN 7510). Give every item an owner in the line organisation. If a part does not fit your organisation, mark it "not applicable" and write down why.',
  progress: '{{settled}} of {{total}} items settled ({{done}} anchored, {{notApplicable}} not applicable)',
  empty: 'No items yet. Start with the standard items: one for each part of the method.',
  addStandard: 'Add standard items',
  add: 'Add item',
  areaEmpty: 'No item for this part yet.',
  listLabel: 'Items for {{area}}',
  noOwner: 'Nobody yet',
  noDue: 'No date',
  edit: 'Edit',
  editFor: 'Edit {{description}}',
  remove: 'Remove',
  removeFor: 'Remove {{description}}',
  removeTitle: 'Remove this item?',
  removeText: 'The item disappears from the anchoring checklist. This cannot be undone.',
  statusFor: 'Status of {{description}}',
  fields: {
    owner: 'Owner',
    due: 'Due',
    status: 'Status',
    note: 'Note',
  },
  form: {
    addLegend: 'New item',
    editLegend: 'Edit item',
    area: 'Part',
    description: 'What is being anchored?',
    owner: 'Owner',
    nobody: 'Nobody yet',
    someoneElse: 'Someone else (name only)',
    ownerName: "Owner's name",
    due: 'Due (date)',
    status: 'Status',
    note: 'Note: where it is laid down, or why it does not apply',
    save: 'Save item',
    cancel: 'Cancel',
  },
};
