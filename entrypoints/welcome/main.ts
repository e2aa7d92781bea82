import '../../src/welcome/welcome.css';
import { renderWelcomePage } from '../../src/welcome/welcome-page';

const root = document.getElementById('app');
if (root) void renderWelcomePage(root);
