import { z } from 'zod';

/** What a dispute is about (DOMAIN §5: quality, documents; plus quantity, price and anything else). */
export const disputeCategories = ['QUALITY', 'QUANTITY', 'DOCUMENTS', 'PRICE', 'OTHER'] as const;
export const disputeCategorySchema = z.enum(disputeCategories);
export type DisputeCategory = z.infer<typeof disputeCategorySchema>;

const disputedAmount = z.number().positive('must be greater than 0').max(1_000_000_000).multipleOf(0.01, 'at most 2 decimals');
const disputeReason = z.string().trim().min(5, 'at least 5 characters: what the customer says is wrong').max(2000);

/**
 * ONE shape of the `dispute-raised` message, wherever it is caught: the lifecycle's dispute event
 * sub-process (by applicationId) and the dunning of the invoice (by receivableId) receive the same
 * variables: the category as a code, the customer's reason as free text.
 */
export const disputeRaisedMessageSchema = z.object({
  applicationId: z.string().uuid('must be a UUID'),
  /** The disputed invoice; with it, the invoice's dunning pauses too. */
  receivableId: z.string().trim().regex(/^[0-9A-Za-z-]{4,40}$/, 'the invoice number: 4–40 letters, digits and dashes').optional(),
  disputedAmount,
  disputeCategory: disputeCategorySchema,
  disputeReason,
});
export type DisputeRaisedMessage = z.infer<typeof disputeRaisedMessageSchema>;

/**
 * The API's `dispute-raised` event: the message's shape, strict; the category is also taken in the
 * lower case earlier clients sent ("quality") and published as its code ("QUALITY").
 */
export const disputeRaisedEventSchema = disputeRaisedMessageSchema
  .extend({
    disputeCategory: z
      .enum([...disputeCategories, ...disputeCategories.map((category) => category.toLowerCase() as Lowercase<DisputeCategory>)])
      .transform((category) => category.toUpperCase() as DisputeCategory),
  })
  .strict();

/** What a dunning call records when the customer disputes on the phone: the same facts, the call notes as the reason. */
export const disputeOnCallSchema = z.object({ disputedAmount, disputeCategory: disputeCategorySchema });
