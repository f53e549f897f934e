import { createContext, useContext, type ReactNode } from 'react';
import type { Invoke } from '../../shared/ipc/contract';

const InvokeContext = createContext<Invoke | null>(null);

/** Gives every hook the same transport, and lets tests swap in an in-memory one. */
export function ApiProvider({ invoke, children }: { invoke: Invoke; children: ReactNode }) {
  return <InvokeContext.Provider value={invoke}>{children}</InvokeContext.Provider>;
}

/** The transport for hooks; throws when used outside ApiProvider so a wiring mistake is loud. */
export function useInvoke(): Invoke {
  const invoke = useContext(InvokeContext);
  if (!invoke) throw new Error('useInvoke must be used inside <ApiProvider>');
  return invoke;
}
