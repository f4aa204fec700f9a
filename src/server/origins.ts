/**
 * Which web pages may talk to the server. Browsers send Origin; a page on a site not in
 * server.origins is refused by socket.io's allowRequest and by CORS. Requests without Origin
 * (the operator inbox, servers calling the API) are not browsers and are not origin-checked:
 * they authenticate with tokens instead. The server's own pages (the demo) are always allowed.
 */
import type { IncomingMessage } from 'node:http';

export class OriginPolicy {
  private readonly allowAll: boolean;
  private readonly allowed: Set<string>;

  constructor(
    origins: readonly string[],
    private readonly mode: 'dev' | 'start',
  ) {
    this.allowAll = origins.includes('*');
    this.allowed = new Set(origins.map((origin) => origin.replace(/\/$/, '').toLowerCase()));
  }

  allows(origin: string | undefined, host: string | undefined): boolean {
    if (!origin) return true;
    const normalized = origin.toLowerCase();
    if (this.allowAll || this.allowed.has(normalized)) return true;
    let url: URL;
    try {
      url = new URL(normalized);
    } catch {
      return false;
    }
    if (host && url.host === host.toLowerCase()) return true;
    // In development any local page may embed the widget.
    return this.mode === 'dev' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  }

  allowsRequest(request: IncomingMessage): boolean {
    return this.allows(request.headers.origin, request.headers.host);
  }
}
