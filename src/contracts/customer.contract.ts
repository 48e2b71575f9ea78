import { z } from 'zod';

export const newCustomerSchema = z
  .object({
    name: z.string().trim().min(2, 'at least 2 characters').max(200, 'at most 200 characters'),
    taxId: z.string().trim().regex(/^[0-9A-Z]{8,20}$/, 'a tax id is 8–20 capital letters and digits, e.g. a unified social credit code'),
    industry: z.string().trim().min(2).max(100),
    industryRisk: z.enum(['low', 'medium', 'high']),
    parentCustomerId: z.string().uuid().optional(),
    contactName: z.string().trim().min(1).max(100).optional(),
    contactPhone: z.string().trim().regex(/^\+?[0-9][0-9 -]{5,19}$/, 'digits, spaces and dashes, 6–20 characters').optional(),
    contactEmail: z.string().trim().email('an e-mail address').max(200).optional(),
    /** Where dunning letters are posted (the company's address, not personal data). */
    postalAddress: z.string().trim().min(5).max(300).optional(),
    legalRepresentative: z.string().trim().min(1).max(100).optional(),
    legalRepresentativeIdNumber: z.string().trim().regex(/^[0-9A-Z]{6,18}$/, 'an identity or passport number: 6–18 capital letters and digits').optional(),
  })
  .strict();
export type NewCustomer = z.infer<typeof newCustomerSchema>;
