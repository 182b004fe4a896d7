import { describeTours } from '../helpers/accessibility.js';

// The accessibility pass (issue 14, part 4), tests/helpers/accessibility.ts: no session and a resident (lists).
describeTours('no session and a resident (lists)');
