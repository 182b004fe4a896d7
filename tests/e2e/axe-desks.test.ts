import { describeTours } from '../helpers/accessibility.js';

// The accessibility pass (issue 14, part 4), tests/helpers/accessibility.ts: the desks.
describeTours('the desks');
