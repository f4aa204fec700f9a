/**
 * Which web pages may talk to the server. Browsers send Origin; a page on a site not in
 * server.origins is refused by the visitor API and by the socket namespaces. Requests without
 * Origin (the operator inbox, servers calling the API) are not browsers and are not
 * origin-checked: they authenticate with tokens instead. The server's own pages (the demo) are
 * always allowed.
 *
 * The list is read from the serving config at every check, so a SIGHUP or a deploy that changes
 * server.origins applies to the next request without a restart.
 *
 * A refusal is told to the refused page in words it can read (a 403 body it may read, a socket
 * connect_error with data), because a bare CORS failure shows the site's developer nothing but a
 * generic browser error, and the server logs each refused origin once.
 */

import type { NextFunction, Request, Response } from 'express';
import type { Socket } from 'socket.io';
import type { WireErrorCode } from '../errors/catalogue.js';

export const originsSetting = 'server.origins';

/** What a refused page is told, in the HTTP body and in the socket's connect_error data. */
export interface OriginRefusal {
  readonly error: Extract<WireErrorCode, 'origin_not_allowed'>;
  readonly origin: string;
  readonly setting: typeof originsSetting;
  readonly message: string;
}

export type RefusedVia = 'http' | 'socket';

export interface OriginPolicyOptions {
  readonly origins: () => readonly string[];
  readonly mode: 'dev' | 'start';
  /** Every refusal; `first` is true the first time an origin is refused (for one log line). */
  readonly onRefused?: (origin: string, via: RefusedVia, first: boolean) => void;
}

/** Distinct refused origins remembered for "log once": enough for real sites, bounded for junk. */
const rememberedRefusals = 1000;

export class OriginPolicy {
  private parsed:
    | { list: readonly string[]; key: string; allowAll: boolean; allowed: Set<string> }
    | undefined;
  private readonly refused = new Set<string>();

  constructor(private readonly options: OriginPolicyOptions) {}

  allows(origin: string | undefined, host: string | undefined): boolean {
    if (!origin) return true;
    const { allowAll, allowed } = this.current();
    const normalized = origin.toLowerCase();
    if (allowAll || allowed.has(normalized)) return true;
    let url: URL;
    try {
      url = new URL(normalized);
    } catch {
      return false;
    }
    if (host && url.host === host.toLowerCase()) return true;
    // In development any local page may embed the widget.
    return (
      this.options.mode === 'dev' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
    );
  }

  /** Counts a refusal and says what the refused page should be told. */
  refuse(origin: string, via: RefusedVia): OriginRefusal {
    const first = !this.refused.has(origin) && this.refused.size < rememberedRefusals;
    if (first) this.refused.add(origin);
    this.options.onRefused?.(origin, via, first);
    return {
      error: 'origin_not_allowed',
      origin,
      setting: originsSetting,
      message: `${origin} is not in ${originsSetting}: add it to the bot's config to show the chat on this site`,
    };
  }

  /**
   * Express middleware for the browser-facing API: a refused page gets a 403 it is allowed to
   * read (CORS headers for its origin on the refusal only), instead of an opaque CORS failure.
   */
  readonly guard = (request: Request, response: Response, next: NextFunction): void => {
    const origin = request.headers.origin;
    if (origin === undefined || this.allows(origin, request.headers.host)) {
      next();
      return;
    }
    const refusal = this.refuse(origin.slice(0, 200), 'http');
    response.set({ 'Access-Control-Allow-Origin': origin, Vary: 'Origin' });
    response.status(403).json(refusal);
  };

  /** socket.io namespace middleware: the refused page's client gets connect_error with data. */
  readonly socketGuard = (socket: Socket, next: (error?: Error) => void): void => {
    const { origin, host } = socket.handshake.headers;
    if (origin === undefined || this.allows(origin, host)) {
      next();
      return;
    }
    const refusal = this.refuse(origin.slice(0, 200), 'socket');
    next(Object.assign(new Error(refusal.error), { data: refusal }));
  };

  private current() {
    const origins = this.options.origins();
    // Every reload makes a new config: the same list under a new array is not a change.
    if (this.parsed?.list === origins) return this.parsed;
    const key = origins.join('\n');
    if (this.parsed?.key === key) this.parsed = { ...this.parsed, list: origins };
    else {
      this.parsed = {
        list: origins,
        key,
        allowAll: origins.includes('*'),
        allowed: new Set(origins.map((origin) => origin.replace(/\/$/, '').toLowerCase())),
      };
      // A changed list is a new situation: an origin refused again is worth a new log line.
      this.refused.clear();
    }
    return this.parsed;
  }
}
