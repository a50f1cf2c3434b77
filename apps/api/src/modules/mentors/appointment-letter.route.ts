import type { FastifyInstance } from 'fastify';
import type { ContextOf } from '../../graphql/request-context.js';
import { attachmentDisposition } from '../../http/content-disposition.js';
import { sendError } from '../../http/error-reply.js';
import { renderAppointmentLetter } from './appointment-letter.js';
import { findAppointmentLetter } from './appointment-letter.service.js';

/** RFC 6266 / 5987: a Chinese file name for browsers, an ASCII one for the rest. */
export const letterDisposition = (letterNumber: string): string =>
  attachmentDisposition(`导师聘书-${letterNumber}.pdf`, `appointment-letter-${letterNumber}.pdf`);

/** GET /api/mentor-appointments/:id/letter.pdf — the appointment letter (导师聘书) as a PDF. */
export function registerAppointmentLetterRoute(app: FastifyInstance, contextOf: ContextOf): void {
  app.get<{ Params: { id: string } }>('/api/mentor-appointments/:id/letter.pdf', async (request, reply) => {
    try {
      const ctx = await contextOf(request, reply);
      const id = /^\d{1,10}$/.test(request.params.id) ? Number(request.params.id) : Number.NaN;
      const letter = await findAppointmentLetter(ctx.em, ctx.actor, id, ctx.now);
      const pdf = await renderAppointmentLetter(letter);
      return reply
        .type('application/pdf')
        .header('content-disposition', letterDisposition(letter.letterNumber))
        .header('cache-control', 'private, no-store')
        .send(pdf);
    } catch (error) {
      return sendError(request, reply, error);
    }
  });
}
