import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
  HEADER_ONLY_DIRECTIVES,
  SECURITY_HEADERS,
} from '../../../main/security/contentSecurityPolicy';

const directives = (policy: string) => policy.split('; ');

describe('the renderer Content-Security-Policy', () => {
  it('is the header both transports send', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('as a <meta> is the header minus exactly the header-only directives, in the same order', () => {
    const headerOnly = directives(CONTENT_SECURITY_POLICY).filter((d) =>
      HEADER_ONLY_DIRECTIVES.includes(d.split(' ')[0]!),
    );
    expect(headerOnly).toEqual(["frame-ancestors 'none'"]);
    expect(directives(CONTENT_SECURITY_POLICY_META)).toEqual(
      directives(CONTENT_SECURITY_POLICY).filter((d) => !headerOnly.includes(d)),
    );
  });

  it('keeps every fetch restriction in the <meta>', () => {
    for (const kept of ["default-src 'none'", "script-src 'self'", "object-src 'none'"]) {
      expect(directives(CONTENT_SECURITY_POLICY_META)).toContain(kept);
    }
  });
});
