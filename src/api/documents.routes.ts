import { Router, type RequestHandler } from 'express';
import multer from 'multer';
import { z } from 'zod';
import { documentKinds, maxDocumentBytes } from '../domain/documents/document-kind';
import { InputError } from '../domain/errors';
import { allowRolesOf } from './auth/basic-auth';
import type { DocumentService } from './document.service';
import { parseOrThrow } from './validation';

const uploadFields = z.object({ applicationId: z.string().uuid('must be a UUID'), kind: z.enum(documentKinds) }).strict();
const idParams = z.object({ id: z.string().uuid('must be a UUID') });

/** One file per upload, in memory up to the limit; multer's refusals become field-level 400s. */
function singleFile(): RequestHandler {
  const parse = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxDocumentBytes, files: 1, fields: 5, fieldSize: 1024 } }).single('file');
  return (request, response, next) => {
    parse(request, response, (error: unknown) => {
      if (error instanceof multer.MulterError) {
        const message = error.code === 'LIMIT_FILE_SIZE' ? `larger than ${maxDocumentBytes / 1024 / 1024} MB` : error.message;
        next(new InputError('The upload was refused.', [{ field: error.field ?? 'file', message }]));
        return;
      }
      next(error);
    });
  };
}

export function documentsRoutes(service: DocumentService): Router {
  const router = Router();
  router.post('/', allowRolesOf('POST /api/documents'), singleFile(), async (request, response) => {
    const fields = parseOrThrow(uploadFields, request.body, 'upload');
    if (!request.file) throw new InputError('No file was uploaded.', [{ field: 'file', message: 'is required' }]);
    request.rawBody = request.file.buffer;
    const { created, document } = await service.upload({
      ...fields,
      fileName: request.file.originalname.slice(0, 255),
      content: request.file.buffer,
      uploadedBy: request.user?.username ?? 'unknown',
    });
    response.locals.auditTarget = `document/${document.id}`;
    response.status(created ? 201 : 200).location(`/api/documents/${document.id}`).json(document);
  });
  router.get('/:id', allowRolesOf('GET /api/documents/:id'), async (request, response) => {
    const { id } = parseOrThrow(idParams, request.params, 'document id');
    response.json(await service.metadata(id));
  });
  router.get('/:id/content', allowRolesOf('GET /api/documents/:id/content'), async (request, response) => {
    const { id } = parseOrThrow(idParams, request.params, 'document id');
    const { document, content } = await service.content(id);
    response.type(document.mediaType).setHeader('Content-Disposition', `attachment; filename="${encodeURIComponent(document.fileName)}"`);
    response.setHeader('Digest', `sha-256=${Buffer.from(document.sha256, 'hex').toString('base64')}`);
    response.send(content);
  });
  return router;
}
