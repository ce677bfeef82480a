import { Entity, ManyToOne, Unique, type Ref } from '@mikro-orm/core';
import { ObjectType } from 'type-graphql';
import { MetaEntry } from '../../db/meta-entry.entity.js';
import { LicenseKey } from './license-key.entity.js';

@ObjectType({ implements: MetaEntry, description: 'A key/value pair attached to a license key; the key is unique per license key.' })
@Entity({ tableName: 'license_key_meta' })
@Unique({ properties: ['licenseKey', 'key'] })
export class LicenseKeyMeta extends MetaEntry {
  @ManyToOne(() => LicenseKey, { ref: true, deleteRule: 'cascade' })
  licenseKey!: Ref<LicenseKey>;
}
