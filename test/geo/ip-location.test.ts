import { describe, expect, it } from 'vitest';
import { configuredIpLocator, ipLocator, locationOf } from '../../src/geo/ip-location.js';

describe('the offline IP location database', () => {
  it('places addresses it knows, mapped IPv4 and IPv6 included, and nothing else', async () => {
    const locate = ipLocator();
    // MaxMind's own test addresses, in the packaged GeoLite2 data.
    expect(await locate('81.2.69.142')).toEqual({ country: 'GB', city: 'Bracknell' });
    expect(await locate('::ffff:89.160.20.112')).toEqual({ country: 'SE', city: 'Kristinehamn' });
    expect(await locate('2001:4860:4860::8888')).toMatchObject({ country: 'US' });
    for (const local of ['127.0.0.1', '10.1.2.3', '192.168.0.9', '172.20.0.1', '::1', 'fe80::1'])
      expect(await locate(local)).toBeUndefined();
    expect(await locate('not an address')).toBeUndefined();
    expect(await locate(undefined)).toBeUndefined();
  });

  it("reads MaxMind's own GeoIP2 City records as well", () => {
    expect(
      locationOf({
        country: { iso_code: 'es' },
        city: { names: { en: 'Barcelona', es: 'Barcelona' } },
      }),
    ).toEqual({ country: 'ES', city: 'Barcelona' });
    expect(locationOf({ registered_country: { iso_code: 'FR' } })).toEqual({ country: 'FR' });
    expect(locationOf({})).toBeUndefined();
  });

  it('reports a database it cannot read and goes on without one', async () => {
    const errors: unknown[] = [];
    const locate = configuredIpLocator(
      { enabled: true, database: 'missing/GeoLite2-City.mmdb' },
      '/nowhere',
      (error, database) => errors.push([database, (error as NodeJS.ErrnoException).code]),
    );
    // Said at start, and again when the first visitor's address finds no file.
    expect(errors).toEqual([['/nowhere/missing/GeoLite2-City.mmdb', 'ENOENT']]);
    expect(await locate!('81.2.69.142')).toBeUndefined();
    expect(errors).toHaveLength(2);
    expect(configuredIpLocator({ enabled: false }, '/nowhere', () => undefined)).toBeUndefined();
  });
});
