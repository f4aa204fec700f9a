import { describe, expect, it } from 'vitest';
import { configuredIpLocator, locationOf, openIpLocator } from '../../src/geo/ip-location.js';

describe('the offline IP location database', () => {
  it('places addresses it knows, mapped IPv4 and IPv6 included, and nothing else', async () => {
    const locate = await openIpLocator();
    // MaxMind's own test addresses, in the packaged GeoLite2 data.
    expect(locate('81.2.69.142')).toEqual({ country: 'GB', city: 'Bracknell' });
    expect(locate('::ffff:89.160.20.112')).toEqual({ country: 'SE', city: 'Kristinehamn' });
    expect(locate('2001:4860:4860::8888')).toMatchObject({ country: 'US' });
    expect(locate('127.0.0.1')).toBeUndefined();
    expect(locate('not an address')).toBeUndefined();
    expect(locate(undefined)).toBeUndefined();
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
    const locate = await configuredIpLocator(
      { enabled: true, database: 'missing/GeoLite2-City.mmdb' },
      '/nowhere',
      (error, database) => errors.push([database, (error as NodeJS.ErrnoException).code]),
    );
    expect(locate).toBeUndefined();
    expect(errors).toEqual([['/nowhere/missing/GeoLite2-City.mmdb', 'ENOENT']]);
    expect(
      await configuredIpLocator({ enabled: false }, '/nowhere', () => undefined),
    ).toBeUndefined();
  });
});
