import { z } from 'zod';

const bpmnXml = z.string().min(1, 'the BPMN XML').max(1_000_000, 'at most 1 MB of XML').refine((xml) => xml.includes('definitions'), 'must be BPMN 2.0 XML (a definitions element)');

/** Operaton's id of one deployed process version: `<process id>:<version>:<id>` (or the bare id of a very long process id). */
const processDefinitionId = z.string().regex(/^[A-Za-z_][\w.-]{0,254}:\d{1,9}:[0-9a-f-]{1,64}$|^[0-9a-f-]{36}$/, 'a process definition id (process:version:id)');

/** `POST /api/models/lint`: the same lint as the deployment gate. */
export const lintRequestSchema = z.object({ xml: bpmnXml, fileName: z.string().trim().min(1).max(200).default('draft.bpmn') }).strict();

/** `POST /api/models/drafts`: a process owner's draft, deployed only after a second process owner approves. */
export const newDraftSchema = z
  .object({
    fileName: z.string().trim().regex(/^[\w .()-]{1,150}\.bpmn$/, 'a file name ending in .bpmn (letters, digits, space, . _ - ( ))'),
    xml: bpmnXml,
    baseProcessDefinitionId: processDefinitionId.optional(),
    comment: z.string().trim().min(3, 'say what changed and why (at least 3 characters)').max(2000),
  })
  .strict();
export type NewDraft = z.infer<typeof newDraftSchema>;

export const draftIdParams = z.object({ id: z.string().uuid('must be a UUID') });
export const processDefinitionIdParams = z.object({ processDefinitionId });
export const approvalSchema = z.object({ comment: z.string().trim().max(2000).optional() }).strict();
