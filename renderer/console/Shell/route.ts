/** Where the console is, kept in the address's hash so a reload comes back to the same screen. */
import { useEffect, useState } from 'react';

export type Route =
  | { screen: 'home' }
  | { screen: 'settings' }
  | { screen: 'cohort'; cohortId: string }
  | { screen: 'member'; cohortId: string; memberId: string }
  | { screen: 'live'; cohortId: string; sessionId: string };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'settings') return { screen: 'settings' };
  if (parts[0] === 'cohort' && parts[1]) {
    if (parts[2] === 'session' && parts[3])
      return { screen: 'live', cohortId: parts[1], sessionId: parts[3] };
    if (parts[2] === 'member' && parts[3])
      return { screen: 'member', cohortId: parts[1], memberId: parts[3] };
    return { screen: 'cohort', cohortId: parts[1] };
  }
  return { screen: 'home' };
}

export function hrefFor(route: Route): string {
  switch (route.screen) {
    case 'home':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'cohort':
      return `#/cohort/${encodeURIComponent(route.cohortId)}`;
    case 'member':
      return `#/cohort/${encodeURIComponent(route.cohortId)}/member/${encodeURIComponent(route.memberId)}`;
    case 'live':
      return `#/cohort/${encodeURIComponent(route.cohortId)}/session/${encodeURIComponent(route.sessionId)}`;
  }
}

export const navigate = (route: Route) => {
  window.location.hash = hrefFor(route);
};

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
