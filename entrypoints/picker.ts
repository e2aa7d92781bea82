import { defineUnlistedScript } from '#imports';
import { runPicker } from '../src/picker/run';

// Loaded on demand (scripting.executeScript) from the context menu or the panel's "Pick an element" button.
export default defineUnlistedScript(() => runPicker());
