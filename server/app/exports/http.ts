import type { Express, Request, Response } from 'express';
import { create as contentDisposition } from 'content-disposition';
import type ExcelJS from 'exceljs';
import { execute, GraphQLError, isEnumType, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Access } from '../../core/access.js';
import type { Context } from '../../core/context.js';
import { AppError, badInput, toClientError, type ErrorCode } from '../../core/errors.js';
import { unsafeTextError } from '../input-text.js';
import { EXPORT_LANGS, EXPORT_WORDS, type ExportLang, type ExportWords } from './labels.js';

/**
 * Excel exports over plain HTTP GET (`/export/<name>.xlsx?…`), authenticated exactly like the
 * API (the same Bearer token or session cookie, app/http.ts `requestContext`).
 *
 * An export reads through the API itself: each runs fixed GraphQL documents (validated against
 * the schema at start) with the viewer's own Context, so the filters, their checks, the
 * visibility rules and the field rules (a hidden reporter stays hidden) are the queries' own: one
 * rule, one place. What the API would refuse is refused with its code and HTTP status
 * (UNAUTHENTICATED 401, FORBIDDEN 403, NOT_FOUND 404, BAD_USER_INPUT 400) as the GraphQL error
 * shape (`{ errors: [{ message, extensions: { code, fields } }] }`), and no file. The workbook is
 * built whole before the first byte is sent, so a failure half-way sends no partial file.
 */

/** What a URL parameter may hold. `enum` names the schema's enum its (comma-separated) values come from. */
export interface ParamSpec {
  kind: 'id' | 'text' | 'boolean' | 'month' | 'date' | 'instant' | 'list';
  required?: boolean;
  enum?: string;
}

export type ParamValues = Record<string, string | boolean | string[] | undefined>;

/** Runs one of the export's documents as the viewer; throws the first error as the API would answer it. */
export type Runner = <T>(document: DocumentNode, variables: Record<string, unknown>) => Promise<T>;

export interface ExportInput {
  params: ParamValues;
  lang: ExportLang;
  words: ExportWords;
  run: Runner;
  /** The viewer's rights, for a module policy an export applies where its query answers silently. */
  access: () => Promise<Access>;
  now: Date;
}

export interface ExportFile {
  /** The file's name without `.xlsx`, in the viewer's language (Chinese by default). */
  name: string;
  /** An ASCII name for clients that cannot read RFC 5987's `filename*`. */
  fallback: string;
  workbook: ExcelJS.Workbook;
}

