import { can, type RootFieldRules } from '../../graphql/permissions.js';

export const assignmentPermissions: RootFieldRules = {
  Mutation: {
    assignLicenseKey: can('assign-license-key'),
    // Assigning and activating needs both rights.
    assignAndActivateLicenseKey: can('assign-license-key', 'activate'),
    randomAssignLicenseKeys: can('random-assign-license-keys'),
  },
};
