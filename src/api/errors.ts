/** API errors: one JSON shape `{ error: { code, message } }` for every 4xx and 5xx answer. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/** An error the API answers with its own status, code and message. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) { super(message); }
}

/** A 400 for a bad parameter. */
export function badRequest(message: string, code = 'invalid_parameter'): ApiError {
  return new ApiError(400, code, message);
}

/** A 404 for an unknown id. */
export function notFound(message: string): ApiError {
  return new ApiError(404, 'not_found', message);
}

/** The body of an error answer. */
export function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } };
}

/** Fastify's own client errors, by code: a stable API code for each. */
const FASTIFY_CODES: Readonly<Record<string, string>> = Object.freeze({
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'invalid_body',
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_body',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'invalid_body',
});

/** The error handler: validation failures → 400 `invalid_parameter`, ApiError → its status, other client errors → their status, the rest → 500 without details. */
export function handleError(err: FastifyError | ApiError | Error, req: FastifyRequest, reply: FastifyReply): void {
  if (err instanceof ApiError) {
    void reply.code(err.status).send(errorBody(err.code, err.message));
    return;
  }
  const fe = err as FastifyError;
  if (fe.validation) {
    const allowed = fe.validation[0]?.params?.allowedValues;
    const more = Array.isArray(allowed) ? `: ${allowed.join(', ')}` : '';
    void reply.code(400).send(errorBody('invalid_parameter', fe.message + more));
    return;
  }
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    const code = (fe.code && FASTIFY_CODES[fe.code]) ?? (status === 404 ? 'not_found' : 'bad_request');
    void reply.code(status).send(errorBody(code, fe.message));
    return;
  }
  req.log.error({ err }, 'request failed');
  void reply.code(500).send(errorBody('internal', 'internal error (see the server log)'));
}
