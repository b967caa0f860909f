import { useEffect, useState } from 'react';
import type { AppState } from '../../shared/app-state';
import type { PanelView } from '../../shared/ipc-contract';
import { dialer } from './dialer';

/** Main owns the state: the panel subscribes first, then asks once, so no pushed snapshot is missed. */
export function useAppState(): AppState | null {
  const [state, setState] = useState<AppState | null>(null);
  useEffect(() => {
    let pushed = false;
    const off = dialer().onState((next) => {
      pushed = true;
      setState(next);
    });
    dialer()
      .getState()
      .then((first) => {
        if (!pushed) setState(first);
      })
      .catch(() => undefined);
    return off;
  }, []);
  return state;
}

export function useNavigation(): [PanelView, (view: PanelView) => void] {
  const [view, setView] = useState<PanelView>('home');
  useEffect(() => dialer().onNavigate(setView), []);
  return [view, setView];
}
