import { createContext, useContext } from "react";

const NonceContext = createContext<string | undefined>(undefined);
export const NonceProvider = NonceContext.Provider;

/** The Content-Security-Policy nonce for this request's scripts. */
export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
