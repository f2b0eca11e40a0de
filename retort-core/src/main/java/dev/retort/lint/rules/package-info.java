/**
 * Lint's rules, one class per concern with stable codes, listed in report order in
 * {@link dev.retort.lint.rules.Rules}; {@link dev.retort.lint.rules.LintContext} is what a rule
 * sees of one revision.
 */
package dev.retort.lint.rules;