export interface ExportSpec {
  /** `issues` serves `/export/issues.xlsx`. */
  name: string;
  params: Record<string, ParamSpec>;
  /** The GraphQL documents it runs: validated against the schema when the routes are mounted. */
  documents: DocumentNode[];
  build(input: ExportInput): Promise<ExportFile>;
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  LIMIT_EXCEEDED: 400,
  SERVICE_UNAVAILABLE: 503,
  RATE_LIMITED: 429,
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The URL's parameters read against the export's specification, or BAD_USER_INPUT naming each bad one. */
export function readParams(query: Request['query'], spec: Record<string, ParamSpec>, schema: GraphQLSchema): { params: ParamValues; lang: ExportLang } {
  const fields: Record<string, string> = {};
  const params: ParamValues = {};
  let lang: ExportLang = 'zh-CN';
  for (const [key, raw] of Object.entries(query)) {
    if (Array.isArray(raw) && spec[key]?.kind !== 'list') {
      fields[key] = 'given more than once';
      continue;
    }
    if (typeof raw !== 'string' && !Array.isArray(raw)) {
      fields[key] = 'not a plain value';
      continue;
    }
    if (key === 'lang') {
      if ((EXPORT_LANGS as readonly string[]).includes(raw as string)) lang = raw as ExportLang;
      else fields.lang = `must be one of ${EXPORT_LANGS.join(', ')}`;
      continue;
    }
    const p = spec[key];
    if (!p) {
      fields[key] = 'unknown parameter';
      continue;
    }
    const value = Array.isArray(raw) ? raw.filter((v): v is string => typeof v === 'string').join(',') : raw;
    switch (p.kind) {
      case 'boolean':
        if (value === 'true' || value === 'false') params[key] = value === 'true';
        else fields[key] = 'must be true or false';
        break;
      case 'month':
        if (MONTH.test(value)) params[key] = value;
        else fields[key] = 'must be a month, YYYY-MM';
        break;
      case 'date':
        if (DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`))) params[key] = value;
        else fields[key] = 'must be a date, YYYY-MM-DD';
        break;
      case 'instant':
        // ISO 8601 with a zone, as the API's DateTime: a moment, never the server's local time.
        if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value))) params[key] = value;
        else fields[key] = 'must be a moment, ISO 8601 with its zone (2026-12-01T00:00:00+08:00)';
        break;
      case 'list': {
        const values = value.split(',').map((v) => v.trim()).filter(Boolean);
        const type = p.enum ? schema.getType(p.enum) : null;
        const unknown = isEnumType(type) ? values.filter((v) => !type.getValue(v)) : [];
        if (unknown.length && isEnumType(type)) fields[key] = `${unknown.join(', ')}: not one of ${type.getValues().map((v) => v.name).join(', ')}`;
        else params[key] = values;
        break;
      }
      default:
        if (value.length === 0) fields[key] = 'must not be empty';
        else params[key] = value;
    }
  }
  for (const [key, p] of Object.entries(spec)) if (p.required && params[key] === undefined && !fields[key]) fields[key] = 'required';
  if (Object.keys(fields).length) throw badInput(fields);
  return { params, lang };
}

/** An error of execute() as the API answers it: coercion errors (no path) are the client's input. */
function clientError(error: GraphQLError): GraphQLError {
  if (!error.path && !error.originalError) return new AppError('BAD_USER_INPUT', error.message);
  return toClientError(error);
}

function runnerFor(schema: GraphQLSchema, ctx: Context): Runner {
  return async <T>(document: DocumentNode, variables: Record<string, unknown>): Promise<T> => {
    // The same text check as every API request (NUL, lone surrogates): a search is the viewer's text.
    const unsafe = unsafeTextError(document, variables);
    if (unsafe) throw unsafe;
    const result = await execute({ schema, document, contextValue: ctx, variableValues: variables });
    const [first] = result.errors ?? [];
    if (first) throw clientError(first);
    return result.data as T;
  };
}

function sendError(res: Response, error: unknown): void {
  // Errors of execute() were made client errors by the runner; AppErrors pass as they are.
  const clean = toClientError(error);
  const code = (clean.extensions.code as ErrorCode | undefined) ?? 'INTERNAL_SERVER_ERROR';
  const fields = clean.extensions.fields as Record<string, string> | undefined;
  if (code === 'UNAUTHENTICATED') res.setHeader('WWW-Authenticate', 'Bearer');
  res.status(STATUS[code] ?? 500).json({ errors: [{ message: clean.message, extensions: fields ? { code, fields } : { code } }] });
}

/**
 * Mounts `GET /export/<name>.xlsx` for each export. `contextOf` is the API's own request context
 * (app/http.ts `contextOf`), so the viewer is whoever the API would take them for.
 */
export function mountExports(app: Express, schema: GraphQLSchema, specs: readonly ExportSpec[], contextOf: (req: Request, res: Response) => Promise<Context>): void {
  for (const spec of specs) {
    for (const document of spec.documents) {
      const errors = validate(schema, document);
      if (errors.length) throw new Error(`export ${spec.name}: its document does not fit the schema: ${errors.map((e) => e.message).join('; ')}`);
    }
    app.get(`/export/${spec.name}.xlsx`, async (req, res) => {
      // Names and figures of people: no cache keeps them, and no other site frames or sniffs them.
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      try {
        const ctx = await contextOf(req, res);
        if (!ctx.session) throw new AppError('UNAUTHENTICATED', 'Sign in first');
        const { params, lang } = readParams(req.query, spec.params, schema);
        const file = await spec.build({ params, lang, words: EXPORT_WORDS[lang], run: runnerFor(schema, ctx), access: () => ctx.access(), now: ctx.now() });
        file.workbook.creator = '共治 Gongzhi';
        file.workbook.created = ctx.now();
        const body = Buffer.from(await file.workbook.xlsx.writeBuffer());
        res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        res.setHeader('Content-Disposition', contentDisposition(`${safeName(file.name)}.xlsx`, { fallback: `${file.fallback}.xlsx` }));
        res.setHeader('Content-Length', body.length);
        res.end(body);
      } catch (error) {
        sendError(res, error);
      }
    });
  }
}

/** A file name without the characters file systems refuse (a title may hold a slash). */
export function safeName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').slice(0, 120);
}
