import '../../src/options/options.css';
import { renderOptionsPage } from '../../src/options/options-page';

const root = document.getElementById('app');
if (root) void renderOptionsPage(root);
