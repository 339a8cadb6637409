import { describe, expect, it } from "vitest";
import { accountThrottleKey, addressThrottleKey, throttleSecret } from "./throttle.server";
import { newTotpSecretFor } from "./totp.server";

describe("throttle keys", () => {
  const secret = throttleSecret(["s".repeat(32)]);
  it("never hold the address, change with the day and with the secret", () => {
    const day = new Date("2030-01-01T12:00:00Z");
    const key = addressThrottleKey(secret, "203.0.113.5", day);
    expect(key).toMatch(/^address:[A-Za-z0-9_-]{43}$/);
    expect(key).not.toContain("203");
    expect(addressThrottleKey(secret, "203.0.113.5", new Date("2030-01-01T23:59:00Z"))).toBe(key);
    expect(addressThrottleKey(secret, "203.0.113.5", new Date("2030-01-02T00:01:00Z"))).not.toBe(key);
    expect(addressThrottleKey(throttleSecret(["t".repeat(32)]), "203.0.113.5", day)).not.toBe(key);
  });

  it("use the user id when known and an HMAC of the email when not", () => {
    expect(accountThrottleKey(secret, { userId: "u-1", email: "a@b.example" })).toBe("account:u-1");
    const unknown = accountThrottleKey(secret, { email: " A@B.example " });
    expect(unknown).toBe(accountThrottleKey(secret, { email: "a@b.example" }));
    expect(unknown).not.toContain("a@b");
  });
});

describe("TOTP secrets", () => {
  it("are 160 bits in base32 (RFC 4648)", () => {
    expect(newTotpSecretFor(new Uint8Array(20))).toBe("A".repeat(32));
    expect(newTotpSecretFor(new Uint8Array(20).fill(255))).toBe("7".repeat(32));
    // "Hello!\xDE\xAD\xBE\xEF" is the RFC's well-known JBSWY3DPEHPK3PXP.
    expect(newTotpSecretFor(Uint8Array.from([0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x21, 0xde, 0xad, 0xbe, 0xef]))).toBe("JBSWY3DPEHPK3PXP");
  });
});
