import { can, type RootFieldRules } from '../../graphql/permissions.js';

export const licenseKeyStockPermissions: RootFieldRules = {
  Query: {
    licenseKeys: can('get-license-keys'),
    availableLicenseKeysCount: can('get-available-license-keys-count'),
  },
  Mutation: {
    createLicenseKeys: can('create-license-keys'),
    updateLicenseKey: can('update-license-key'),
    deleteLicenseKey: can('delete-license-key'),
  },
};
