import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { RecordKind } from '../../../shared/schemas/common';
import { confirmDiscard } from '../editing/unsavedChanges';

/**
 * A request to show one record, or a new one's form filled with `draft`; `serial` makes a
 * repeated request for the same record count again.
 */
export type RecordRequest = { kind: RecordKind; serial: number } & ({ id: string } | { draft: Record<string, unknown> });

interface Navigation {
  view: string;
  showView(view: string): void;
  /** Switches to the view that lists records of `kind` and opens the record there. */
  openRecord(kind: RecordKind, id: string): void;
  /** Switches to the view that lists records of `kind` and opens a new one's form, filled with `draft`. */
  newRecord(kind: RecordKind, draft: Record<string, unknown>): void;
  request: RecordRequest | null;
  /** The page that opened the requested record says so, so the request is not taken again. */
  requestTaken(serial: number): void;
}

const NavigationContext = createContext<Navigation | null>(null);

/**
 * Which view is on screen, and which record another view asked to open. `viewOf` names the
 * view that lists a kind (from the view registry), so this file knows no page.
 */
export function NavigationProvider({ initialView, viewOf, children }: { initialView: string; viewOf: (kind: RecordKind) => string | undefined; children: ReactNode }) {
  const [view, setView] = useState(initialView);
  const [request, setRequest] = useState<RecordRequest | null>(null);
  const serial = useRef(0);
  // Leaving a view unmounts its form: an editor with unsaved changes is asked first.
  const showView = useCallback((next: string) => {
    setView((current) => (next === current || confirmDiscard() ? next : current));
  }, []);
  const ask = useCallback(
    (kind: RecordKind, what: { id: string } | { draft: Record<string, unknown> }) => {
      const target = viewOf(kind);
      if (!target || !confirmDiscard()) return;
      serial.current += 1;
      setRequest({ kind, serial: serial.current, ...what });
      setView(target);
    },
    [viewOf],
  );
  const openRecord = useCallback((kind: RecordKind, id: string) => ask(kind, { id }), [ask]);
  const newRecord = useCallback((kind: RecordKind, draft: Record<string, unknown>) => ask(kind, { draft }), [ask]);
  const requestTaken = useCallback((taken: number) => setRequest((current) => (current?.serial === taken ? null : current)), []);
  const value = useMemo(() => ({ view, showView, openRecord, newRecord, request, requestTaken }), [view, showView, openRecord, newRecord, request, requestTaken]);
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation must be used inside NavigationProvider');
  return navigation;
}

/**
 * Calls `open(request)` when a record of `kind` (or a new one) is requested, also when the
 * page mounts because of that request. Each request is taken once.
 */
export function useRecordRequest(kind: RecordKind, open: (request: RecordRequest) => void): void {
  const { request, requestTaken } = useNavigation();
  useEffect(() => {
    if (!request || request.kind !== kind) return;
    open(request);
    requestTaken(request.serial);
  }, [request, kind, open, requestTaken]);
}
