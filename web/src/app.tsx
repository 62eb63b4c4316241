import { useEffect } from 'react';
import { ArtifactPage } from './pages/artifact-page.js';
import { ArtifactsPage } from './pages/artifacts-page.js';
import { AutPage } from './pages/aut-page.js';
import { DatPage } from './pages/dat-page.js';
import { GoalPage } from './pages/goal-page.js';
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
      return { section: '/', view: <GoalPage id={second ?? ''} /> };
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

/** The frame of every page: the name, the loop's sections, and the page itself. */
export function App() {
  const { path } = useLocation();
  const { section, view } = page(path);
  const title = sections.find((s) => s.to === section)?.title;
  useEffect(() => {
    document.title = title ? `${title} · chops` : 'chops';
  }, [title]);
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
    </>
  );
}
