import { can, type RootFieldRules } from '../../graphql/permissions.js';

export const assignmentQueuePermissions: RootFieldRules = {
  Query: {
    assignmentJob: can('random-assign-license-keys-queued'),
  },
  Mutation: {
    queueRandomAssignLicenseKeys: can('random-assign-license-keys-queued'),
  },
};
