// Commit messages (issue 10, part 5): a subject of at most 72 characters, then a blank line and a
// body that says why. Checked as each commit is made (.githooks/commit-msg, switched on by
// `npm install` through the `prepare` script) and in CI over every commit since the rule began
// (scripts/commit-rule-base: the last commit before it; older history is left as it was written).
export default {
  rules: {
    'header-max-length': [2, 'always', 72],
    'header-min-length': [2, 'always', 8],
    'body-leading-blank': [2, 'always'],
    'body-empty': [2, 'never'],
    'body-min-length': [2, 'always', 20],
  },
  helpUrl: 'https://github.com/conventional-changelog/commitlint/#what-is-commitlint (Gongzhi: subject <= 72 characters, a blank line, a body that says why)',
};
