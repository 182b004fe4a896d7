import { describeTours } from '../helpers/accessibility.js';

// The accessibility pass (issue 14, part 4), tests/helpers/accessibility.ts: a resident (meetings, covenants, proposals, legal) and a volunteer.
describeTours('a resident (meetings, covenants, proposals, legal) and a volunteer');
