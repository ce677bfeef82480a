import { can, type RootFieldRules } from '../../graphql/permissions.js';

export const licenseKeyMetaPermissions: RootFieldRules = {
  Mutation: {
    createLicenseKeyMeta: can('create-license-key-meta'),
    updateLicenseKeyMeta: can('update-license-key-meta'),
    deleteLicenseKeyMeta: can('delete-license-key-meta'),
  },
};
