import { can, type RootFieldRules } from '../../graphql/permissions.js';

export const licenseKeyClientPermissions: RootFieldRules = {
  Query: {
    verifyLicenseKey: can('verify'),
    licenseKeyDetails: can('get-license-key-details'),
  },
  Mutation: {
    activateLicenseKey: can('activate'),
    deactivateLicenseKey: can('deactivate'),
  },
};
