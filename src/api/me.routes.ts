import { Router } from 'express';
import { allowRolesOf } from './auth/basic-auth';

/** Who is logged in (the pages show it and adapt to the role). */
export function meRoutes(): Router {
  const router = Router();
  router.get('/', allowRolesOf('GET /api/me'), (request, response) => {
    const { username, displayName, role } = request.user!;
    response.json({ username, displayName, role });
  });
  return router;
}
