/** Actors: people and organisations, with their roles over time. */
import { z } from 'zod';
import { Id, IsoDateSchema, Jurisdiction, Notes, SourceRefs } from './common.ts';

export const RoleSchema = z.strictObject({
  title: z.string().min(1),
  jurisdiction: Jurisdiction.optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});

export const ActorSchema = z.strictObject({
  id: Id,
  name: z.string().min(1),
  kind: z.enum(['person', 'organisation', 'government']),
  jurisdiction: Jurisdiction.optional(),
  roles: z.array(RoleSchema).optional(),
  sources: SourceRefs,
  notes: Notes.optional(),
});

export type Actor = z.infer<typeof ActorSchema>;
export type Role = z.infer<typeof RoleSchema>;

/** True when a role (its bounds are days, both in it) is held on `date`. */
export const roleHeldOn = (
  role: { readonly from?: string | undefined; readonly to?: string | undefined },
  date: string,
): boolean =>
  (role.from === undefined || role.from <= date) && (role.to === undefined || date <= role.to);
