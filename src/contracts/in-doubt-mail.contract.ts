import { z } from 'zod';
import { inDoubtMailKinds } from '../db/in-doubt-mail.repository';

/** `POST /api/in-doubt-mail/:kind/:id/resolution`: which claim. */
export const inDoubtMailParams = z.object({
  kind: z.enum(inDoubtMailKinds, { message: `one of ${inDoubtMailKinds.join(', ')}` }),
  id: z.string().uuid('must be a UUID'),
});

/** What finance found in the mail server's log for the claim's Message-ID. */
export const mailResolutionSchema = z
  .object({
    outcome: z.enum(['SENT', 'NOT_SENT'], { message: 'SENT (the mail log shows it left) or NOT_SENT (it did not: send it once)' }),
    note: z.string().trim().min(3, 'say what the mail log showed (at least 3 characters)').max(500, 'at most 500 characters'),
  })
  .strict();
