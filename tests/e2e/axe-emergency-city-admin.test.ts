import { describeTours } from '../helpers/accessibility.js';

// The accessibility pass (issue 14, part 4), tests/helpers/accessibility.ts: emergencies, the city view and the administration.
describeTours('emergencies, the city view and the administration');
