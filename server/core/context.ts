import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Response } from 'express';
import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Access } from './access.js';
import type { Bus } from './bus/index.js';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { transact, type Transaction } from './transaction.js';
import type { RateLimits } from './rate-limits.js';
import type { Logger } from './log.js';
import type { Metrics } from './metrics.js';
import type { Storage } from './storage.js';

/** What the process holds once and every request shares. */
export interface Services {
  orm: MikroORM<PostgreSqlDriver>;
  bus: Bus;
  config: Config;
  clock: Clock;
  rateLimits: RateLimits;
  /** The instance's JSON logger (LOG_LEVEL); a request logs through `currentLog()` (core/log.ts), which carries its id. */
  log: Logger;
  /** What `/metrics` shows for this instance (core/metrics.ts). */
  metrics: Metrics;
  /** Where uploaded files' bytes live (local disk or an S3-compatible store). */
  storage: Storage;
  loadAccess(em: EntityManager, userId: string): Promise<Access>;
  /** How `node(id:)` loads each type: null when missing or not visible to the viewer. */
  nodes: Record<string, NodeLoader>;
  /**
   * Per subject type, whether the viewer may see who did an event about it (the reporter
   * is private to the parties): `DomainEvent.actor` is null when the rule says no. Without a rule
   * for the type, the actor is shown.
   */
  actorRules: Record<string, ActorRule>;
}

export type NodeLoader = (ctx: Context, key: string) => Promise<object | null>;
export type ActorRule = (ctx: Context, subjectKey: string, actorId: string) => Promise<boolean>;

/** The signed-in session behind a request or a socket. */
export interface SessionInfo {
  sessionId: string;
  userId: string;
}

/** What the request already read with its session (one statement): its rights, and rows to put in its identity map. */
export interface Preloaded {
  access?: Access;
  /** Called once on the request's EntityManager when it is first used (e.g. `em.map(User, row)`). */
  prime?: (em: EntityManager) => void;
  /** The viewer's `users` row as the session's statement read it (what `prime` maps). */
  userRow?: Readonly<Record<string, unknown>>;
}

/**
 * Per request (HTTP) or per operation (WebSocket): its own EntityManager fork (so the identity map
 * and dataloader batches never leak between requests), made on first use, the viewer and what
 * they may be.
 */
export class Context {
  private currentEm: EntityManager | null = null;
  private accessPromise: Promise<Access> | null = null;
  private loaders = new Map<string, DataLoader<unknown, unknown>>();
  private prime: ((em: EntityManager) => void) | null;
  private userRow: Readonly<Record<string, unknown>> | null;

  constructor(
    readonly services: Services,
    private currentSession: SessionInfo | null,
    readonly transport: { ip: string; res?: Response; socket?: boolean },
    preloaded: Preloaded = {},
  ) {
    if (preloaded.access && currentSession && preloaded.access.userId === currentSession.userId) this.accessPromise = Promise.resolve(preloaded.access);
    this.prime = preloaded.prime ?? null;
    this.userRow = currentSession && preloaded.userRow?.id === currentSession.userId ? preloaded.userRow : null;
  }

  /** This request's EntityManager: forked on first use (a request that reads without the ORM never makes one). */
  get em(): EntityManager {
    if (!this.currentEm) {
      const em = this.services.orm.em.fork() as EntityManager;
      this.currentEm = em;
      const prime = this.prime;
      this.prime = null;
      prime?.(em);
    }
    return this.currentEm;
  }

  /**
   * The EntityManager for a raw read that needs no fork of its own (core/rows.ts readRows: the
   * lists' one statement): this request's, once it has one, else the process's. Never for entities.
   */
  get reader(): EntityManager {
    return this.currentEm ?? this.services.orm.em;
  }

  /**
   * The viewer's `users` row as read with the session, while this request has not used its
   * EntityManager: `{ me { id name } }` answers from it without forking one and mapping the row
   * (a third of such a request's CPU). Once the EntityManager exists, null: its identity map holds
   * the person, with whatever the request changed.
   */
  get viewerRow(): Readonly<Record<string, unknown>> | null {
    return this.currentEm ? null : this.userRow;
  }

  get session(): SessionInfo | null {
    return this.currentSession;
  }

  get userId(): string | null {
    return this.currentSession?.userId ?? null;
  }

  /** After sign-in or sign-up: the rest of this request (its result's fields) sees the new person. */
  signedInAs(session: SessionInfo): void {
    this.currentSession = session;
    this.prime = null;
    this.userRow = null;
    this.accessPromise = null;
    this.loaders.clear();
  }

  /** The viewer's seats and residencies, read once per request and after each `renew`. */
  access(): Promise<Access> {
    const session = this.currentSession;
    if (!session) return Promise.resolve(Access.anonymous);
    this.accessPromise ??= this.services.loadAccess(this.em, session.userId);
    return this.accessPromise;
  }

  /** A fresh EntityManager and fresh rights: each delivered subscription event is judged anew. */
  renew(): void {
    this.currentEm = null;
    this.prime = null;
    this.userRow = null;
    this.accessPromise = null;
    this.loaders.clear();
  }

  /**
   * A DataLoader for this request, made on first use under `name`: field resolvers of a list ask
   * it one key each and it answers them all with one statement.
   */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let l = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!l) {
      l = new DataLoader<K, V>(batch);
      this.loaders.set(name, l);
    }
    return l;
  }

  transact<T>(fn: (tx: Transaction) => T | Promise<T>): Promise<T> {
    return transact(this.em, this.services.bus, this.userId, fn, this.now());
  }

  now(): Date {
    return this.services.clock.now();
  }
}
