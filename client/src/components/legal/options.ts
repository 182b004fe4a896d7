import type { LegalQuestionCategory } from '@/gql/graphql';

/** The categories of 法律超市, in the order the forms and filters offer them. */
export const QUESTION_CATEGORIES: LegalQuestionCategory[] = ['NEIGHBOR', 'PROPERTY', 'MARRIAGE_FAMILY', 'LABOR', 'CONTRACT', 'INHERITANCE', 'CONSUMER', 'TRAFFIC', 'OTHER'];
