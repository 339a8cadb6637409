import { describe, expect, it } from "vitest";
import { ARGON2_OPTIONS, hashPassword, isCommonPassword, passwordProblem, verifyPassword } from "./password.server";

describe("password policy", () => {
  it("wants 12 to 128 characters, counted as people count them", () => {
    expect(passwordProblem("")).toBe("missing");
    expect(passwordProblem("eleven char")).toBe("tooShort");
    expect(passwordProblem("twelve chars")).toBeNull();
    expect(passwordProblem("🦊".repeat(5) + " and a fox")).toBeNull();
    expect(passwordProblem("x".repeat(9) + "ab cd ".repeat(19))).toBeNull();
    expect(passwordProblem("a quiet fox ".repeat(11))).toBe("tooLong");
  });

  it("allows any characters and does not demand kinds of characters", () => {
    expect(passwordProblem("all lower case words")).toBeNull();
    expect(passwordProblem("Żółć gęślą jaźń")).toBeNull();
  });

  it("refuses common passwords, with digits or symbols stuck on, repeats and runs", () => {
    for (const weak of ["password1234", "Password123456!", "qwertyuiop123", "1qaz2wsx3edc", "sunshine2024!!", "abcabcabcabc", "aaaaaaaaaaaaaaaa", "123456789012", "   dragon123456"]) {
      expect(isCommonPassword(weak), weak).toBe(true);
      expect(passwordProblem(weak), weak).toBe("common");
    }
    expect(isCommonPassword("violet kettle harbour")).toBe(false);
  });

  it("refuses a password made of the person's email", () => {
    expect(passwordProblem("sam.patel2024", { email: "sampatel@council.example" })).toBe("common");
    expect(passwordProblem("sampatel@council.example", { email: "sampatel@council.example" })).toBe("common");
    expect(passwordProblem("sam likes long walks", { email: "sampatel@council.example" })).toBeNull();
  });
});

describe("password hashing", () => {
  it("uses argon2id with 19 MiB, 2 passes, 1 lane, and verifies", async () => {
    expect(ARGON2_OPTIONS).toMatchObject({ memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const hash = await hashPassword("violet kettle harbour");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "violet kettle harbour")).toBe(true);
    expect(await verifyPassword(hash, "violet kettle harbour ")).toBe(false);
    expect(await verifyPassword(null, "violet kettle harbour")).toBe(false);
    expect(await verifyPassword("not a hash", "anything")).toBe(false);
  });
});
