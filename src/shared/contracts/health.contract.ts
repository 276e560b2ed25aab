import { z } from 'zod';
import { channel } from './channel';

/** What the background check of the corpus file found, and what can be done about it. */
export interface HealthStatus {
  state: 'unchecked' | 'checking' | 'sound' | 'damaged' | 'recovering' | 'recovered';
  /** Why the check ran: after a crash, or because a week had passed. */
  reason: 'unclean-shutdown' | 'weekly' | null;
  checkedAt: string | null;
  /** Present when damaged: where, and which way back is open. */
  damage: {
    /** Only the full-text index, the vectors or their log: rebuilt from the passages. */
    derivedOnly: boolean;
    tables: string[];
    /** The newest backup that passed its own check, if any. */
    backup: { path: string; takenAt: string } | null;
  } | null;
  /** After a recovery: where the damaged file was kept, and what was done. */
  recovery: { kind: 'rebuild' | 'restore'; damagedFileKeptAs: string } | null;
  /** A failure of the recovery itself, as a sentence. */
  error: string | null;
}

/** The background check of the corpus file and the ways back from damage. */
export const healthContract = {
  /** The check's state; starts it when due (after an unclean shutdown, or weekly). */
  'health:status': channel<HealthStatus>()(z.object({})),
  /** Makes the full-text index, the vectors and their log again from what is intact. */
  'health:rebuild': channel<HealthStatus>()(z.object({})),
  /** Puts the newest sound backup in place; the damaged file is kept aside. */
  'health:restore': channel<HealthStatus>()(z.object({})),
};
