import { useEffect, useRef, useState } from 'react';
import { ArtifactPage } from './pages/artifact-page.js';
import { ArtifactsPage } from './pages/artifacts-page.js';
import { AutPage } from './pages/aut-page.js';
import { DatPage } from './pages/dat-page.js';
import { GoalPage } from './pages/goal-page.js';
import { GoalsPage } from './pages/goals-page.js';
import { ImaginePage } from './pages/imagine-page.js';
import { MakePage } from './pages/make-page.js';
import { PracticePage } from './pages/practice-page.js';
import { RepertoirePage } from './pages/repertoire-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { StatsPage } from './pages/stats-page.js';
import { Link, useLocation } from './router.js';

const sections = [
  { to: '/', label: 'Imagine', title: 'Imagine' },
  { to: '/repertoire', label: 'Repertoire', title: 'Repertoire' },
  { to: '/artifacts', label: 'Made', title: 'Made' },
  { to: '/practice', label: 'Practice', title: 'Practice' },
  { to: '/stats', label: 'Stats', title: 'Stats' },
  { to: '/dat', label: 'DAT', title: 'Divergent Association Task' },
  { to: '/aut', label: 'AUT', title: 'Alternative Uses Task' },
  { to: '/settings', label: 'Settings', title: 'Settings' },
] as const;

function page(path: string) {
  const [, first = '', second] = path.split('/');
  switch (first) {
    case '':
    case 'imagine':
      return { section: '/', view: <ImaginePage /> };
    case 'goals':
      return second
        ? { section: '/', view: <GoalPage id={second} /> }
        : { section: '/', view: <GoalsPage /> };
    case 'make':
      return { section: '/artifacts', view: <MakePage ideaId={second ?? ''} /> };
    case 'repertoire':
      return { section: '/repertoire', view: <RepertoirePage /> };
    case 'artifacts':
      return second
        ? { section: '/artifacts', view: <ArtifactPage id={second} /> }
        : { section: '/artifacts', view: <ArtifactsPage /> };
    case 'practice':
      return { section: '/practice', view: <PracticePage /> };
    case 'stats':
      return { section: '/stats', view: <StatsPage /> };
    case 'dat':
      return { section: '/dat', view: <DatPage /> };
    case 'aut':
      return { section: '/aut', view: <AutPage /> };
    case 'settings':
      return { section: '/settings', view: <SettingsPage /> };
    default:
      return {
        section: '',
        view: (
          <section>
            <h1>Not found</h1>
            <p>
              There is no page here. <Link to="/">Go to Imagine</Link>.
            </p>
          </section>
        ),
      };
  }
}

/**
 * After the app moves to another page (not on the first load), focus goes to the new page's heading and
 * its name is announced, as a page load would do for a screen reader. A page still loading gets its
 * heading a moment later, so look for it for up to two seconds.
 */
function useFocusOnNavigation(path: string): string {
  const [announced, setAnnounced] = useState('');
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new path is what moves the focus
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let tries = 0;
    const timer = window.setInterval(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (!heading && ++tries < 40) return;
      window.clearInterval(timer);
      if (!heading) return;
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
      setAnnounced(heading.textContent ?? document.title);
    }, 50);
    return () => window.clearInterval(timer);
  }, [path]);
  return announced;
}

/** The frame of every page: the name, the loop's sections, and the page itself. */
export function App() {
  const { path, query } = useLocation();
  const { section, view } = page(path);
  const title = sections.find((s) => s.to === section)?.title;
  useEffect(() => {
    document.title = title ? `${title} · chops` : 'chops';
  }, [title]);
  // A page of a list is a page too; a result taking its own address (?goal=) is not a move.
  const announced = useFocusOnNavigation(query.has('page') ? `${path}?page=${query.get('page')}` : path);
  return (
    <>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to="/" className="brand">
          chops
        </Link>
        <nav aria-label="Sections">
          {sections.map((s) => (
            <Link key={s.to} to={s.to} current={s.to === section}>
              {s.label}
            </Link>
          ))}
        </nav>
      </header>
      <main id="main">{view}</main>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announced}
      </p>
    </>
  );
}
