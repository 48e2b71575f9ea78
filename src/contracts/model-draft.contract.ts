import { z } from 'zod';

const bpmnXml = z.string().min(1, 'the BPMN XML').max(1_000_000, 'at most 1 MB of XML').refine((xml) => xml.includes('definitions'), 'must be BPMN 2.0 XML (a definitions element)');

/** `POST /api/models/lint`: the same lint as the deployment gate. */
export const lintRequestSchema = z.object({ xml: bpmnXml, fileName: z.string().trim().min(1).max(200).default('draft.bpmn') }).strict();

/** `POST /api/models/drafts`: a process owner's draft, deployed only after a second process owner approves. */
export const newDraftSchema = z
  .object({
    fileName: z.string().trim().regex(/^[\w .()-]{1,150}\.bpmn$/, 'a file name ending in .bpmn (letters, digits, space, . _ - ( ))'),
    xml: bpmnXml,
    baseProcessDefinitionKey: z.string().regex(/^\d{1,19}$/, 'a process definition key (digits)').optional(),
    comment: z.string().trim().min(3, 'say what changed and why (at least 3 characters)').max(2000),
  })
  .strict();
export type NewDraft = z.infer<typeof newDraftSchema>;

export const draftIdParams = z.object({ id: z.string().uuid('must be a UUID') });
export const processDefinitionKeyParams = z.object({ processDefinitionKey: z.string().regex(/^\d{1,19}$/, 'a process definition key (digits)') });
export const approvalSchema = z.object({ comment: z.string().trim().max(2000).optional() }).strict();
