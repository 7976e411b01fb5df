/** Entry point of the web UI: styles, the pages, the router's link handling, then the app. */
import './styles.css';
import './chart.ts';
import './pages/overview.ts';
import './pages/duty.ts';
import './pages/timeline.ts';
import './pages/graph.ts';
import './pages/search.ts';
import './pages/record.ts';
import './pages/signin.ts';
import './pages/new-measure.ts';
import './app.ts';
import { installLinkHandler } from './router.ts';

installLinkHandler();
