/** The package version: the OpenAPI document's version, and part of every ETag. */
import pkg from '../../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
