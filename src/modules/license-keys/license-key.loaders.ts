import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/core';
import { groupBy } from '../../db/batch.js';
import { Activation } from './activation.entity.js';
import { LicenseKeyMeta } from './license-key-meta.entity.js';

export function createLicenseKeyLoaders(em: EntityManager) {
  return {
    activationsByLicenseKeyId: new DataLoader<number, Activation[]>(async (ids) => {
      const rows = await em.find(Activation, { licenseKey: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
      return groupBy(ids, rows, (row) => row.licenseKey.id);
    }),
    licenseKeyMetaByLicenseKeyId: new DataLoader<number, LicenseKeyMeta[]>(async (ids) => {
      const rows = await em.find(LicenseKeyMeta, { licenseKey: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
      return groupBy(ids, rows, (row) => row.licenseKey.id);
    }),
  };
}
