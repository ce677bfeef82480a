import { can, type RootFieldRules } from '../../graphql/permissions.js';

export const generatorPermissions: RootFieldRules = {
  Query: {
    generators: can('get-all-generators'),
  },
  Mutation: {
    createGenerator: can('manage-generators'),
    updateGenerator: can('manage-generators'),
    deleteGenerator: can('manage-generators'),
    generateLicenseKeys: can('generate'),
  },
};
